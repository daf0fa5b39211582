import Mathlib

/-!
# Algebra over `ℕ` and `ℤ` with Mathlib's automation

Polynomial identities (`ring`, `ring_nf`), linear arithmetic
(`linarith`, `omega`), quadratic inequalities (`nlinarith` with square hints) and sign
goals (`positivity`). Every statement is over `ℕ` or `ℤ`.
-/

namespace MathlibCorpus

/-! ### Identities -/

/-- The square of a sum. -/
theorem add_sq_int (a b : ℤ) : (a + b) ^ 2 = a ^ 2 + 2 * a * b + b ^ 2 := by
  ring

/-- The square of a difference. -/
theorem sub_sq_int (a b : ℤ) : (a - b) ^ 2 = a ^ 2 - 2 * a * b + b ^ 2 := by
  ring

/-- The difference of two squares. -/
theorem mul_add_mul_sub (a b : ℤ) : (a + b) * (a - b) = a ^ 2 - b ^ 2 := by
  ring

/-- The cube of a sum. -/
theorem add_cube_int (a b : ℤ) :
    (a + b) ^ 3 = a ^ 3 + 3 * a ^ 2 * b + 3 * a * b ^ 2 + b ^ 3 := by
  ring

/-- The difference of two cubes. -/
theorem cube_sub_cube (a b : ℤ) : a ^ 3 - b ^ 3 = (a - b) * (a ^ 2 + a * b + b ^ 2) := by
  ring

/-- The square of a successor in `ℕ`. -/
theorem succ_sq_nat (n : ℕ) : (n + 1) ^ 2 = n ^ 2 + 2 * n + 1 := by
  ring

/-- A product of three consecutive numbers, expanded. -/
theorem three_consecutive (n : ℕ) : n * (n + 1) * (n + 2) = n ^ 3 + 3 * n ^ 2 + 2 * n := by
  ring

/-- Sophie Germain's identity. -/
theorem sophie_germain (a b : ℤ) :
    a ^ 4 + 4 * b ^ 4 = (a ^ 2 + 2 * b ^ 2 + 2 * a * b) * (a ^ 2 + 2 * b ^ 2 - 2 * a * b) := by
  ring

/-- The Brahmagupta–Fibonacci identity. -/
theorem brahmagupta (a b c d : ℤ) :
    (a ^ 2 + b ^ 2) * (c ^ 2 + d ^ 2) = (a * c - b * d) ^ 2 + (a * d + b * c) ^ 2 := by
  ring

/-- Squares of products. -/
theorem sq_mul_sq' (a b : ℤ) : a ^ 2 * b ^ 2 = (a * b) ^ 2 := by
  ring

/-- Distributivity in `ℕ`, both sides expanded. -/
theorem nat_distrib (a b c : ℕ) : (a + b) * c + a * (b + c) = a * c + b * c + a * b + a * c := by
  ring

/-- `ring_nf` closes a goal whose two sides have the same normal form. -/
theorem sq_add_sub_sq (a b : ℤ) : (a + b) ^ 2 - (a - b) ^ 2 = 4 * a * b := by
  ring_nf

/-- `ring_nf` on a hypothesis and the goal, then `linarith`. -/
theorem ring_nf_hyp (x : ℤ) (h : x * (x + 2) = 8) : x ^ 2 + 2 * x = 8 := by
  ring_nf at h ⊢
  linarith

/-- `ring_nf at h` expands a square in a hypothesis; `linarith` treats products as atoms. -/
theorem mul_eq_zero_of_sq_add (a b : ℤ) (h : (a + b) ^ 2 = a ^ 2 + b ^ 2) : a * b = 0 := by
  ring_nf at h
  linarith

/-- `ring_nf at h` over `ℕ`: `n * (n + 1)` becomes `n + n ^ 2`. -/
theorem ring_nf_hyp_nat (n : ℕ) (h : n * (n + 1) = 6) : n + n ^ 2 = 6 := by
  ring_nf at h
  exact h

/-- An identity that holds modulo a hypothesis: expand with `ring_nf`, then `linarith`. -/
theorem sq_sub_one_of_sq_eq (x : ℤ) (h : x ^ 2 = 4) : (x + 1) * (x - 1) = 3 := by
  nlinarith [h]

/-- Rewriting with a proved identity, then `linarith`. -/
theorem rw_then_linarith (x : ℤ) (h : x ^ 2 = 4) : (x + 2) * (x - 2) = 0 := by
  have e : (x + 2) * (x - 2) = x ^ 2 - 4 := by ring
  rw [e]
  linarith

