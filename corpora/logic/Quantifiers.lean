/-!
# Quantifiers over `Nat` and `Int`

First-order reasoning with `∀` and `∃` over concrete arithmetic predicates: giving
witnesses (`⟨w, proof⟩`, `exists`), using them (`obtain`, `rcases`), specialising
universal hypotheses (`specialize`, application), swapping quantifiers, and the
quantifier De Morgan laws (Lean's `not_exists`, `forall_and`, `exists_or`). Bounded
quantifiers over small ranges are decided by `decide`.
-/

namespace LogicCorpus

/-! ### Existential statements -/

/-- Every natural number has a larger one. -/
theorem exists_gt' (n : Nat) : ∃ m, n < m := by
  refine ⟨n + 1, ?_⟩
  exact Nat.lt_succ_self n

/-- A witness found by `exists`. -/
theorem exists_succ_eq (n : Nat) : ∃ m : Nat, m = n + 1 := by
  exists n + 1

/-- `49` is a square. -/
theorem exists_sq_eq_49 : ∃ n : Nat, n * n = 49 := by
  exists 7

/-- Every number has an even number above it. -/
theorem exists_even_gt (n : Nat) : ∃ m, n < m ∧ m % 2 = 0 :=
  ⟨2 * n + 2, by omega, by omega⟩

/-- Every integer has an additive inverse. -/
theorem exists_add_eq_zero (x : Int) : ∃ y : Int, x + y = 0 :=
  ⟨-x, by omega⟩

/-- A negative square root of `4`. -/
theorem exists_neg_sqrt_four : ∃ x : Int, x * x = 4 ∧ x < 0 :=
  ⟨-2, by decide⟩

/-- Zero is a lower bound for all of `Nat`: `∃ m, ∀ n, m ≤ n`. -/
theorem exists_forall_le : ∃ m : Nat, ∀ n : Nat, m ≤ n := by
  refine ⟨0, ?_⟩
  intro n
  exact Nat.zero_le n

/-- Every number is even or one more than an even number. -/
theorem exists_half (n : Nat) : ∃ k, n = 2 * k ∨ n = 2 * k + 1 := by
  refine ⟨n / 2, ?_⟩
  omega

/-- Using an existential hypothesis with `obtain`. -/
theorem lt_of_exists_add {a b : Nat} (h : ∃ c, b = a + c + 1) : a < b := by
  obtain ⟨c, hc⟩ := h
  omega

/-- Using an existential hypothesis with `rcases` and `rfl`. -/
theorem even_of_exists {n : Nat} (h : ∃ k, n = 2 * k) : n % 2 = 0 := by
  rcases h with ⟨k, rfl⟩
  exact Nat.mul_mod_right 2 k

/-! ### Universal statements -/

/-- A universal statement proved by `intro`. -/
theorem forall_add_zero : ∀ n : Nat, n + 0 = n := by
  intro n
  rfl

/-- Specialising a universal hypothesis with `specialize`. -/
theorem specialize_example (h : ∀ n : Nat, n + 2 > 3 → n > 1) : 5 > 1 := by
  specialize h 5 (by decide)
  exact h

/-- A universal hypothesis used by application. -/
theorem apply_forall (f : ∀ n : Nat, n ≤ 2 * n) : 7 ≤ 14 := by
  apply f

/-- No natural number is below zero (Lean's `Nat.not_lt_zero`). -/
theorem not_exists_lt_zero : ¬∃ n : Nat, n < 0 := by
  rintro ⟨n, hn⟩
  exact Nat.not_lt_zero n hn

/-- Not every number is below `5`. -/
theorem not_forall_lt_five : ¬∀ n : Nat, n < 5 := by
  intro h
  exact Nat.lt_irrefl 5 (h 5)

/-! ### Swapping quantifiers -/

/-- `∃ ∀` implies `∀ ∃`. -/
theorem exists_forall_imp_forall_exists :
    (∃ m : Nat, ∀ n : Nat, m ≤ n + m) → ∀ n : Nat, ∃ m : Nat, m ≤ n + m := by
  rintro ⟨m, hm⟩ n
  exact ⟨m, hm n⟩

/-- Two universal quantifiers commute. -/
theorem forall_swap' : (∀ a b : Nat, a + b = b + a) → ∀ b a : Nat, a + b = b + a := by
  intro h b a
  exact h a b

/-- Two existential quantifiers commute. -/
theorem exists_swap' :
    (∃ a : Nat, ∃ b : Nat, a + b = 3 ∧ a = 1) → ∃ b : Nat, ∃ a : Nat, a + b = 3 ∧ a = 1 := by
  rintro ⟨a, b, h⟩
  exact ⟨b, a, h⟩

/-- A concrete instance of both directions. -/
theorem forall_exists_sum : ∀ a b : Nat, ∃ c, a + b = c := by
  intro a b
  exact ⟨a + b, rfl⟩

/-! ### De Morgan and distributivity for quantifiers -/

/-- `¬∃` is `∀¬` (Lean's `not_exists`). -/
theorem not_exists_succ_eq_zero : (¬∃ n : Nat, n + 1 = 0) ↔ ∀ n : Nat, ¬(n + 1 = 0) :=
  not_exists

/-- A `¬∃` statement proved through `not_exists`. -/
theorem no_succ_is_zero : ¬∃ n : Nat, n + 1 = 0 := by
  rw [not_exists]
  intro n
  exact Nat.succ_ne_zero n

/-- `∀` distributes over `∧` (Lean's `forall_and`). -/
theorem forall_and_bounds :
    (∀ n : Nat, 0 ≤ n ∧ n < n + 1) ↔ (∀ n : Nat, 0 ≤ n) ∧ (∀ n : Nat, n < n + 1) :=
  forall_and

/-- Both halves of a `∀ ∧` statement, proved directly. -/
theorem forall_and_bounds_proof : (∀ n : Nat, 0 ≤ n) ∧ (∀ n : Nat, n < n + 1) := by
  constructor
  · intro n
    exact Nat.zero_le n
  · intro n
    exact Nat.lt_succ_self n

/-- `∃` distributes over `∨` (Lean's `exists_or`). -/
theorem exists_or_example :
    (∃ n : Nat, n = 2 ∨ n = 3) ↔ (∃ n : Nat, n = 2) ∨ ∃ n : Nat, n = 3 :=
  exists_or

/-- `¬∀` gives `∃¬`, classically: if not every `n` has `n * n ≠ 2 * n`, some `n` has
`n * n = 2 * n`. -/
theorem exists_of_not_forall_ne (h : ¬∀ n : Nat, n * n ≠ 2 * n) : ∃ n : Nat, n * n = 2 * n := by
  apply Classical.byContradiction
  intro hne
  apply h
  intro n hn
  exact hne ⟨n, hn⟩

/-! ### Bounded quantifiers, decided -/

/-- Every number below `5` has its square below `25`. -/
theorem forall_lt_five_sq : ∀ n, n < 5 → n * n < 25 := by
  decide

/-- Some number below `10` has square `49`. -/
theorem exists_lt_ten_sq : ∃ n, n < 10 ∧ n * n = 49 := by
  decide

/-- No number below `20` has square `50`. -/
theorem not_exists_sq_fifty : ¬∃ n, n < 20 ∧ n * n = 50 := by
  decide

end LogicCorpus
