import Mathlib

/-!
# Number theory over `ℕ` and `ℤ` with Mathlib's automation

Closed computations (`norm_num`, `decide`), divisibility, parity with `Even`/`Odd`,
primes, and the logical tactics that Mathlib adds: `use`, `push_neg`, `by_contra`, `zify`,
`norm_cast`.
-/

namespace MathlibCorpus

/-! ### Closed computations -/

/-- The last digit of `19 ^ 19 + 99 ^ 99`. -/
theorem last_digit_sum_pow : (19 ^ 19 + 99 ^ 99) % 10 = 8 := by
  norm_num

/-- `2 ^ 10 = 1024`. -/
theorem two_pow_ten : 2 ^ 10 = 1024 := by
  norm_num

/-- Integer arithmetic with a negative result inside. -/
theorem int_arith : (123 : ℤ) * 456 - 789 = 55299 := by
  norm_num

/-- Euclidean division of a negative integer. -/
theorem neg_ediv_five : (-17 : ℤ) / 5 = -4 := by
  norm_num

/-- Euclidean remainder of a negative integer. -/
theorem neg_emod_five : (-17 : ℤ) % 5 = 3 := by
  norm_num

/-- A divisibility between integer literals. -/
theorem seven_dvd_343 : (7 : ℤ) ∣ 343 := by
  norm_num

/-- A greatest common divisor. -/
theorem gcd_twelve_eighteen : Nat.gcd 12 18 = 6 := by
  norm_num

/-- `97` is prime. -/
theorem prime_97 : Nat.Prime 97 := by
  norm_num

/-- `91 = 7 * 13` is not prime. -/
theorem not_prime_91 : ¬Nat.Prime 91 := by
  norm_num

/-- A factorial, by evaluation. -/
theorem factorial_five : Nat.factorial 5 = 120 := by
  decide

/-- Substituting a value and evaluating. -/
theorem eval_at_three (x : ℤ) (h : x = 3) : x ^ 2 + 1 = 10 := by
  norm_num [h]

/-- A bounded statement about squares modulo `4`, decided. -/
theorem sq_mod_four_small : ∀ n : ℕ, n < 10 → n * n % 4 = 0 ∨ n * n % 4 = 1 := by
  decide

/-! ### Divisibility -/

/-- A divisor of `b` divides `b ^ 2 + b` (with `use` and `ring`). -/
theorem dvd_sq_add_self {a b : ℤ} (h : a ∣ b) : a ∣ b ^ 2 + b := by
  obtain ⟨k, rfl⟩ := h
  use a * k ^ 2 + k
  ring

/-- A common divisor divides a linear combination. -/
theorem dvd_lin_comb {a b c : ℤ} (hb : a ∣ b) (hc : a ∣ c) (x y : ℤ) : a ∣ x * b + y * c := by
  obtain ⟨k, rfl⟩ := hb
  obtain ⟨l, rfl⟩ := hc
  exact ⟨x * k + y * l, by ring⟩

