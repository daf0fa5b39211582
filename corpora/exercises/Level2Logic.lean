/-!
# Exercises, level 2: logic

Propositional and first-order reasoning: `intro`, `exact`, `apply`, `constructor`,
`cases`/`rcases`/`obtain`, `left`/`right`, `exists`, `by_cases`. Arithmetic side goals are
linear (`omega`). Solutions are in `solutions/Level2Logic.lean` (for tests only).
-/

namespace Exercises

variable (p q r : Prop)

/-- Introducing a conjunction. -/
theorem l2_and_intro (hp : p) (hq : q) : p ∧ q := by
  sorry

/-- Swapping a conjunction. -/
theorem l2_and_swap : p ∧ q → q ∧ p := by
  sorry

/-- Swapping a disjunction. -/
theorem l2_or_swap : p ∨ q → q ∨ p := by
  sorry

/-- Composing implications. -/
theorem l2_imp_trans (hpq : p → q) (hqr : q → r) : p → r := by
  sorry

/-- Double negation introduction. -/
theorem l2_not_not_intro (hp : p) : ¬¬p := by
  sorry

/-- Contraposition. -/
theorem l2_contrapositive (h : p → q) : ¬q → ¬p := by
  sorry

/-- De Morgan for a negated disjunction. -/
theorem l2_not_or : ¬(p ∨ q) → ¬p ∧ ¬q := by
  sorry

/-- Building an equivalence from two implications. -/
theorem l2_iff_intro (h₁ : p → q) (h₂ : q → p) : p ↔ q := by
  sorry

/-- Proof by cases on a disjunction. -/
theorem l2_or_elim (h : p ∨ q) (hp : p → r) (hq : q → r) : r := by
  sorry

/-- Distributing `∧` over `∨`. -/
theorem l2_and_or : p ∧ (q ∨ r) → (p ∧ q) ∨ (p ∧ r) := by
  sorry

/-- Excluded middle, by cases. -/
theorem l2_by_cases (h₁ : p → q) (h₂ : ¬p → q) : q := by
  sorry

/-- A structured proof with a missing step. -/
theorem l2_structured (hpq : p → q) (hqr : q → r) (hp : p) : q ∧ r := by
  have hq : q := by sorry
  exact ⟨hq, hqr hq⟩

/-- An existential statement about `Nat`. -/
theorem l2_exists_nat : ∃ n : Nat, n + 3 = 10 := by
  sorry

/-- Every number has a larger one. -/
theorem l2_forall_exists : ∀ n : Nat, ∃ m : Nat, n < m := by
  sorry

/-- Using an existential hypothesis. -/
theorem l2_exists_elim (h : ∃ n : Nat, n > 5 ∧ n < 7) : ∃ n : Nat, n = 6 := by
  sorry

/-- No successor is zero. -/
theorem l2_not_exists : ¬∃ n : Nat, n + 1 = 0 := by
  sorry

/-- Using a universal hypothesis. -/
theorem l2_forall_and (h : ∀ n : Nat, n ≥ 0 ∧ n + 1 > n) : ∀ n : Nat, n + 1 > n := by
  sorry

/-- Specialising a universal hypothesis. -/
theorem l2_specialize (h : ∀ x : Int, x * x ≥ 0 → x + 1 > x) : (3 : Int) + 1 > 3 := by
  sorry

end Exercises
