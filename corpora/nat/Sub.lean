/-!
# Truncated subtraction on `Nat`

On `Nat`, `a - b = 0` whenever `a ≤ b` (`3 - 5 = 0`), so the usual laws of subtraction
hold only under side conditions. This file collects Lean's lemmas for it
(`Nat.sub_add_cancel`, `Nat.add_sub_cancel`, `Nat.sub_le`, `Nat.sub_sub`, …), shows where
they need a hypothesis, and uses `omega`, which splits on every truncated subtraction.
-/

namespace NatCorpus

/-! ### Truncation -/

/-- Subtraction truncates at zero: `3 - 5 = 0`. -/
theorem three_sub_five : 3 - 5 = 0 := by
  decide

/-- So adding back does not undo it: `(3 - 5) + 5 ≠ 3`. -/
theorem three_sub_five_add_five : 3 - 5 + 5 ≠ 3 := by
  decide

/-- `a - b = 0` exactly when `a ≤ b` (one direction, Lean's `Nat.sub_eq_zero_of_le`). -/
theorem sub_eq_zero_of_le' {a b : Nat} (h : a ≤ b) : a - b = 0 :=
  Nat.sub_eq_zero_of_le h

/-- A zero difference means `a ≤ b` (Lean's `Nat.le_of_sub_eq_zero`). -/
theorem le_of_sub_eq_zero' {a b : Nat} (h : a - b = 0) : a ≤ b :=
  Nat.le_of_sub_eq_zero h

/-- Both directions: `a - b = 0 ↔ a ≤ b`. -/
theorem sub_eq_zero_iff_le' (a b : Nat) : a - b = 0 ↔ a ≤ b := by
  constructor
  · exact Nat.le_of_sub_eq_zero
  · exact Nat.sub_eq_zero_of_le

/-! ### Cancellation -/

/-- `n - m + m = n` needs `m ≤ n`. -/
theorem sub_add_cancel' {n m : Nat} (h : m ≤ n) : n - m + m = n := by
  rw [Nat.sub_add_cancel h]

/-- `n + m - m = n` holds unconditionally. -/
theorem add_sub_cancel' (n m : Nat) : n + m - m = n := by
  rw [Nat.add_sub_cancel]

/-- `n + m - n = m` holds unconditionally. -/
theorem add_sub_cancel_left' (n m : Nat) : n + m - n = m := by
  rw [Nat.add_sub_cancel_left]

/-- `a + (b - a) = b` needs `a ≤ b`. -/
theorem add_sub_of_le' {a b : Nat} (h : a ≤ b) : a + (b - a) = b := by
  rw [Nat.add_sub_of_le h]

/-- Subtracting a difference: `n - (n - m) = m` when `m ≤ n`. -/
theorem sub_sub_self' {n m : Nat} (h : m ≤ n) : n - (n - m) = m := by
  rw [Nat.sub_sub_self h]

/-- Without the hypothesis the identity fails: `2 - (2 - 5) ≠ 5`. -/
theorem sub_sub_self_fails : 2 - (2 - 5) ≠ 5 := by
  decide

/-- `n + 1 - 1 = n`. -/
theorem succ_sub_one' (n : Nat) : n + 1 - 1 = n := by
  simp

/-- Subtracting and then adding `2` back, for `2 ≤ n`. -/
theorem sub_two_add_two {n : Nat} (h : 2 ≤ n) : n - 2 + 2 = n :=
  Nat.sub_add_cancel h

/-! ### Rearranging -/

/-- Subtracting twice is subtracting the sum. -/
theorem sub_sub' (n m k : Nat) : n - m - k = n - (m + k) := by
  rw [Nat.sub_sub]

/-- Moving an addition across a subtraction: `n + m - k = n - k + m` when `k ≤ n`. -/
theorem sub_add_comm' {n m k : Nat} (h : k ≤ n) : n + m - k = n - k + m := by
  rw [Nat.sub_add_comm h]

/-- Multiplication distributes over truncated subtraction. -/
theorem mul_sub' (n m k : Nat) : n * (m - k) = n * m - n * k := by
  rw [Nat.mul_sub_left_distrib]

/-- `a - b = c ↔ a = c + b` when `b ≤ a`. -/
theorem sub_eq_iff_eq_add'' {a b c : Nat} (h : b ≤ a) : a - b = c ↔ a = c + b :=
  Nat.sub_eq_iff_eq_add h

/-- Recovering the minuend from the difference. -/
theorem eq_add_of_sub_eq' {a b c : Nat} (hle : b ≤ a) (h : a - b = c) : a = c + b :=
  Nat.eq_add_of_sub_eq hle h

/-- `a - b + b` is the maximum of `a` and `b`. -/
theorem sub_add_eq_max' (a b : Nat) : a - b + b = max a b := by
  rw [Nat.sub_add_eq_max]

/-! ### Order -/

/-- A difference is at most the minuend. -/
theorem sub_le' (n m : Nat) : n - m ≤ n :=
  Nat.sub_le n m

/-- A positive amount taken from a positive number makes it smaller. -/
theorem sub_lt' {n m : Nat} (hn : 0 < n) (hm : 0 < m) : n - m < n := by
  apply Nat.sub_lt <;> assumption

/-- The difference is positive exactly when the subtrahend is smaller. -/
theorem sub_pos_of_lt' {m n : Nat} (h : m < n) : 0 < n - m :=
  Nat.sub_pos_of_lt h

/-- Subtracting more gives less: `m - n < m - k` when `k < m` and `k < n`. -/
theorem sub_lt_sub_left' {k m n : Nat} (hkm : k < m) (hkn : k < n) : m - n < m - k :=
  Nat.sub_lt_sub_left hkm hkn

/-- `n - 1 < n` for `n ≠ 0`. -/
theorem sub_one_lt' {n : Nat} (h : n ≠ 0) : n - 1 < n := by
  omega

/-- Subtraction is monotone in the minuend. -/
theorem sub_le_sub_right' {n m : Nat} (h : n ≤ m) (k : Nat) : n - k ≤ m - k := by
  apply Nat.sub_le_sub_right
  exact h

/-! ### Solving with `omega` -/

/-- A subtraction equation with a known subtrahend. -/
theorem eq_of_sub_eq_five {a b : Nat} (h : a - b = 5) (hb : b = 3) : a = 8 := by
  subst hb
  omega

/-- Truncated subtraction never exceeds either bound. -/
theorem sub_le_of_le_add {a b c : Nat} (h : a ≤ b + c) : a - b ≤ c := by
  omega

/-- The two differences `a - b` and `b - a` cannot both be positive. -/
theorem sub_eq_zero_or_sub_eq_zero (a b : Nat) : a - b = 0 ∨ b - a = 0 := by
  rcases Nat.le_total a b with h | h
  · left
    exact Nat.sub_eq_zero_of_le h
  · right
    exact Nat.sub_eq_zero_of_le h

/-- The distance `(a - b) + (b - a)` is symmetric. -/
theorem dist_comm (a b : Nat) : a - b + (b - a) = b - a + (a - b) := by
  rw [Nat.add_comm]

/-- The distance between `a` and `b` is zero only when `a = b`. -/
theorem eq_of_dist_eq_zero {a b : Nat} (h : a - b + (b - a) = 0) : a = b := by
  obtain ⟨h₁, h₂⟩ := Nat.eq_zero_of_add_eq_zero h
  exact Nat.le_antisymm (Nat.le_of_sub_eq_zero h₁) (Nat.le_of_sub_eq_zero h₂)

/-- Subtraction undoes addition inside a longer expression. -/
theorem add_sub_add_right' (n k m : Nat) : n + k - (m + k) = n - m := by
  rw [Nat.add_sub_add_right]

end NatCorpus
