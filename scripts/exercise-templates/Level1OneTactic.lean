/-!
# Exercises, level 1: one tactic

Each statement is closed by a single tactic: `rfl`, `decide`, `omega`, `simp`, `exact`,
`assumption`, `trivial` or `contradiction`. Solutions are in `solutions/Level1OneTactic.lean`
(for tests only).
-/

namespace Exercises

/-- `2 + 2 = 4` holds by computation. -/
theorem l1_two_add_two : 2 + 2 = 4 := by ⟦rfl⟧

/-- `6 * 7 = 42` holds by computation. -/
theorem l1_six_mul_seven : 6 * 7 = 42 := by ⟦rfl⟧

/-- A closed strict inequality. -/
theorem l1_three_lt_five : 3 < 5 := by ⟦decide⟧

/-- A closed disequality. -/
theorem l1_ten_ne_eleven : (10 : Nat) ≠ 11 := by ⟦decide⟧

/-- A closed divisibility. -/
theorem l1_seven_dvd : 7 ∣ 63 := by ⟦decide⟧

/-- A Euclidean remainder of a negative integer. -/
theorem l1_neg_mod : (-7 : Int) % 3 = 2 := by ⟦decide⟧

/-- A bounded universal statement. -/
theorem l1_small_squares : ∀ n, n < 4 → n * n < 10 := by ⟦decide⟧

/-- `True`. -/
theorem l1_true : True := by ⟦trivial⟧

/-- Solving a linear equation. -/
theorem l1_solve (n : Nat) (h : n + 3 = 10) : n = 7 := by
  ⟦omega⟧

/-- Solving a linear equation over `Int`. -/
theorem l1_solve_int (x : Int) (h : 2 * x = 10) : x = 5 := by
  ⟦omega⟧

/-- A chain of strict inequalities. -/
theorem l1_chain (a b : Nat) (h₁ : a < b) (h₂ : b < 5) : a < 4 := by
  ⟦omega⟧

/-- Remainders are periodic. -/
theorem l1_mod_periodic (n : Nat) : (n + 4) % 2 = n % 2 := by
  ⟦omega⟧

/-- `max` is an upper bound. -/
theorem l1_le_max (a b : Nat) : a ≤ max a b := by
  ⟦omega⟧

/-- `n - n = 0`. -/
theorem l1_sub_self (n : Nat) : n - n = 0 := by
  ⟦simp⟧

/-- Neutral elements disappear. -/
theorem l1_mul_one_add_zero (n : Nat) : n * 1 + 0 = n := by
  ⟦simp⟧

/-- A conjunction with `True`. -/
theorem l1_and_true (p : Prop) (hp : p) : p ∧ True := by
  ⟦simp [hp]⟧

/-- A hypothesis closes the goal. -/
theorem l1_assumption (a b : Nat) (h : a ≤ b) : a ≤ b := by
  ⟦assumption⟧

/-- Projecting a conjunction. -/
theorem l1_and_right (p q : Prop) (h : p ∧ q) : q := by
  ⟦exact h.2⟧

/-- Citing Lean's commutativity of addition. -/
theorem l1_add_comm (a b : Nat) : a + b = b + a := by
  ⟦exact Nat.add_comm a b⟧

/-- Citing Lean's `Nat.le_add_right`. -/
theorem l1_le_add (a b : Nat) : a ≤ a + b := by
  ⟦exact Nat.le_add_right a b⟧

/-- From `False`, anything. -/
theorem l1_false_elim (p : Prop) (h : False) : p := by
  ⟦contradiction⟧

/-- Equivalence is reflexive. -/
theorem l1_iff_refl (p : Prop) : p ↔ p := by
  ⟦rfl⟧

end Exercises
