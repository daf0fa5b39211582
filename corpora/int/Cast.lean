/-!
# Casts between `Nat` and `Int`, `Int.toNat` and `Int.natAbs`

The cast `(n : Int)` (also written `↑n`) commutes with `+`, `*` and `^`
(`Int.natCast_add`, `Int.natCast_mul`, `Int.natCast_pow`), preserves and reflects `≤`, `<`
and `=` (`Int.ofNat_le`, `Int.ofNat_lt`, `Int.ofNat_inj`), and is nonnegative
(`Int.ofNat_zero_le`). `Int.toNat` cuts negative numbers to `0`; `Int.natAbs` is the
absolute value as a natural number. `omega` understands all of them, and `exact_mod_cast`
moves goals across the cast.
-/

namespace IntCorpus

/-! ### The cast `Nat → Int` -/

/-- The cast commutes with addition. -/
theorem natCast_add' (a b : Nat) : ((a + b : Nat) : Int) = (a : Int) + (b : Int) := by
  rw [Int.natCast_add]

/-- The cast commutes with multiplication. -/
theorem natCast_mul' (a b : Nat) : ((a * b : Nat) : Int) = (a : Int) * (b : Int) := by
  rw [Int.natCast_mul]

/-- The cast commutes with powers. -/
theorem natCast_pow' (m n : Nat) : ((m ^ n : Nat) : Int) = (m : Int) ^ n := by
  rw [Int.natCast_pow]

/-- A cast is nonnegative. -/
theorem natCast_nonneg' (n : Nat) : 0 ≤ (n : Int) := by
  apply Int.ofNat_zero_le

/-- The cast preserves and reflects `≤`. -/
theorem natCast_le_iff {m n : Nat} : (m : Int) ≤ (n : Int) ↔ m ≤ n :=
  Int.ofNat_le

/-- The cast preserves and reflects `<`. -/
theorem natCast_lt_iff {m n : Nat} : (m : Int) < (n : Int) ↔ m < n :=
  Int.ofNat_lt

/-- The cast is injective. -/
theorem natCast_inj_iff {m n : Nat} : (m : Int) = (n : Int) ↔ m = n :=
  Int.ofNat_inj

/-- Divisibility is the same before and after the cast. -/
theorem natCast_dvd_iff {m n : Nat} : (m : Int) ∣ (n : Int) ↔ m ∣ n :=
  Int.natCast_dvd_natCast

/-- A cast of a sum of casts, expanded twice. -/
theorem natCast_add_add (a b c : Nat) :
    ((a + b + c : Nat) : Int) = (a : Int) + (b : Int) + (c : Int) := by
  rw [Int.natCast_add, Int.natCast_add]

/-- Moving a strict inequality into `Int` with `exact_mod_cast`. -/
theorem natCast_lt_of_lt {a b : Nat} (h : a < b) : (a : Int) < (b : Int) := by
  exact_mod_cast h

/-- Moving an equation out of `Int` with `exact_mod_cast`. -/
theorem eq_of_natCast_eq {a b : Nat} (h : (a : Int) = (b : Int)) : a = b := by
  exact_mod_cast h

/-- Truncated subtraction is the integer subtraction when it does not truncate. -/
theorem natCast_sub_of_le {m n : Nat} (h : m ≤ n) : ((n - m : Nat) : Int) = (n : Int) - (m : Int) := by
  omega

/-- A statement about `Nat` solved through its cast. -/
theorem nat_eq_of_int_eq {n : Nat} (h : (n : Int) - 3 = 4) : n = 7 := by
  omega

/-- The integer `↑a - ↑b` is negative exactly when `a < b`. -/
theorem natCast_sub_neg_iff (a b : Nat) : (a : Int) - (b : Int) < 0 ↔ a < b := by
  omega

/-! ### `Int.toNat` -/

/-- `toNat` of a nonnegative integer casts back to it. -/
theorem toNat_of_nonneg' {a : Int} (h : 0 ≤ a) : (a.toNat : Int) = a := by
  apply Int.toNat_of_nonneg
  exact h

/-- `toNat` undoes the cast. -/
theorem toNat_natCast' (n : Nat) : (n : Int).toNat = n := by
  simp

/-- `toNat` cuts negative numbers to zero. -/
theorem toNat_neg_five : (-5 : Int).toNat = 0 := by
  decide

/-- `toNat` of a positive literal. -/
theorem toNat_seven : (7 : Int).toNat = 7 := by
  decide

/-- `toNat` is monotone, by `omega`. -/
theorem toNat_le_toNat {a b : Int} (h : a ≤ b) : a.toNat ≤ b.toNat := by
  omega

/-! ### `Int.natAbs` -/

/-- `natAbs` of a cast. -/
theorem natAbs_natCast' (n : Nat) : (n : Int).natAbs = n := by
  simp

/-- `natAbs` ignores the sign. -/
theorem natAbs_neg' (a : Int) : (-a).natAbs = a.natAbs := by
  rw [Int.natAbs_neg]

/-- `natAbs` is multiplicative. -/
theorem natAbs_mul' (a b : Int) : (a * b).natAbs = a.natAbs * b.natAbs := by
  rw [Int.natAbs_mul]

/-- `natAbs a = 0` only for `a = 0`. -/
theorem natAbs_eq_zero_iff' {a : Int} : a.natAbs = 0 ↔ a = 0 :=
  Int.natAbs_eq_zero

/-- `natAbs` of a nonnegative integer casts back to it. -/
theorem natAbs_of_nonneg' {a : Int} (h : 0 ≤ a) : (a.natAbs : Int) = a := by
  apply Int.natAbs_of_nonneg
  assumption

/-- Every integer is its absolute value or its negation. -/
theorem eq_natAbs_or_neg (a : Int) : a = (a.natAbs : Int) ∨ a = -(a.natAbs : Int) := by
  rcases Int.natAbs_eq a with h | h
  · left
    exact h
  · right
    exact h

/-- The triangle inequality for `natAbs`. -/
theorem natAbs_add_le' (a b : Int) : (a + b).natAbs ≤ a.natAbs + b.natAbs :=
  Int.natAbs_add_le a b

/-- `natAbs (-7) = 7`. -/
theorem natAbs_neg_seven : (-7 : Int).natAbs = 7 := by
  decide

/-- `natAbs a * natAbs a` casts to `a * a`. -/
theorem natAbs_mul_self'' (a : Int) : ((a.natAbs * a.natAbs : Nat) : Int) = a * a :=
  Int.natAbs_mul_self

/-- `natAbs` of a difference is symmetric. -/
theorem natAbs_sub_comm (a b : Int) : (a - b).natAbs = (b - a).natAbs := by
  rw [← Int.natAbs_neg (a - b), Int.neg_sub]

/-- A bound on `natAbs` is a two-sided bound. -/
theorem natAbs_le_iff (a : Int) (n : Nat) : a.natAbs ≤ n ↔ -(n : Int) ≤ a ∧ a ≤ (n : Int) := by
  omega

end IntCorpus
