/-
Lean core's logic lemmas over a type `α` and predicates `p q : α → Prop` (`Init/PropLemmas.lean`,
`Init/Core.lean`), under their real names and statements, proved by the native checker when they
are first needed. The fragment has no type variables, so the loader (`GenericLemmas`) checks this
file once for each of `α := Nat`, `Int` and `Prop` (a lemma that does not mention `α` once), with
the section variables `{p q : α → Prop}`, `(P : α → Prop)` and `{b c : Prop}` in scope, and the
elaborator picks the instance by unification, as Lean's instantiates `α`.
-/

@[simp] theorem not_exists : (¬∃ x : α, p x) ↔ ∀ x : α, ¬p x := by
  constructor
  · intro h x hx
    exact h ⟨x, hx⟩
  · rintro h ⟨x, hx⟩
    exact h x hx

theorem forall_and : (∀ x : α, p x ∧ q x) ↔ (∀ x : α, p x) ∧ (∀ x : α, q x) := by
  constructor
  · intro h
    exact ⟨fun x => (h x).1, fun x => (h x).2⟩
  · intro h x
    exact ⟨h.1 x, h.2 x⟩

theorem exists_or : (∃ x : α, p x ∨ q x) ↔ (∃ x : α, p x) ∨ ∃ x : α, q x := by
  constructor
  · rintro ⟨x, hp | hq⟩
    · exact Or.inl ⟨x, hp⟩
    · exact Or.inr ⟨x, hq⟩
  · rintro (⟨x, hp⟩ | ⟨x, hq⟩)
    · exact ⟨x, Or.inl hp⟩
    · exact ⟨x, Or.inr hq⟩

theorem exists_imp : ((∃ x : α, p x) → b) ↔ ∀ x : α, p x → b := by
  constructor
  · intro h x hx
    exact h ⟨x, hx⟩
  · rintro h ⟨x, hx⟩
    exact h x hx

theorem forall_imp (h : ∀ a : α, p a → q a) : (∀ a : α, p a) → ∀ a : α, q a :=
  fun h' a => h a (h' a)

theorem Exists.imp (h : ∀ a : α, p a → q a) : (∃ a : α, p a) → ∃ a : α, q a := by
  rintro ⟨a, ha⟩
  exact ⟨a, h a ha⟩

theorem forall_congr' (h : ∀ a : α, p a ↔ q a) : (∀ a : α, p a) ↔ ∀ a : α, q a :=
  ⟨fun h' a => (h a).mp (h' a), fun h' a => (h a).mpr (h' a)⟩

theorem exists_congr (h : ∀ a : α, p a ↔ q a) : (∃ a : α, p a) ↔ ∃ a : α, q a := by
  constructor
  · rintro ⟨a, ha⟩
    exact ⟨a, (h a).mp ha⟩
  · rintro ⟨a, ha⟩
    exact ⟨a, (h a).mpr ha⟩

theorem forall_not_of_not_exists (h : ¬∃ x : α, p x) : ∀ x : α, ¬p x :=
  fun x hx => h ⟨x, hx⟩

theorem not_exists_of_forall_not (h : ∀ x : α, ¬p x) : ¬∃ x : α, p x := by
  rintro ⟨x, hx⟩
  exact h x hx

theorem not_forall_of_exists_not : (∃ x : α, ¬p x) → ¬∀ x : α, p x := by
  rintro ⟨x, hx⟩ h
  exact hx (h x)

theorem Exists.elim (h₁ : ∃ x : α, p x) (h₂ : ∀ (a : α), p a → b) : b := by
  obtain ⟨a, ha⟩ := h₁
  exact h₂ a ha

@[simp] theorem exists_false : ¬(∃ _a : α, False) := by
  rintro ⟨_, h⟩
  exact h

@[simp] theorem forall_eq {a' : α} : (∀ a : α, a = a' → p a) ↔ p a' := by
  constructor
  · intro h
    exact h a' rfl
  · intro h a e
    subst e
    exact h

