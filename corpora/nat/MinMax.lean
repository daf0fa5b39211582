/-!
# `min` and `max` on `Nat`

Lean defines `min` and `max` with `if` (`Nat.min_def`, `Nat.max_def`), which is outside the native
fragment, so proofs here go through the subtraction characterisations `Nat.sub_sub_eq_min`
(`a - (a - b) = min a b`) and `Nat.sub_add_eq_max` (`a - b + b = max a b`), or let `omega` do the
case split (it knows `min` and `max`).
-/

namespace NatCorpus

/-- `min a b ≤ a`, through `min a b = a - (a - b)`. -/
theorem min_le_left' (a b : Nat) : min a b ≤ a := by
  rw [← Nat.sub_sub_eq_min]
  exact Nat.sub_le a (a - b)

/-- `min a b ≤ b`, through `min a b = a - (a - b)` and `omega`. -/
theorem min_le_right' (a b : Nat) : min a b ≤ b := by
  rw [← Nat.sub_sub_eq_min]
  omega

/-- `a ≤ max a b`, by `omega`. -/
theorem le_max_left' (a b : Nat) : a ≤ max a b := by
  omega

/-- `max a b = a` when `b ≤ a`. -/
theorem max_eq_left_of_le {a b : Nat} (h : b ≤ a) : max a b = a := by
  rw [← Nat.sub_add_eq_max]
  exact Nat.sub_add_cancel h

/-- `min a b = a` when `a ≤ b`. -/
theorem min_eq_left_of_le {a b : Nat} (h : a ≤ b) : min a b = a := by
  rw [← Nat.sub_sub_eq_min, Nat.sub_eq_zero_of_le h, Nat.sub_zero]

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