/-! ### Linear arithmetic -/

/-- A linear system over `ℤ`. -/
theorem lin_system (x y : ℤ) (h₁ : x + y = 10) (h₂ : x - y = 2) : x = 6 := by
  linarith

/-- Both unknowns of a linear system. -/
theorem lin_system_both (a b : ℤ) (h₁ : 2 * a - b = 1) (h₂ : a + b = 5) : a = 2 ∧ b = 3 := by
  constructor <;> linarith

/-- A bound from a linear constraint. -/
theorem lin_bound (a b : ℤ) (h : 3 * a + 2 * b ≤ 12) (hb : 0 ≤ b) : a ≤ 4 := by
  linarith

/-- Transitivity through a strict inequality. -/
theorem lin_trans (a b c : ℤ) (hab : a ≤ b) (hbc : b < c) : a < c := by
  linarith

/-- `linarith` over `ℕ`. -/
theorem lin_nat (n : ℕ) (h : n + 2 ≤ 5) : n ≤ 3 := by
  linarith

/-- The mean lies between the extremes. -/
theorem lin_mean (a b : ℤ) (h : a ≤ b) : 2 * a ≤ a + b ∧ a + b ≤ 2 * b := by
  constructor <;> linarith

/-- A fact that needs integrality, hence `omega` rather than `linarith`. -/
theorem no_three_between (x y z : ℤ) (h₁ : x < y) (h₂ : y < z) (h₃ : z < x + 2) : False := by
  omega

/-! ### Quadratic inequalities -/

/-- `2ab ≤ a² + b²`. -/
theorem two_mul_le_add_sq' (a b : ℤ) : 2 * a * b ≤ a ^ 2 + b ^ 2 := by
  nlinarith [sq_nonneg (a - b)]

/-- `4ab ≤ (a + b)²`. -/
theorem four_mul_le_sq_add (a b : ℤ) : 4 * a * b ≤ (a + b) ^ 2 := by
  nlinarith [sq_nonneg (a - b)]

/-- `ab + bc + ca ≤ a² + b² + c²`. -/
theorem mul_add_mul_le_sq_add (a b c : ℤ) :
    a * b + b * c + c * a ≤ a ^ 2 + b ^ 2 + c ^ 2 := by
  nlinarith [sq_nonneg (a - b), sq_nonneg (b - c), sq_nonneg (c - a)]

/-- A completed square is nonnegative. -/
theorem sq_sub_two_mul_add_one (x : ℤ) : 0 ≤ x ^ 2 - 2 * x + 1 := by
  nlinarith [sq_nonneg (x - 1)]

/-- `x² + x + 1 > 0` on `ℤ`. -/
theorem sq_add_self_add_one_pos (x : ℤ) : 0 < x ^ 2 + x + 1 := by
  nlinarith [sq_nonneg (2 * x + 1)]

/-- Squaring is monotone on nonnegative integers. -/
theorem sq_le_sq_of_le' (a b : ℤ) (ha : 0 ≤ a) (h : a ≤ b) : a ^ 2 ≤ b ^ 2 := by
  nlinarith

/-- A sum of squares that vanishes has a vanishing first square. -/
theorem sq_eq_zero_of_add (a b : ℤ) (h : a ^ 2 + b ^ 2 = 0) : a ^ 2 = 0 := by
  nlinarith [sq_nonneg a, sq_nonneg b]

/-- Positivity of a product, with `mul_pos` and `linarith`. -/
theorem mul_add_pos (x y : ℤ) (hx : 0 < x) (hy : 0 < y) : 0 < x * y + x := by
  have hxy := mul_pos hx hy
  linarith

/-! ### `positivity` -/

/-- Even powers are nonnegative. -/
theorem sq_add_pow_four_nonneg (x : ℤ) : 0 ≤ x ^ 2 + x ^ 4 := by
  positivity

/-- A square plus one is positive. -/
theorem sq_add_one_pos' (n : ℕ) : 0 < n ^ 2 + 1 := by
  positivity

/-- Powers of two are positive. -/
theorem two_pow_pos'' (n : ℕ) : 0 < 2 ^ n := by
  positivity

/-- A square plus a positive constant is positive. -/
theorem sq_sub_add_three_pos (a b : ℤ) : 0 < (a - b) ^ 2 + 3 := by
  positivity

/-- A cube of a positive number is positive (`positivity` uses the hypothesis). -/
theorem cube_pos_of_pos (n : ℕ) (h : 0 < n) : 0 < n ^ 3 := by
  positivity

end MathlibCorpus
