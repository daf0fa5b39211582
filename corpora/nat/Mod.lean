/-!
# Remainders and parity on `Nat`

In a core file parity is written with remainders: `n % 2 = 0` (even) and `n % 2 = 1`
(odd); `Even`/`Odd` need Mathlib. The file uses Lean's remainder lemmas
(`Nat.add_mod`, `Nat.mul_mod`, `Nat.mod_mod`, `Nat.mod_lt`, `Nat.mod_two_eq_zero_or_one`,
…), `omega` (which knows `%` by a literal), and `decide` for closed computations.

Nonlinear terms such as `n * n` are opaque to `omega`; where they occur, the proof first
states the needed identity as a hypothesis (by rewriting with Lean's ring lemmas), after
which `omega` treats the products as atoms.
-/

namespace NatCorpus

/-! ### Parity -/

/-- Every number is even or odd. -/
theorem even_or_odd' (n : Nat) : n % 2 = 0 ∨ n % 2 = 1 :=
  Nat.mod_two_eq_zero_or_one n

/-- A number and its successor have different parities. -/
theorem even_or_succ_even (n : Nat) : n % 2 = 0 ∨ (n + 1) % 2 = 0 := by
  rcases Nat.mod_two_eq_zero_or_one n with h | h
  · left
    exact h
  · right
    omega

/-- The successor of an even number is odd. -/
theorem succ_odd_of_even {n : Nat} (h : n % 2 = 0) : (n + 1) % 2 = 1 := by
  omega

/-- The sum of two even numbers is even. -/
theorem even_add_even {a b : Nat} (ha : a % 2 = 0) (hb : b % 2 = 0) : (a + b) % 2 = 0 := by
  omega

/-- The sum of two odd numbers is even, via `Nat.add_mod`. -/
theorem odd_add_odd {a b : Nat} (ha : a % 2 = 1) (hb : b % 2 = 1) : (a + b) % 2 = 0 := by
  have h := Nat.add_mod a b 2
  rw [ha, hb] at h
  exact h

/-- The product of two odd numbers is odd, via `Nat.mul_mod`. -/
theorem odd_mul_odd {a b : Nat} (ha : a % 2 = 1) (hb : b % 2 = 1) : a * b % 2 = 1 := by
  have h := Nat.mul_mod a b 2
  rw [ha, hb] at h
  exact h

/-- A product with an even factor is even. -/
theorem even_mul_of_even_left {a : Nat} (b : Nat) (ha : a % 2 = 0) : a * b % 2 = 0 := by
  have h := Nat.mul_mod a b 2
  rw [ha, Nat.zero_mul] at h
  exact h

/-- `2 * n` is even. -/
theorem two_mul_mod_two (n : Nat) : 2 * n % 2 = 0 :=
  Nat.mul_mod_right 2 n

/-- `2 * n + 1` is odd, by a short `calc`. -/
theorem two_mul_add_one_mod_two (n : Nat) : (2 * n + 1) % 2 = 1 :=
  calc (2 * n + 1) % 2 = (1 + 2 * n) % 2 := by rw [Nat.add_comm]
    _ = 1 % 2 := Nat.add_mul_mod_self_left 1 2 n
    _ = 1 := rfl

/-- The square of an even number is even. -/
theorem even_mul_self_of_even {n : Nat} (h : n % 2 = 0) : n * n % 2 = 0 := by
  obtain ⟨k, hk⟩ := Nat.dvd_of_mod_eq_zero h
  have e : n * n = 2 * (k * n) := by
    rw [hk, Nat.mul_assoc]
  omega

/-- The square of an odd number is odd. -/
theorem odd_mul_self_of_odd {n : Nat} (h : n % 2 = 1) : n * n % 2 = 1 :=
  odd_mul_odd h h

/-- `n * (n + 1)` is even, in remainder form. -/
theorem mul_succ_mod_two (n : Nat) : n * (n + 1) % 2 = 0 := by
  rcases Nat.mod_two_eq_zero_or_one n with h | h
  · exact even_mul_of_even_left (n + 1) h
  · have h' : (n + 1) % 2 = 0 := by omega
    rw [Nat.mul_comm]
    exact even_mul_of_even_left n h'

/-- A square is `0` or `1` modulo `4`. -/
theorem mul_self_mod_four (n : Nat) : n * n % 4 = 0 ∨ n * n % 4 = 1 := by
  obtain ⟨k, hk | hk⟩ : ∃ k, n = 2 * k ∨ n = 2 * k + 1 := ⟨n / 2, by omega⟩
  · subst hk
    have h : 2 * k * (2 * k) = 2 * 2 * (k * k) := Nat.mul_mul_mul_comm 2 k 2 k
    omega
  · subst hk
    have h₁ : (2 * k + 1) * (2 * k + 1) = 2 * k * (2 * k + 1) + (2 * k + 1) :=
      Nat.succ_mul (2 * k) (2 * k + 1)
    have h₂ : 2 * k * (2 * k + 1) = 2 * (k * (2 * k + 1)) := Nat.mul_assoc 2 k (2 * k + 1)
    have h₃ : k * (2 * k + 1) = k * (2 * k) + k := Nat.mul_succ k (2 * k)
    have h₄ : k * (2 * k) = 2 * (k * k) := Nat.mul_left_comm k 2 k
    omega

/-! ### Remainders -/

/-- Taking a remainder twice changes nothing. -/
theorem mod_mod' (a n : Nat) : a % n % n = a % n := by
  rw [Nat.mod_mod]

/-- The remainder is below a positive modulus. -/
theorem mod_lt' (x : Nat) {y : Nat} (h : 0 < y) : x % y < y := by
  apply Nat.mod_lt
  exact h

/-- The remainder is at most the number. -/
theorem mod_le' (x y : Nat) : x % y ≤ x :=
  Nat.mod_le x y

/-- A number below the modulus is its own remainder. -/
theorem mod_eq_self_of_lt {a b : Nat} (h : a < b) : a % b = a := by
  rw [Nat.mod_eq_of_lt h]

/-- Division with remainder: `m % k + k * (m / k) = m`. -/
theorem mod_add_div' (m k : Nat) : m % k + k * (m / k) = m := by
  rw [Nat.mod_add_div]

/-- Division with remainder, quotient first. -/
theorem div_add_mod'' (m n : Nat) : n * (m / n) + m % n = m := by
  rw [Nat.div_add_mod]

/-- Adding a multiple of the modulus does not change the remainder. -/
theorem add_mul_mod_self (a n b : Nat) : (a + n * b) % n = a % n := by
  rw [Nat.add_mul_mod_self_left]

/-- The remainder of a sum, through the remainders of the summands. -/
theorem add_mod' (a b n : Nat) : (a + b) % n = (a % n + b % n) % n :=
  Nat.add_mod a b n

/-- The remainder of a product, through the remainders of the factors. -/
theorem mul_mod' (a b n : Nat) : a * b % n = a % n * (b % n) % n :=
  Nat.mul_mod a b n

/-- Reducing modulo `12` and then modulo `4` is reducing modulo `4`. -/
theorem mod_twelve_mod_four (n : Nat) : n % 12 % 4 = n % 4 :=
  Nat.mod_mod_of_dvd n (show 4 ∣ 12 by decide)

/-- `n % n = 0` and `n % 1 = 0`. -/
theorem mod_self_and_mod_one (n : Nat) : n % n = 0 ∧ n % 1 = 0 := by
  constructor
  · exact Nat.mod_self n
  · exact Nat.mod_one n

/-- Every remainder modulo three is `0`, `1` or `2`. -/
theorem mod_three_cases (n : Nat) : n % 3 = 0 ∨ n % 3 = 1 ∨ n % 3 = 2 := by
  omega

/-- The parity of `n + 1` is `1 - ` the parity of `n` (truncated subtraction). -/
theorem succ_mod_two_eq (n : Nat) : (n + 1) % 2 = 1 - n % 2 := by
  omega

/-- Quotient and remainder by two reassemble the number. -/
theorem div_two_mul_two_add_mod (n : Nat) : n / 2 * 2 + n % 2 = n := by
  omega

/-- `n ^ 3 + 2 * n` is a multiple of three, by cases on `n % 3`. -/
theorem three_dvd_cube_add_two_mul (n : Nat) : 3 ∣ n ^ 3 + 2 * n := by
  have h := Nat.pow_mod n 3 3
  have hn : n % 3 = 0 ∨ n % 3 = 1 ∨ n % 3 = 2 := by omega
  rcases hn with hn | hn | hn <;> rw [hn] at h <;> omega

/-! ### Closed computations -/

/-- The last digit of `3 ^ 100`. -/
theorem three_pow_hundred_mod_ten : 3 ^ 100 % 10 = 1 := by
  decide

/-- `2 ^ 10 = 1024 ≡ 2 (mod 7)`. -/
theorem two_pow_ten_mod_seven : 2 ^ 10 % 7 = 2 := by
  decide

/-- A product of large numbers modulo nine (`123456789` has digit sum `45`). -/
theorem big_product_mod_nine : 123456789 * 987654321 % 9 = 0 := by
  decide

/-- Division by zero is zero and remainder by zero is the number. -/
theorem div_mod_zero (n : Nat) : n / 0 = 0 ∧ n % 0 = n := by
  constructor
  · rw [Nat.div_zero]
  · rw [Nat.mod_zero]

end NatCorpus