/-- Reducing modulo `6` then modulo `3` (Lean's `Int.emod_emod_of_dvd`). -/
theorem emod_six_emod_three' (n : ℤ) : n % 6 % 3 = n % 3 :=
  Int.emod_emod_of_dvd n (by norm_num)

/-- A remainder fact, by `omega`. -/
theorem mod_two_of_mod_four (n : ℕ) (h : n % 4 = 3) : n % 2 = 1 := by
  omega

/-! ### Parity -/

/-- `n * (n + 1)` is even (Mathlib's `Nat.even_mul_succ_self`). -/
theorem even_mul_succ' (n : ℕ) : Even (n * (n + 1)) :=
  Nat.even_mul_succ_self n

/-- An even number has remainder `0` (Mathlib's `Nat.even_iff`). -/
theorem mod_two_of_even {n : ℕ} (h : Even n) : n % 2 = 0 :=
  Nat.even_iff.mp h

/-- `10` is even, decided. -/
lemma even_ten : Even 10 := by
  decide

/-- `7` is odd, with the witness `3`. -/
lemma odd_seven : Odd 7 :=
  ⟨3, by norm_num⟩

/-- The square of an even integer is even. -/
theorem even_sq_of_even {n : ℤ} (h : Even n) : Even (n ^ 2) := by
  obtain ⟨k, rfl⟩ := h
  exact ⟨2 * k ^ 2, by ring⟩

/-- The product of two odd integers is odd. -/
theorem odd_mul_of_odd {a b : ℤ} (ha : Odd a) (hb : Odd b) : Odd (a * b) := by
  obtain ⟨k, rfl⟩ := ha
  obtain ⟨l, rfl⟩ := hb
  exact ⟨2 * k * l + k + l, by ring⟩

/-- `Even (n + 1) ↔ ¬Even n` (Mathlib's `Nat.even_add_one`). -/
theorem even_succ_iff (n : ℕ) : Even (n + 1) ↔ ¬Even n :=
  Nat.even_add_one

/-! ### Primes -/

/-- `7` is prime. -/
theorem prime_seven' : Nat.Prime 7 := by
  norm_num

/-- A prime is at least `2` (Mathlib's `Nat.Prime.two_le`). -/
theorem two_le_of_prime {p : ℕ} (hp : p.Prime) : 2 ≤ p :=
  hp.two_le

/-- A prime other than `2` is odd, in remainder form. -/
theorem prime_mod_two {p : ℕ} (hp : p.Prime) (h2 : p ≠ 2) : p % 2 = 1 := by
  rcases Nat.mod_two_eq_zero_or_one p with h | h
  · exfalso
    have hdvd : 2 ∣ p := Nat.dvd_of_mod_eq_zero h
    rcases hp.eq_one_or_self_of_dvd 2 hdvd with h' | h'
    · omega
    · exact h2 h'.symm
  · exact h

/-! ### `use` -/

/-- A witness for an odd number above `n`. -/
theorem exists_odd_gt (n : ℕ) : ∃ m, n < 2 * m + 1 := by
  use n
  omega

/-- A square above `n`. -/
theorem exists_sq_gt (n : ℕ) : ∃ m, n < m ^ 2 := by
  use n + 1
  nlinarith

/-! ### `push_neg` and `by_contra` -/

/-- Pushing a negation through `∀` and `≤`. -/
theorem exists_gt_of_not_forall_le (h : ¬∀ n : ℕ, n ≤ 10) : ∃ n : ℕ, 10 < n := by
  push_neg at h
  exact h

/-- Pushing a negation through `∃` and `<`. -/
theorem not_exists_lt_zero' : ¬∃ n : ℕ, n < 0 := by
  push_neg
  intro n
  exact Nat.zero_le n

/-- Pushing a negation through `∃` and `=`, for a function variable. -/
theorem forall_ne_of_not_exists (f : ℕ → ℕ) (h : ¬∃ n, f n = 0) : ∀ n, f n ≠ 0 := by
  push_neg at h
  exact h

/-- A number whose square is zero is zero, by contradiction. -/
theorem eq_zero_of_mul_self_eq_zero' (n : ℕ) (h : n * n = 0) : n = 0 := by
  by_contra hn
  have hpos : 0 < n := Nat.pos_of_ne_zero hn
  have hsq : 0 < n * n := Nat.mul_pos hpos hpos
  omega

/-- Asymmetry of `<`, by contradiction. -/
theorem not_lt_of_lt' (a b : ℤ) (h : a < b) : ¬b < a := by
  by_contra h'
  linarith

/-! ### `zify` and `norm_cast` -/

/-- Moving a natural-number hypothesis into `ℤ`. -/
theorem zify_le (a b c : ℕ) (h : a + b ≤ c) : (a : ℤ) ≤ c - b := by
  zify at h
  linarith

/-- `zify` with a side condition makes truncated subtraction honest. -/
theorem zify_sub (m n : ℕ) (h : n ≤ m) (h2 : m - n = 5) : (m : ℤ) = n + 5 := by
  zify [h] at h2
  linarith

/-- Pushing a cast through a polynomial with `zify`-style cast lemmas, then `ring`. -/
theorem cast_sq_expand (n : ℕ) : ((n : ℤ) + 1) ^ 2 = ((n ^ 2 + 2 * n + 1 : ℕ) : ℤ) := by
  norm_cast
  ring

/-! ### More `push_neg`, `zify`, `norm_cast` and `norm_num [h]` -/

/-- Pushing a negation through `∀` and `<`, for a function variable. -/
theorem exists_ge_of_not_forall_lt (f : ℕ → ℕ) (h : ¬∀ n, f n < 5) : ∃ n, 5 ≤ f n := by
  push_neg at h
  exact h

/-- `¬(n ≠ 0)` becomes `n = 0` under `push_neg`. -/
theorem not_forall_ne_zero' : ¬∀ n : ℕ, n ≠ 0 := by
  push_neg
  exact ⟨0, rfl⟩

/-- `push_neg` turns `¬∃ x, x ≥ a ∧ x < 0` into a bounded `∀`. -/
theorem forall_nonneg_of_not_exists (a : ℤ) (h : ¬∃ x : ℤ, x ≥ a ∧ x < 0) : ∀ x ≥ a, 0 ≤ x := by
  push_neg at h
  exact h

/-- `by_contra` and then `push_neg` on the negated hypothesis. -/
theorem le_one_of_forall_lt (n : ℕ) (h : ∀ m, m < n → m = 0) : n ≤ 1 := by
  by_contra hn
  push_neg at hn
  have h1 := h 1 hn
  omega

/-- `zify` on a hypothesis with a numeral, then `linarith` over `ℤ`. -/
theorem zify_add_le (a b : ℕ) (h : a + 3 ≤ b) : (a : ℤ) - b ≤ -3 := by
  zify at h
  linarith

/-- `zify [h]` pushes the cast through a truncated subtraction in an inequality. -/
theorem zify_sub_le (m n k : ℕ) (h : n ≤ m) (h2 : m - n ≤ k) : (m : ℤ) ≤ n + k := by
  zify [h] at h2
  linarith

/-- `zify` on the goal. -/
theorem lt_of_cast_add_one_le (a b : ℕ) (h : (a : ℤ) + 1 ≤ b) : a < b := by
  zify
  linarith

/-- `norm_cast` moves the casts up and closes the goal with the hypothesis. -/
theorem cast_add_lt (a b : ℕ) (h : a + b < 10) : (a : ℤ) + b < 10 := by
  norm_cast

/-- `norm_cast at h` turns a hypothesis about casts into one about `ℕ`. -/
theorem mul_eq_of_cast_mul_eq (a b : ℕ) (h : (a : ℤ) * b = 12) : a * b = 12 := by
  norm_cast at h

/-- `exact_mod_cast` with a hypothesis over `ℕ`. -/
theorem cast_le_of_le' (a b : ℕ) (h : a ≤ b) : (a : ℤ) ≤ b := by
  exact_mod_cast h

/-- Substituting two values and evaluating with `norm_num`. -/
theorem sum_sq_of_eq (a b : ℕ) (ha : a = 3) (hb : b = 4) : a ^ 2 + b ^ 2 = 25 := by
  norm_num [ha, hb]

end MathlibCorpus
