/-!
# Algebra on `Int`

Ring identities on the integers from Lean's `Int` lemmas (`Int.add_comm`, `Int.mul_sub`,
`Int.neg_mul_neg`, `Int.sub_eq_zero`, …). Without Mathlib there is no `ring`, so a
polynomial identity is proved by rewriting products with the distributive laws until
only the monomials `a * a`, `a * b`, `b * b` remain, and `omega` (which treats those
products as atoms) finishes the linear rearrangement.
-/

namespace IntCorpus

/-! ### Rearranging sums and products -/

/-- Reordering a sum of three integers. -/
theorem add_rotate' (a b c : Int) : a + b + c = c + (b + a) := by
  rw [Int.add_comm a b, Int.add_comm (b + a) c]

/-- Reordering a product of three integers. -/
theorem mul_rotate' (a b c : Int) : a * b * c = b * (c * a) := by
  rw [Int.mul_assoc, Int.mul_comm a (b * c), Int.mul_assoc]

/-- Subtraction is addition of the negation. -/
theorem sub_eq_add_neg' (a b : Int) : a - b = a + -b := by
  rw [Int.sub_eq_add_neg]

/-- Negation is an involution. -/
theorem neg_neg' (a : Int) : -(-a) = a := by
  rw [Int.neg_neg]

/-- Negation distributes over addition. -/
theorem neg_add' (a b : Int) : -(a + b) = -a + -b := by
  rw [Int.neg_add]

/-- Negating a difference swaps it. -/
theorem neg_sub' (a b : Int) : -(a - b) = b - a := by
  rw [Int.neg_sub]

/-- `a - a = 0`. -/
theorem sub_self' (a : Int) : a - a = 0 := by
  rw [Int.sub_self]

/-- `a - (a - b) = b`. -/
theorem sub_sub_self' (a b : Int) : a - (a - b) = b := by
  rw [Int.sub_sub_self]

/-- On `Int`, subtraction is undone by addition, with no side condition. -/
theorem sub_add_cancel' (a b : Int) : a - b + b = a := by
  rw [Int.sub_add_cancel]

/-- On `Int`, addition is undone by subtraction. -/
theorem add_sub_cancel' (a b : Int) : a + b - b = a := by
  rw [Int.add_sub_cancel]

/-- Multiplication distributes over subtraction, on both sides. -/
theorem mul_sub_and_sub_mul (a b c : Int) :
    a * (b - c) = a * b - a * c ∧ (a - b) * c = a * c - b * c := by
  constructor
  · rw [Int.mul_sub]
  · rw [Int.sub_mul]

/-- A product of two negations. -/
theorem neg_mul_neg' (a b : Int) : -a * -b = a * b := by
  rw [Int.neg_mul_neg]

/-- A negation pulled out of a product. -/
theorem neg_mul' (a b : Int) : -a * b = -(a * b) := by
  rw [Int.neg_mul]

/-- Multiplying by `-1` negates. -/
theorem mul_neg_one' (a : Int) : a * -1 = -a := by
  rw [Int.mul_neg_one]

/-! ### Cancellation and zero products -/

/-- Left cancellation for addition. -/
theorem add_left_cancel' {a b c : Int} (h : a + b = a + c) : b = c :=
  Int.add_left_cancel h

/-- A zero difference means equality. -/
theorem eq_of_sub_eq_zero' {a b : Int} (h : a - b = 0) : a = b := by
  apply Int.eq_of_sub_eq_zero
  exact h

/-- `a - b = 0 ↔ a = b`. -/
theorem sub_eq_zero_iff' {a b : Int} : a - b = 0 ↔ a = b := by
  constructor
  · exact Int.eq_of_sub_eq_zero
  · intro h
    rw [h, Int.sub_self]

/-- A zero product has a zero factor. -/
theorem mul_eq_zero' {a b : Int} (h : a * b = 0) : a = 0 ∨ b = 0 :=
  Int.mul_eq_zero.mp h

/-- Cancelling a nonzero left factor. -/
theorem eq_of_mul_eq_mul_left' {a b c : Int} (ha : a ≠ 0) (h : a * b = a * c) : b = c := by
  apply Int.eq_of_mul_eq_mul_left ha
  exact h

/-- If `a * b = 0` and `a ≠ 0`, then `b = 0`. -/
theorem eq_zero_of_mul_eq_zero_of_ne {a b : Int} (h : a * b = 0) (ha : a ≠ 0) : b = 0 := by
  rcases Int.mul_eq_zero.mp h with h' | h'
  · exact absurd h' ha
  · exact h'

/-! ### Squares -/

/-- A square is nonnegative. -/
theorem mul_self_nonneg' (a : Int) : 0 ≤ a * a := by
  rcases Int.le_total 0 a with h | h
  · exact Int.mul_nonneg h h
  · exact Int.mul_nonneg_of_nonpos_of_nonpos h h

/-- A sum of squares is nonnegative. -/
theorem add_mul_self_nonneg (a b : Int) : 0 ≤ a * a + b * b := by
  apply Int.add_nonneg
  · exact mul_self_nonneg' a
  · exact mul_self_nonneg' b

/-- The square of a sum. -/
theorem add_mul_self_eq' (a b : Int) : (a + b) * (a + b) = a * a + 2 * (a * b) + b * b := by
  rw [Int.add_mul, Int.mul_add, Int.mul_add, Int.mul_comm b a]
  omega

/-- The difference of two squares. -/
theorem mul_self_sub_mul_self' (a b : Int) : (a + b) * (a - b) = a * a - b * b := by
  rw [Int.add_mul, Int.mul_sub, Int.mul_sub, Int.mul_comm b a]
  omega

/-- `2ab ≤ a² + b²`, from `(a - b)² ≥ 0`. -/
theorem two_mul_le_add_mul_self (a b : Int) : 2 * (a * b) ≤ a * a + b * b := by
  have h := mul_self_nonneg' (a - b)
  rw [Int.sub_mul, Int.mul_sub, Int.mul_sub, Int.mul_comm b a] at h
  omega

/-! ### Linear problems and closed computations -/

/-- A linear system with a unique solution. -/
theorem linear_system {x y : Int} (h₁ : 2 * x + y = 7) (h₂ : x - y = 2) : x = 3 ∧ y = 1 := by
  constructor <;> omega

/-- An equation with negative coefficients. -/
theorem solve_neg {x : Int} (h : 5 - 3 * x = 17) : x = -4 := by
  omega

/-- Closed integer arithmetic, decided. -/
theorem closed_arith : (-3 : Int) * 4 + 20 = 8 := by
  decide

/-- `(-1) * (-1) = 1`. -/
theorem neg_one_mul_neg_one : (-1 : Int) * -1 = 1 := by
  decide

end IntCorpus
