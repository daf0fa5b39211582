/-!
# Propositional logic

Introduction and elimination rules for `∧ ∨ → ↔ ¬`, De Morgan's laws, distributivity,
and the classical principles (excluded middle, double negation, Peirce's law), proved
with the basic tactics (`intro`, `exact`, `apply`, `constructor`, `cases`, `rcases`,
`obtain`, `left`, `right`, `by_cases`, `contradiction`, `exfalso`) and with Lean's own
lemma names (`and_comm`, `or_comm`, `not_or`, `and_or_left`, `Classical.em`,
`Classical.byContradiction`, …).
-/

namespace LogicCorpus

variable (p q r s : Prop)

/-! ### Conjunction and disjunction -/

/-- A conjunction can be swapped. -/
theorem and_swap (h : p ∧ q) : q ∧ p := by
  obtain ⟨hp, hq⟩ := h
  exact ⟨hq, hp⟩

/-- `∧` is commutative, by `constructor` and `<;>`. -/
theorem and_comm' : p ∧ q ↔ q ∧ p := by
  constructor <;> (intro h; exact ⟨h.2, h.1⟩)

/-- A disjunction can be swapped, by cases. -/
theorem or_swap (h : p ∨ q) : q ∨ p := by
  cases h with
  | inl hp => exact Or.inr hp
  | inr hq => exact Or.inl hq

/-- `∨` is commutative (Lean's `or_comm`). -/
theorem or_comm' : p ∨ q ↔ q ∨ p :=
  or_comm

/-- `∧` is associative, by `rcases` and anonymous constructors. -/
theorem and_assoc' : (p ∧ q) ∧ r ↔ p ∧ q ∧ r := by
  constructor
  · rintro ⟨⟨hp, hq⟩, hr⟩
    exact ⟨hp, hq, hr⟩
  · rintro ⟨hp, hq, hr⟩
    exact ⟨⟨hp, hq⟩, hr⟩

/-- `∨` is associative, by `rcases` with alternatives. -/
theorem or_assoc' : (p ∨ q) ∨ r ↔ p ∨ q ∨ r := by
  constructor
  · rintro ((hp | hq) | hr)
    · exact Or.inl hp
    · exact Or.inr (Or.inl hq)
    · exact Or.inr (Or.inr hr)
  · rintro (hp | hq | hr)
    · exact Or.inl (Or.inl hp)
    · exact Or.inl (Or.inr hq)
    · exact Or.inr hr

/-- `p ∧ p ↔ p`. -/
theorem and_self' : p ∧ p ↔ p := by
  constructor
  · intro h
    exact h.1
  · intro h
    exact ⟨h, h⟩

/-- `p ∨ p ↔ p`. -/
theorem or_self' : p ∨ p ↔ p := by
  constructor
  · intro h
    cases h with
    | inl h => exact h
    | inr h => exact h
  · intro h
    left
    exact h

/-! ### Implication -/

/-- Implications compose. -/
theorem imp_trans' (hpq : p → q) (hqr : q → r) : p → r := by
  intro hp
  apply hqr
  apply hpq
  exact hp

/-- Currying: `(p ∧ q → r) ↔ (p → q → r)`. -/
theorem and_imp' : (p ∧ q → r) ↔ (p → q → r) := by
  constructor
  · intro h hp hq
    exact h ⟨hp, hq⟩
  · rintro h ⟨hp, hq⟩
    exact h hp hq

/-- A disjunction implies `r` when both disjuncts do (Lean's `or_imp`). -/
theorem or_imp' : (p ∨ q → r) ↔ (p → r) ∧ (q → r) :=
  or_imp

/-- An implication into a conjunction splits (Lean's `imp_and`). -/
theorem imp_and' : (p → q ∧ r) ↔ (p → q) ∧ (p → r) :=
  imp_and

/-- Weakening: a true proposition is implied by anything. -/
theorem imp_intro' (hp : p) : q → p := by
  intro _
  exact hp

/-- Proof by cases on a disjunction. -/
theorem or_elim' (h : p ∨ q) (hpr : p → r) (hqr : q → r) : r := by
  rcases h with hp | hq
  · exact hpr hp
  · apply hqr
    exact hq

/-! ### Negation -/

/-- A proposition implies its double negation. -/
theorem not_not_intro' (hp : p) : ¬¬p := by
  intro hnp
  exact hnp hp

/-- Contraposition. -/
theorem mt' (hpq : p → q) (hnq : ¬q) : ¬p := by
  intro hp
  exact hnq (hpq hp)

/-- From a contradiction, anything (`contradiction`). -/
theorem absurd' (hp : p) (hnp : ¬p) : q := by
  contradiction

/-- From `False`, anything (`exfalso`). -/
theorem false_elim' (h : False) : p := by
  exfalso
  exact h

/-- No proposition is equivalent to its negation. -/
theorem not_iff_not_self : ¬(p ↔ ¬p) := by
  intro h
  have hnp : ¬p := fun hp => h.mp hp hp
  exact hnp (h.mpr hnp)

/-- De Morgan: `¬(p ∨ q) ↔ ¬p ∧ ¬q`. -/
theorem not_or' : ¬(p ∨ q) ↔ ¬p ∧ ¬q := by
  constructor
  · intro h
    exact ⟨fun hp => h (Or.inl hp), fun hq => h (Or.inr hq)⟩
  · rintro ⟨hnp, hnq⟩ (hp | hq)
    · exact hnp hp
    · exact hnq hq

/-- De Morgan, constructive half: `¬p ∨ ¬q → ¬(p ∧ q)`. -/
theorem not_and_of_not_or_not' (h : ¬p ∨ ¬q) : ¬(p ∧ q) := by
  rintro ⟨hp, hq⟩
  rcases h with hnp | hnq
  · exact hnp hp
  · exact hnq hq

/-- De Morgan, classical half: `¬(p ∧ q) → ¬p ∨ ¬q`. -/
theorem not_or_not_of_not_and (h : ¬(p ∧ q)) : ¬p ∨ ¬q := by
  by_cases hp : p
  · right
    intro hq
    exact h ⟨hp, hq⟩
  · left
    exact hp

/-- `¬(p ∧ q) ↔ (p → ¬q)` (Lean's `not_and`). -/
theorem not_and_iff_imp_not : ¬(p ∧ q) ↔ (p → ¬q) :=
  not_and

/-! ### Distributivity -/

/-- `∧` distributes over `∨` (Lean's `and_or_left`). -/
theorem and_or_distrib : p ∧ (q ∨ r) ↔ (p ∧ q) ∨ (p ∧ r) :=
  and_or_left

/-- `∨` distributes over `∧`, by hand. -/
theorem or_and_distrib : p ∨ (q ∧ r) ↔ (p ∨ q) ∧ (p ∨ r) := by
  constructor
  · rintro (hp | ⟨hq, hr⟩)
    · exact ⟨Or.inl hp, Or.inl hp⟩
    · exact ⟨Or.inr hq, Or.inr hr⟩
  · rintro ⟨hp | hq, hpr⟩
    · exact Or.inl hp
    · rcases hpr with hp | hr
      · exact Or.inl hp
      · exact Or.inr ⟨hq, hr⟩

/-! ### Equivalence -/

/-- `↔` is transitive. -/
theorem iff_trans' (h₁ : p ↔ q) (h₂ : q ↔ r) : p ↔ r := by
  constructor
  · intro hp
    exact h₂.mp (h₁.mp hp)
  · intro hr
    exact h₁.mpr (h₂.mpr hr)

/-- `↔` is symmetric (Lean's `iff_comm`). -/
theorem iff_comm' : (p ↔ q) ↔ (q ↔ p) :=
  iff_comm

/-- An equivalence is a pair of implications (Lean's `iff_iff_implies_and_implies`). -/
theorem iff_iff_imp_and_imp : (p ↔ q) ↔ (p → q) ∧ (q → p) :=
  iff_iff_implies_and_implies

/-- Equivalent propositions can be exchanged inside a conjunction. -/
theorem and_congr_left'' (h : p ↔ q) : p ∧ r ↔ q ∧ r := by
  constructor
  · rintro ⟨hp, hr⟩
    exact ⟨h.mp hp, hr⟩
  · rintro ⟨hq, hr⟩
    exact ⟨h.mpr hq, hr⟩

/-! ### Classical logic -/

/-- Excluded middle (Lean's `Classical.em`). -/
theorem em' : p ∨ ¬p := by
  by_cases h : p
  · exact Or.inl h
  · exact Or.inr h

/-- Double-negation elimination. -/
theorem not_not_elim (h : ¬¬p) : p := by
  by_cases hp : p
  · exact hp
  · exact absurd hp h

/-- Double negation as an equivalence (Lean's `Classical.not_not`). -/
theorem not_not_iff : ¬¬p ↔ p :=
  Classical.not_not

/-- Peirce's law. -/
theorem peirce : ((p → q) → p) → p := by
  intro h
  by_cases hp : p
  · exact hp
  · apply h
    intro hp'
    exact absurd hp' hp

/-- A failed implication: `¬(p → q) ↔ p ∧ ¬q`. -/
theorem not_imp_iff : ¬(p → q) ↔ p ∧ ¬q := by
  constructor
  · intro h
    by_cases hp : p
    · exact ⟨hp, fun hq => h (fun _ => hq)⟩
    · exfalso
      apply h
      intro hp'
      exact absurd hp' hp
  · rintro ⟨hp, hnq⟩ hpq
    exact hnq (hpq hp)

/-- An implication is a disjunction, classically. -/
theorem imp_iff_not_or' : (p → q) ↔ ¬p ∨ q := by
  constructor
  · intro h
    rcases Classical.em p with hp | hnp
    · exact Or.inr (h hp)
    · exact Or.inl hnp
  · rintro (hnp | hq) hp
    · exact absurd hp hnp
    · exact hq

/-- Contraposition is an equivalence, classically. -/
theorem not_imp_not_iff : (¬q → ¬p) ↔ (p → q) := by
  constructor
  · intro h hp
    exact Classical.byContradiction (fun hnq => h hnq hp)
  · intro h hnq hp
    exact hnq (h hp)

/-! ### Closed propositions -/

/-- A closed propositional formula, decided. -/
theorem closed_formula : (True ∧ ¬False) ∨ False := by
  decide

/-- `p ∧ True ↔ p`, by `simp`. -/
theorem and_true' : p ∧ True ↔ p := by
  simp

/-- `trivial` proves `True` and `p → p` by `intro`/`exact`. -/
theorem true_and_id : True ∧ (p → p) := by
  constructor
  · trivial
  · intro hp
    exact hp

end LogicCorpus