@[simp] theorem forall_eq' {a' : α} : (∀ a : α, a' = a → p a) ↔ p a' := by
  constructor
  · intro h
    exact h a' rfl
  · intro h a e
    subst e
    exact h

@[simp] theorem exists_eq {a' : α} : ∃ a : α, a = a' := ⟨a', rfl⟩

@[simp] theorem exists_eq' {a' : α} : ∃ a : α, a' = a := ⟨a', rfl⟩

@[simp] theorem exists_eq_left {a' : α} : (∃ a : α, a = a' ∧ p a) ↔ p a' := by
  constructor
  · rintro ⟨a, e, h⟩
    subst e
    exact h
  · intro h
    exact ⟨a', rfl, h⟩

@[simp] theorem exists_eq_right {a' : α} : (∃ a : α, p a ∧ a = a') ↔ p a' := by
  constructor
  · rintro ⟨a, h, e⟩
    subst e
    exact h
  · intro h
    exact ⟨a', h, rfl⟩

@[simp] theorem exists_eq_left' {a' : α} : (∃ a : α, a' = a ∧ p a) ↔ p a' := by
  constructor
  · rintro ⟨a, e, h⟩
    subst e
    exact h
  · intro h
    exact ⟨a', rfl, h⟩

@[simp] theorem exists_eq_right' {a' : α} : (∃ a : α, p a ∧ a' = a) ↔ p a' := by
  constructor
  · rintro ⟨a, h, e⟩
    subst e
    exact h
  · intro h
    exact ⟨a', h, rfl⟩

@[simp] theorem exists_and_left : (∃ x : α, b ∧ p x) ↔ b ∧ (∃ x : α, p x) := by
  constructor
  · rintro ⟨x, hb, hx⟩
    exact ⟨hb, x, hx⟩
  · rintro ⟨hb, x, hx⟩
    exact ⟨x, hb, hx⟩

@[simp] theorem exists_and_right : (∃ x : α, p x ∧ b) ↔ (∃ x : α, p x) ∧ b := by
  constructor
  · rintro ⟨x, hx, hb⟩
    exact ⟨⟨x, hx⟩, hb⟩
  · rintro ⟨⟨x, hx⟩, hb⟩
    exact ⟨x, hx, hb⟩

theorem eq_comm {a b : α} : a = b ↔ b = a :=
  ⟨fun h => h.symm, fun h => h.symm⟩

theorem Eq.comm {a b : α} : a = b ↔ b = a :=
  ⟨fun h => h.symm, fun h => h.symm⟩

theorem ne_comm {a b : α} : a ≠ b ↔ b ≠ a :=
  ⟨fun h e => h e.symm, fun h e => h e.symm⟩

@[simp] theorem Classical.not_forall : (¬∀ x : α, p x) ↔ ∃ x : α, ¬p x := by
  constructor
  · intro h
    apply Classical.byContradiction
    intro hn
    apply h
    intro x
    apply Classical.byContradiction
    intro hx
    exact hn ⟨x, hx⟩
  · rintro ⟨x, hx⟩ h
    exact hx (h x)

theorem Classical.not_forall_not : (¬∀ x : α, ¬p x) ↔ ∃ x : α, p x := by
  constructor
  · intro h
    apply Classical.byContradiction
    intro hn
    apply h
    intro x hx
    exact hn ⟨x, hx⟩
  · rintro ⟨x, hx⟩ h
    exact h x hx

theorem Classical.not_exists_not : (¬∃ x : α, ¬p x) ↔ ∀ x : α, p x := by
  constructor
  · intro h x
    apply Classical.byContradiction
    intro hx
    exact h ⟨x, hx⟩
  · rintro h ⟨x, hx⟩
    exact hx (h x)

theorem Classical.forall_or_exists_not : (∀ a : α, P a) ∨ ∃ a : α, ¬P a := by
  by_cases h : ∃ a : α, ¬P a
  · exact Or.inr h
  · left
    intro a
    apply Classical.byContradiction
    intro ha
    exact h ⟨a, ha⟩

theorem Classical.exists_or_forall_not : (∃ a : α, P a) ∨ ∀ a : α, ¬P a := by
  by_cases h : ∃ a : α, P a
  · exact Or.inl h
  · right
    intro a ha
    exact h ⟨a, ha⟩

theorem imp_and {β : Prop} : (β → b ∧ c) ↔ (β → b) ∧ (β → c) := by
  constructor
  · intro h
    exact ⟨fun x => (h x).1, fun x => (h x).2⟩
  · intro h x
    exact ⟨h.1 x, h.2 x⟩
