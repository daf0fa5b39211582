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
  ⟦constructor
  · exact hp
  · exact hq⟧

/-- Swapping a conjunction. -/
theorem l2_and_swap : p ∧ q → q ∧ p := by
  ⟦intro h
  exact ⟨h.2, h.1⟩⟧

/-- Swapping a disjunction. -/
theorem l2_or_swap : p ∨ q → q ∨ p := by
  ⟦intro h
  cases h with
  | inl hp => exact Or.inr hp
  | inr hq => exact Or.inl hq⟧

/-- Composing implications. -/
theorem l2_imp_trans (hpq : p → q) (hqr : q → r) : p → r := by
  ⟦intro hp
  exact hqr (hpq hp)⟧

/-- Double negation introduction. -/
theorem l2_not_not_intro (hp : p) : ¬¬p := by
  ⟦intro hnp
  exact hnp hp⟧

/-- Contraposition. -/
theorem l2_contrapositive (h : p → q) : ¬q → ¬p := by
  ⟦intro hnq hp
  exact hnq (h hp)⟧

/-- De Morgan for a negated disjunction. -/
theorem l2_not_or : ¬(p ∨ q) → ¬p ∧ ¬q := by
  ⟦intro h
  constructor
  · intro hp
    exact h (Or.inl hp)
  · intro hq
    exact h (Or.inr hq)⟧

/-- Building an equivalence from two implications. -/
theorem l2_iff_intro (h₁ : p → q) (h₂ : q → p) : p ↔ q := by
  ⟦constructor
  · exact h₁
  · exact h₂⟧

/-- Proof by cases on a disjunction. -/
theorem l2_or_elim (h : p ∨ q) (hp : p → r) (hq : q → r) : r := by
  ⟦rcases h with h | h
  · exact hp h
  · exact hq h⟧

/-- Distributing `∧` over `∨`. -/
theorem l2_and_or : p ∧ (q ∨ r) → (p ∧ q) ∨ (p ∧ r) := by
  ⟦rintro ⟨hp, hq | hr⟩
  · left
    exact ⟨hp, hq⟩
  · right
    exact ⟨hp, hr⟩⟧

/-- Excluded middle, by cases. -/
theorem l2_by_cases (h₁ : p → q) (h₂ : ¬p → q) : q := by
  ⟦by_cases hp : p
  · exact h₁ hp
  · exact h₂ hp⟧

/-- A structured proof with a missing step. -/
theorem l2_structured (hpq : p → q) (hqr : q → r) (hp : p) : q ∧ r := by
  have hq : q := by ⟦exact hpq hp⟧
  exact ⟨hq, hqr hq⟩

/-- An existential statement about `Nat`. -/
theorem l2_exists_nat : ∃ n : Nat, n + 3 = 10 := by
  ⟦exists 7⟧

/-- Every number has a larger one. -/
theorem l2_forall_exists : ∀ n : Nat, ∃ m : Nat, n < m := by
  ⟦intro n
  exact ⟨n + 1, by omega⟩⟧

/-- Using an existential hypothesis. -/
theorem l2_exists_elim (h : ∃ n : Nat, n > 5 ∧ n < 7) : ∃ n : Nat, n = 6 := by
  ⟦obtain ⟨n, h₁, h₂⟩ := h
  exact ⟨n, by omega⟩⟧

/-- No successor is zero. -/
theorem l2_not_exists : ¬∃ n : Nat, n + 1 = 0 := by
  ⟦rintro ⟨n, hn⟩
  omega⟧

/-- Using a universal hypothesis. -/
theorem l2_forall_and (h : ∀ n : Nat, n ≥ 0 ∧ n + 1 > n) : ∀ n : Nat, n + 1 > n := by
  ⟦intro n
  exact (h n).2⟧

/-- Specialising a universal hypothesis. -/
theorem l2_specialize (h : ∀ x : Int, x * x ≥ 0 → x + 1 > x) : (3 : Int) + 1 > 3 := by
  ⟦apply h
  decide⟧

end Exercises
