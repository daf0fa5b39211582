/-!
# Order on `Int`

Inequalities between integers from Lean's `Int` order lemmas (`Int.le_trans`,
`Int.add_le_add`, `Int.neg_le_neg`, `Int.sub_nonneg`, `Int.mul_pos`, `Int.lt_trichotomy`,
`Int.min_le_left`, `Int.le_max_left`, …), a `calc` chain, and `omega` for linear goals.
-/

namespace IntCorpus

/-- Transitivity of `≤`. -/
theorem le_trans' {a b c : Int} (h₁ : a ≤ b) (h₂ : b ≤ c) : a ≤ c := by
  apply Int.le_trans h₁
  exact h₂

/-- Mixed transitivity. -/
theorem lt_of_le_of_lt' {a b c : Int} (h₁ : a ≤ b) (h₂ : b < c) : a < c := by
  calc a ≤ b := h₁
    _ < c := h₂

/-- A `calc` chain through a sum. -/
theorem calc_sum {a b c d : Int} (h₁ : a ≤ b) (h₂ : c ≤ d) (h₃ : b + d ≤ 10) : a + c ≤ 10 :=
  calc a + c ≤ b + d := Int.add_le_add h₁ h₂
    _ ≤ 10 := h₃

/-- Negation reverses `≤`. -/
theorem neg_le_neg' {a b : Int} (h : a ≤ b) : -b ≤ -a := by
  apply Int.neg_le_neg
  exact h

/-- `0 ≤ a - b ↔ b ≤ a`. -/
theorem sub_nonneg_iff' {a b : Int} : 0 ≤ a - b ↔ b ≤ a :=
  Int.sub_nonneg

/-- A nonnegative difference gives an inequality. -/
theorem le_of_sub_nonneg' {a b : Int} (h : 0 ≤ a - b) : b ≤ a :=
  Int.le_of_sub_nonneg h

/-- A product of positive integers is positive. -/
theorem mul_pos' {a b : Int} (ha : 0 < a) (hb : 0 < b) : 0 < a * b := by
  apply Int.mul_pos <;> assumption

/-- A product of two negative integers is positive. -/
theorem mul_pos_of_neg_of_neg' {a b : Int} (ha : a < 0) (hb : b < 0) : 0 < a * b := by
  apply Int.mul_pos_of_neg_of_neg
  · exact ha
  · exact hb

/-- Multiplying by a positive integer preserves `<`. -/
theorem mul_lt_mul_of_pos_left' {a b c : Int} (h : a < b) (hc : 0 < c) : c * a < c * b :=
  Int.mul_lt_mul_of_pos_left h hc

/-- The negation of a positive integer is negative. -/
theorem neg_neg_of_pos' {a : Int} (h : 0 < a) : -a < 0 :=
  Int.neg_neg_of_pos h

/-- Integer trichotomy, used to prove `a ≠ b → a < b ∨ b < a`. -/
theorem lt_or_gt_of_ne' {a b : Int} (h : a ≠ b) : a < b ∨ b < a := by
  rcases Int.lt_trichotomy a b with h' | h' | h'
  · exact Or.inl h'
  · exact absurd h' h
  · exact Or.inr h'

/-- `<` is irreflexive. -/
theorem lt_irrefl' (a : Int) : ¬a < a :=
  Int.lt_irrefl a

/-- `a < b ↔ a + 1 ≤ b` on the integers. -/
theorem lt_iff_add_one_le' {a b : Int} : a < b ↔ a + 1 ≤ b :=
  Int.lt_iff_add_one_le

/-- `min a b` is below both arguments. -/
theorem min_le_both (a b : Int) : min a b ≤ a ∧ min a b ≤ b := by
  constructor
  · exact Int.min_le_left a b
  · exact Int.min_le_right a b

/-- `max a b` is above both arguments. -/
theorem le_max_both (a b : Int) : a ≤ max a b ∧ b ≤ max a b := by
  refine ⟨?_, ?_⟩
  · exact Int.le_max_left a b
  · exact Int.le_max_right a b

/-- `min` of comparable integers. -/
theorem min_eq_left' {a b : Int} (h : a ≤ b) : min a b = a := by
  rw [Int.min_eq_left h]

/-- `max a b ≤ c` exactly when both are. -/
theorem max_le_iff' {a b c : Int} : max a b ≤ c ↔ a ≤ c ∧ b ≤ c :=
  Int.max_le

/-- A linear bound on integers, by `omega`. -/
theorem linear_bound' {x y : Int} (h₁ : x + y ≤ 3) (h₂ : x - y ≥ 1) (h₃ : y ≥ -2) : x ≤ 5 := by
  omega

/-- Between two consecutive integers there is no integer. -/
theorem no_int_between (x : Int) (n : Int) (h₁ : n < x) (h₂ : x < n + 1) : False := by
  omega

/-- The absolute value bound `|a| ≤ 3` as two inequalities. -/
theorem abs_bound {a : Int} (h₁ : -3 ≤ a) (h₂ : a ≤ 3) : a * 1 ≤ 3 ∧ -a ≤ 3 := by
  rw [Int.mul_one]
  exact ⟨h₂, by omega⟩

end IntCorpus
