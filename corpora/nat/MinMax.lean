/-!
# `min` and `max` on `Nat`

Lean defines `min a b = if a ≤ b then a else b` and `max a b = if a ≤ b then b else a`
(`Nat.min_def`, `Nat.max_def`). Proofs here unfold these definitions and split on the
condition with `by_cases` and `if_pos`/`if_neg`, or let `omega` do the case split (it
knows `min` and `max`).
-/

namespace NatCorpus

/-- `min a b ≤ a`, by unfolding `min`. -/
theorem min_le_left' (a b : Nat) : min a b ≤ a := by
  rw [Nat.min_def]
  by_cases h : a ≤ b
  · simp only [if_pos h, Nat.le_refl]
  · rw [if_neg h]
    exact Nat.le_of_lt (Nat.lt_of_not_le h)

/-- `min a b ≤ b`, by unfolding `min`. -/
theorem min_le_right' (a b : Nat) : min a b ≤ b := by
  rw [Nat.min_def]
  by_cases h : a ≤ b
  · rw [if_pos h]
    exact h
  · simp only [if_neg h, Nat.le_refl]

/-- `a ≤ max a b`, by `omega`. -/
theorem le_max_left' (a b : Nat) : a ≤ max a b := by
  omega

/-- `max a b = a` when `b ≤ a`. -/
theorem max_eq_left_of_le {a b : Nat} (h : b ≤ a) : max a b = a := by
  rw [Nat.max_def]
  by_cases hab : a ≤ b
  · rw [if_pos hab]
    exact Nat.le_antisymm h hab
  · rw [if_neg hab]

/-- `min a b = a` when `a ≤ b`. -/
theorem min_eq_left_of_le {a b : Nat} (h : a ≤ b) : min a b = a := by
  rw [Nat.min_def, if_pos h]

/-- `min` is commutative. -/
theorem min_comm' (a b : Nat) : min a b = min b a := by
  omega

/-- `max` is commutative. -/
theorem max_comm' (a b : Nat) : max a b = max b a := by
  omega

/-- `min a a = a` and `max a a = a`. -/
theorem min_self_max_self (a : Nat) : min a a = a ∧ max a a = a := by
  constructor
  · rw [Nat.min_self]
  · rw [Nat.max_self]

/-- `min` is associative (Lean's `Nat.min_assoc`). -/
theorem min_assoc' (a b c : Nat) : min (min a b) c = min a (min b c) := by
  rw [Nat.min_assoc]

/-- The smaller plus the larger is the sum. -/
theorem min_add_max (a b : Nat) : min a b + max a b = a + b := by
  omega

/-- The larger minus the smaller is the distance. -/
theorem max_sub_min (a b : Nat) : max a b - min a b = a - b + (b - a) := by
  omega

/-- `max a b ≤ c` exactly when both are. -/
theorem max_le_iff' (a b c : Nat) : max a b ≤ c ↔ a ≤ c ∧ b ≤ c := by
  constructor
  · intro h
    exact ⟨by omega, by omega⟩
  · rintro ⟨ha, hb⟩
    omega

/-- `c ≤ min a b` exactly when `c` is below both. -/
theorem le_min_iff' (a b c : Nat) : c ≤ min a b ↔ c ≤ a ∧ c ≤ b := by
  constructor
  · intro h
    constructor <;> omega
  · intro h
    obtain ⟨ha, hb⟩ := h
    omega

/-- A minimum is zero exactly when one of the arguments is (Lean's `Nat.min_eq_zero_iff`). -/
theorem min_eq_zero_iff' {m n : Nat} : min m n = 0 ↔ m = 0 ∨ n = 0 :=
  Nat.min_eq_zero_iff

/-- A maximum is zero exactly when both arguments are. -/
theorem max_eq_zero_iff' {m n : Nat} : max m n = 0 ↔ m = 0 ∧ n = 0 :=
  Nat.max_eq_zero_iff

/-- The successor commutes with `max`. -/
theorem succ_max_succ' (x y : Nat) : max (x + 1) (y + 1) = max x y + 1 :=
  Nat.succ_max_succ x y

/-- The successor commutes with `min`. -/
theorem succ_min_succ' (x y : Nat) : min (x + 1) (y + 1) = min x y + 1 :=
  Nat.succ_min_succ x y

/-- `a - (a - b) = min a b`. -/
theorem sub_sub_eq_min' (a b : Nat) : a - (a - b) = min a b := by
  rw [Nat.sub_sub_eq_min]

/-- `n - m + min n m = n`. -/
theorem sub_add_min_cancel' (n m : Nat) : n - m + min n m = n := by
  rw [Nat.sub_add_min_cancel]

/-- Adding the same number on the right commutes with `max`. -/
theorem max_add_right (a b c : Nat) : max (a + c) (b + c) = max a b + c := by
  omega

/-- `min a b < c` exactly when one of them is below `c`. -/
theorem min_lt_iff' (a b c : Nat) : min a b < c ↔ a < c ∨ b < c := by
  omega

end NatCorpus
