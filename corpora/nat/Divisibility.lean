/-!
# Divisibility on `Nat`

`a ∣ b` unfolds to `∃ c, b = a * c`, so a divisibility is proved by giving a witness
(`⟨c, proof⟩`) and used by taking one apart (`obtain ⟨c, hc⟩ := h`). The file mixes
witness proofs with Lean's own lemmas (`Nat.dvd_refl`, `Nat.dvd_trans`, `Nat.dvd_add`,
`Nat.dvd_mul_right`, …) and with `omega`/`decide`, which decide `∣` by a literal.
-/

namespace NatCorpus

/-! ### Witnesses -/

/-- `3 ∣ 12`, with the witness `4`. -/
theorem three_dvd_twelve : 3 ∣ 12 :=
  ⟨4, rfl⟩

/-- `a ∣ b` is, by definition, the existence of a cofactor. -/
theorem dvd_iff_exists_eq_mul (a b : Nat) : a ∣ b ↔ ∃ c, b = a * c :=
  Iff.rfl

/-- A number divides any multiple of itself, witness in hand. -/
theorem dvd_of_eq_mul {a b c : Nat} (h : b = a * c) : a ∣ b :=
  ⟨c, h⟩

/-- The sum of two multiples of `a` is a multiple of `a` (by witnesses). -/
theorem dvd_add_of_dvd_of_dvd {a b c : Nat} (hb : a ∣ b) (hc : a ∣ c) : a ∣ b + c := by
  obtain ⟨k, hk⟩ := hb
  obtain ⟨l, hl⟩ := hc
  exact ⟨k + l, by rw [hk, hl, Nat.mul_add]⟩

/-- The difference of two multiples of `a` is a multiple of `a`, even when `-` truncates. -/
theorem dvd_sub_of_dvd_of_dvd {a b c : Nat} (hb : a ∣ b) (hc : a ∣ c) : a ∣ b - c := by
  obtain ⟨k, hk⟩ := hb
  obtain ⟨l, hl⟩ := hc
  exact ⟨k - l, by rw [hk, hl, Nat.mul_sub_left_distrib]⟩

/-- Divisibility is transitive (by substituting the witnesses). -/
theorem dvd_trans_of_witness {a b c : Nat} (h₁ : a ∣ b) (h₂ : b ∣ c) : a ∣ c := by
  rcases h₁ with ⟨k, rfl⟩
  rcases h₂ with ⟨l, rfl⟩
  exact ⟨k * l, Nat.mul_assoc a k l⟩

/-- Products of divisibilities: `a ∣ b → c ∣ d → a * c ∣ b * d`. -/
theorem mul_dvd_mul_of_dvd {a b c d : Nat} (h₁ : a ∣ b) (h₂ : c ∣ d) : a * c ∣ b * d := by
  obtain ⟨k, rfl⟩ := h₁
  obtain ⟨l, rfl⟩ := h₂
  exact ⟨k * l, Nat.mul_mul_mul_comm a k c l⟩

/-- A divisor of `b` divides every multiple of `b`. -/
theorem dvd_mul_of_dvd_left' {a b : Nat} (h : a ∣ b) (c : Nat) : a ∣ b * c := by
  apply Nat.dvd_trans h
  exact Nat.dvd_mul_right b c

/-- A divisor of `b` divides `c * b`. -/
theorem dvd_mul_of_dvd_right' {a b : Nat} (h : a ∣ b) (c : Nat) : a ∣ c * b := by
  apply Nat.dvd_trans h
  exact Nat.dvd_mul_left b c

/-- Every number divides its nonzero powers. -/
theorem dvd_pow_self' (a : Nat) {n : Nat} (hn : n ≠ 0) : a ∣ a ^ n := by
  cases n with
  | zero => exact (hn rfl).elim
  | succ n => exact ⟨a ^ n, by rw [Nat.pow_succ, Nat.mul_comm]⟩

/-- If `a ∣ b` then `a * a ∣ b * b`. -/
theorem mul_self_dvd_mul_self {a b : Nat} (h : a ∣ b) : a * a ∣ b * b := by
  apply Nat.mul_dvd_mul <;> exact h

/-! ### Lean's divisibility lemmas -/

/-- Every number divides itself and zero, and one divides it. -/
theorem dvd_refl_zero_one (a : Nat) : a ∣ a ∧ a ∣ 0 ∧ 1 ∣ a := by
  refine ⟨Nat.dvd_refl a, ?_, ?_⟩
  · exact Nat.dvd_zero a
  · exact Nat.one_dvd a

/-- A three-term sum of multiples of `a`. -/
theorem dvd_add_three {a b c d : Nat} (hb : a ∣ b) (hc : a ∣ c) (hd : a ∣ d) :
    a ∣ b + c + d := by
  apply Nat.dvd_add
  · exact Nat.dvd_add hb hc
  · exact hd

/-- `a ∣ a * b + a * c`, from `Nat.dvd_mul_right` and `Nat.dvd_add`. -/
theorem dvd_mul_add_mul (a b c : Nat) : a ∣ a * b + a * c := by
  apply Nat.dvd_add
  · exact Nat.dvd_mul_right a b
  · exact Nat.dvd_mul_right a c

