/-!
# Exercises, level 3: arithmetic

Rewriting with Lean's lemmas and with hypotheses, `omega` with hypotheses, divisibility
with witnesses, existentials that need a witness, casts and `natAbs`. Solutions are in
`solutions/Level3Arith.lean` (for tests only).
-/

namespace Exercises

/-- Rearranging a sum. -/
theorem l3_add_right_comm (a b c : Nat) : a + b + c = a + c + b := by
  sorry

/-- Rewriting with a hypothesis. -/
theorem l3_rw_hyp (a b : Nat) (h : a = b + 2) : a - 2 = b := by
  sorry

/-- Rewriting twice with hypotheses. -/
theorem l3_rw_twice (a b c : Nat) (h₁ : a = b) (h₂ : b = c) : a + b = c + c := by
  sorry

/-- Doubling a linear expression. -/
theorem l3_double (a b : Nat) (h : a = 2 * b) : a + a = 4 * b := by
  sorry

/-- A linear system with truncated subtraction. -/
theorem l3_system (x y : Nat) (h₁ : x + y = 10) (h₂ : x - y = 4) (h₃ : y ≤ x) : x = 7 := by
  sorry

/-- A remainder computation. -/
theorem l3_mod (n : Nat) (h : n % 4 = 3) : (n + 1) % 4 = 0 := by
  sorry

/-- A Euclidean remainder computation on `Int`. -/
theorem l3_int_mod (x : Int) (h : x % 3 = 2) : (x + 4) % 3 = 0 := by
  sorry

/-- A divisibility with an explicit witness. -/
theorem l3_dvd_witness : 6 ∣ 42 := by
  sorry

/-- Divisibility of a sum. -/
theorem l3_dvd_add (a b : Nat) (ha : 3 ∣ a) (hb : 3 ∣ b) : 3 ∣ a + b := by
  sorry

/-- Divisibility of a multiple. -/
theorem l3_dvd_mul (a b : Nat) (h : a ∣ b) : a ∣ 3 * b := by
  sorry

/-- Divisibility is transitive, by witnesses. -/
theorem l3_dvd_trans (a b c : Nat) (h₁ : a ∣ b) (h₂ : b ∣ c) : a ∣ c := by
  sorry

/-- An integer solution of a linear equation. -/
theorem l3_exists_int : ∃ x : Int, 3 * x + 5 = -7 := by
  sorry

/-- A witness depending on a variable. -/
theorem l3_exists_half (n : Nat) : ∃ k, n * 2 = k + k := by
  sorry

/-- Expanding a square with the successor laws. -/
theorem l3_square_succ (n : Nat) : (n + 1) * (n + 1) = n * n + 2 * n + 1 := by
  sorry

/-- Truncated subtraction undone. -/
theorem l3_sub_add (a b : Nat) (h : b ≤ a) : a - b + b = a := by
  sorry

/-- `natAbs` of a known negative number. -/
theorem l3_natAbs (x : Int) (h : x = -5) : x.natAbs = 5 := by
  sorry

/-- Moving an inequality into `Int`. -/
theorem l3_cast_le (a b : Nat) (h : a ≤ b) : (a : Int) ≤ (b : Int) := by
  sorry

/-- A product of known numbers, with a missing step. -/
theorem l3_structured (a b : Nat) (h : a = 3) (hb : b = a + 1) : a * b = 12 := by
  have hb' : b = 4 := by sorry
  subst hb'
  subst h
  rfl

end Exercises
