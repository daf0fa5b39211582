/-!
# Order on `Nat`

Inequalities proved from Lean's order lemmas (`Nat.le_trans`, `Nat.lt_of_lt_of_le`,
`Nat.add_le_add`, `Nat.mul_le_mul`, `Nat.succ_le_of_lt`, …), with `calc` chains, and
by `omega` for linear goals.
-/

namespace NatCorpus

/-- Strict order is `+ 1` then `≤`: `a < b → a + 1 ≤ b`. -/
theorem succ_le_of_lt' {a b : Nat} (h : a < b) : a + 1 ≤ b :=
  Nat.succ_le_of_lt h

/-- Transitivity through a strict step. -/
theorem lt_of_lt_of_le' {a b c : Nat} (h₁ : a < b) (h₂ : b ≤ c) : a < c :=
  Nat.lt_of_lt_of_le h₁ h₂

/-- A `calc` chain of inequalities. -/
theorem calc_chain {a b c d : Nat} (h₁ : a ≤ b) (h₂ : b < c) (h₃ : c ≤ d) : a < d :=
  calc a ≤ b := h₁
    _ < c := h₂
    _ ≤ d := h₃

/-- Adding inequalities termwise. -/
theorem add_le_add' {a b c d : Nat} (h₁ : a ≤ b) (h₂ : c ≤ d) : a + c ≤ b + d := by
  apply Nat.add_le_add <;> assumption

/-- Multiplying inequalities termwise. -/
theorem mul_le_mul' {a b c d : Nat} (h₁ : a ≤ b) (h₂ : c ≤ d) : a * c ≤ b * d := by
  apply Nat.mul_le_mul
  · exact h₁
  · exact h₂

/-- Squaring is monotone. -/
theorem mul_self_le_mul_self' {m n : Nat} (h : m ≤ n) : m * m ≤ n * n :=
  Nat.mul_le_mul h h

/-- Multiplying on the left by a constant is monotone. -/
theorem mul_le_mul_left' {m n : Nat} (k : Nat) (h : m ≤ n) : k * m ≤ k * n :=
  Nat.mul_le_mul_left k h

/-- Zero is the least element, and every successor is positive. -/
theorem zero_le_and_succ_pos (n : Nat) : 0 ≤ n ∧ 0 < n + 1 := by
  constructor
  · exact Nat.zero_le n
  · exact Nat.succ_pos n

/-- `≤` is antisymmetric. -/
theorem le_antisymm' {a b : Nat} (h₁ : a ≤ b) (h₂ : b ≤ a) : a = b := by
  apply Nat.le_antisymm <;> assumption

/-- `<` is irreflexive, so `a < b` gives `a ≠ b`. -/
theorem ne_of_lt' {a b : Nat} (h : a < b) : a ≠ b := by
  intro hab
  rw [hab] at h
  exact Nat.lt_irrefl b h

/-- Trichotomy (Lean's `Nat.lt_trichotomy`), used to split a goal in three. -/
theorem le_or_gt' (a b : Nat) : a ≤ b ∨ b < a := by
  rcases Nat.lt_trichotomy a b with h | h | h
  · exact Or.inl (Nat.le_of_lt h)
  · exact Or.inl (Nat.le_of_eq h)
  · exact Or.inr h

/-- `¬ a < b ↔ b ≤ a` (Lean's `Nat.not_lt`). -/
theorem not_lt_iff' {a b : Nat} : ¬a < b ↔ b ≤ a :=
  Nat.not_lt

/-- `¬ a ≤ b ↔ b < a` (Lean's `Nat.not_le`). -/
theorem not_le_iff' {a b : Nat} : ¬a ≤ b ↔ b < a :=
  Nat.not_le

/-- Only zero is at most zero. -/
theorem eq_zero_of_le_zero' {n : Nat} (h : n ≤ 0) : n = 0 :=
  Nat.eq_zero_of_le_zero h

/-- A positive number is nonzero, and conversely. -/
theorem pos_iff_ne_zero' {n : Nat} : 0 < n ↔ n ≠ 0 :=
  Nat.pos_iff_ne_zero

/-- A product of positive numbers is positive. -/
theorem mul_pos' {m n : Nat} (hm : 0 < m) (hn : 0 < n) : 0 < m * n := by
  apply Nat.mul_pos <;> assumption

/-- A power of a positive number is positive. -/
theorem pow_pos' {a : Nat} (n : Nat) (h : 0 < a) : 0 < a ^ n :=
  Nat.pow_pos h

/-- `a < b + 1 ↔ a ≤ b`. -/
theorem lt_succ_iff' {a b : Nat} : a < b + 1 ↔ a ≤ b := by
  constructor
  · intro h
    exact Nat.le_of_lt_succ h
  · intro h
    exact Nat.lt_succ_of_le h

/-- The sum is at least each summand. -/
theorem le_add_both (a b : Nat) : a ≤ a + b ∧ b ≤ a + b := by
  constructor
  · apply Nat.le_add_right
  · apply Nat.le_add_left

/-- A linear bound solved by `omega`. -/
theorem linear_bound {x y : Nat} (h₁ : x + 2 * y ≤ 10) (h₂ : 3 ≤ y) : x ≤ 4 := by
  omega

/-- A strict chain collapses to one inequality. -/
theorem lt_of_three {a b c : Nat} (h₁ : a < b) (h₂ : b < c) : a + 2 ≤ c := by
  have h₃ : a + 1 ≤ b := h₁
  have h₄ : b + 1 ≤ c := h₂
  calc a + 2 = a + 1 + 1 := rfl
    _ ≤ b + 1 := Nat.add_le_add_right h₃ 1
    _ ≤ c := h₄

/-- `n ≤ n * n` for every `n`. -/
theorem le_mul_self' (n : Nat) : n ≤ n * n := by
  cases n with
  | zero => exact Nat.le_refl 0
  | succ n =>
    have h : (n + 1) * 1 ≤ (n + 1) * (n + 1) :=
      Nat.mul_le_mul (Nat.le_refl (n + 1)) (Nat.succ_pos n)
    rw [Nat.mul_one] at h
    exact h

/-- The square of a number above one exceeds it. -/
theorem lt_mul_self_of_one_lt {n : Nat} (h : 1 < n) : n < n * n := by
  have h' : n * 1 < n * n := Nat.mul_lt_mul_of_pos_left h (by omega)
  rw [Nat.mul_one] at h'
  exact h'

end NatCorpus