/-- Cancelling a known multiple from a sum: `a ∣ b → (a ∣ b + c ↔ a ∣ c)`. -/
theorem dvd_add_right_iff' {a b c : Nat} (h : a ∣ b) : a ∣ b + c ↔ a ∣ c :=
  Nat.dvd_add_right h

/-- `a ∣ b + a ↔ a ∣ b`. -/
theorem dvd_add_self_right' {a b : Nat} : a ∣ b + a ↔ a ∣ b :=
  Nat.dvd_add_left (Nat.dvd_refl a)

/-- Mutual divisibility forces equality on `Nat`. -/
theorem eq_of_dvd_of_dvd {a b : Nat} (h₁ : a ∣ b) (h₂ : b ∣ a) : a = b := by
  apply Nat.dvd_antisymm <;> assumption

/-- Only `1` divides `1`. -/
theorem eq_one_of_dvd_one' {n : Nat} (h : n ∣ 1) : n = 1 :=
  Nat.eq_one_of_dvd_one h

/-- A divisor of a positive number is at most that number. -/
theorem le_of_dvd' {m n : Nat} (hn : 0 < n) (h : m ∣ n) : m ≤ n := by
  apply Nat.le_of_dvd hn
  exact h

/-- A divisor of a positive number is positive. -/
theorem pos_of_dvd_of_pos' {m n : Nat} (h : m ∣ n) (hn : 0 < n) : 0 < m :=
  Nat.pos_of_dvd_of_pos h hn

/-- `0 ∣ n` only for `n = 0` (Lean's `Nat.zero_dvd`). -/
theorem zero_dvd_iff' {n : Nat} : 0 ∣ n ↔ n = 0 :=
  Nat.zero_dvd

/-- Exact division: `b / a * a = b` when `a ∣ b`. -/
theorem div_mul_cancel' {a b : Nat} (h : a ∣ b) : b / a * a = b := by
  rw [Nat.div_mul_cancel h]

/-- Exact division, the other way round: `a * (b / a) = b` when `a ∣ b`. -/
theorem mul_div_cancel_of_dvd {a b : Nat} (h : a ∣ b) : a * (b / a) = b := by
  rw [Nat.mul_div_cancel' h]

/-! ### Divisibility and remainders -/

/-- A zero remainder gives divisibility. -/
theorem dvd_of_mod_eq_zero' {n : Nat} (h : n % 3 = 0) : 3 ∣ n :=
  Nat.dvd_of_mod_eq_zero h

/-- Divisibility gives a zero remainder. -/
theorem mod_eq_zero_of_dvd' {n : Nat} (h : 5 ∣ n) : n % 5 = 0 :=
  Nat.mod_eq_zero_of_dvd h

/-- `4 ∣ n ↔ n % 4 = 0`, from the two directions. -/
theorem four_dvd_iff_mod (n : Nat) : 4 ∣ n ↔ n % 4 = 0 := by
  constructor
  · intro h
    exact Nat.mod_eq_zero_of_dvd h
  · intro h
    exact Nat.dvd_of_mod_eq_zero h

/-- A divisor of the modulus divides the remainder exactly when it divides the number. -/
theorem dvd_mod_iff' {k m n : Nat} (h : k ∣ n) : k ∣ m % n ↔ k ∣ m :=
  Nat.dvd_mod_iff h

/-- `n * (n + 1)` is always even. -/
theorem two_dvd_mul_succ (n : Nat) : 2 ∣ n * (n + 1) := by
  rcases Nat.mod_two_eq_zero_or_one n with h | h
  · obtain ⟨k, hk⟩ := Nat.dvd_of_mod_eq_zero h
    exact ⟨k * (n + 1), by rw [hk, Nat.mul_assoc]⟩
  · have h' : 2 ∣ n + 1 := by omega
    obtain ⟨k, hk⟩ := h'
    exact ⟨n * k, by rw [hk, Nat.mul_left_comm]⟩

/-! ### Decided by `omega` and `decide` -/

/-- `7 ∣ 91`, decided. -/
theorem seven_dvd_ninety_one : 7 ∣ 91 := by
  decide

/-- `5 ∤ 12`, decided. -/
theorem not_five_dvd_twelve : ¬5 ∣ 12 := by
  decide

/-- The sum of two odd numbers is even. -/
theorem two_dvd_add_of_odd {a b : Nat} (ha : a % 2 = 1) (hb : b % 2 = 1) : 2 ∣ a + b := by
  omega

/-- An odd number is not divisible by two. -/
theorem not_two_dvd_two_mul_add_one (n : Nat) : ¬2 ∣ 2 * n + 1 := by
  omega

/-- Divisibility by three of a linear combination. -/
theorem three_dvd_add_two_mul {a b : Nat} (ha : 3 ∣ a) (hb : 3 ∣ b) : 3 ∣ a + 2 * b := by
  omega

/-- Divisibility by six gives divisibility by two and by three. -/
theorem dvd_two_and_three_of_dvd_six {n : Nat} (h : 6 ∣ n) : 2 ∣ n ∧ 3 ∣ n := by
  obtain ⟨k, rfl⟩ := h
  constructor
  · exact ⟨3 * k, Nat.mul_assoc 2 3 k⟩
  · exact ⟨2 * k, by omega⟩

end NatCorpus
