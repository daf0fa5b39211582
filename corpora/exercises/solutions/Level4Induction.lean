/-!
# Exercises, level 4: induction

Statements about all natural numbers that need induction (or a case split on remainders)
together with arithmetic. Without `def` there are no sums `∑`, so the statements are about
powers, products and divisibility. Nonlinear terms such as `2 ^ n` or `n * n` are atoms
for `omega`, so a typical proof rewrites the successor case with `Nat.pow_succ`,
`Nat.mul_succ` or `Nat.succ_mul` and finishes with `omega`. Solutions are in
`solutions/Level4Induction.lean` (for tests only).
-/

namespace Exercises

/-- Powers of two grow at least linearly. -/
theorem l4_two_pow_ge (n : Nat) : 2 ^ n ≥ n + 1 := by
  induction n with
  | zero => decide
  | succ n ih =>
    rw [Nat.pow_succ]
    omega

/-- Every power of three is positive. -/
theorem l4_three_pow_pos (n : Nat) : 0 < 3 ^ n := by
  induction n with
  | zero => decide
  | succ n ih =>
    rw [Nat.pow_succ]
    omega

/-- Powers of two stay below powers of three: `2 ^ n ≤ 3 ^ n`. -/
theorem l4_two_pow_le_three_pow (n : Nat) : 2 ^ n ≤ 3 ^ n := by
  induction n with
  | zero => decide
  | succ n ih =>
    rw [Nat.pow_succ, Nat.pow_succ]
    omega

/-- `2 * n ≤ 2 ^ n`. -/
theorem l4_two_mul_le_two_pow (n : Nat) : 2 * n ≤ 2 ^ n := by
  induction n with
  | zero => decide
  | succ n ih =>
    have h : 0 < 2 ^ n := Nat.pow_pos (by decide)
    rw [Nat.pow_succ]
    omega

/-- `3 ∣ 4 ^ n - 1`. -/
theorem l4_three_dvd_four_pow_sub_one (n : Nat) : 3 ∣ 4 ^ n - 1 := by
  induction n with
  | zero => decide
  | succ n ih =>
    rw [Nat.pow_succ]
    omega

/-- `7 ∣ 8 ^ n - 1`. -/
theorem l4_seven_dvd_eight_pow_sub_one (n : Nat) : 7 ∣ 8 ^ n - 1 := by
  induction n with
  | zero => decide
  | succ n ih =>
    rw [Nat.pow_succ]
    omega

/-- A power of two is even, except `2 ^ 0`. -/
theorem l4_two_pow_even (n : Nat) : 2 ^ n % 2 = 0 ∨ n = 0 := by
  induction n with
  | zero => exact Or.inr rfl
  | succ n ih =>
    left
    rw [Nat.pow_succ]
    omega

/-- Every number is even or odd, with a witness. -/
theorem l4_even_or_odd (n : Nat) : ∃ k, n = 2 * k ∨ n = 2 * k + 1 := by
  induction n with
  | zero => exact ⟨0, Or.inl rfl⟩
  | succ n ih =>
    obtain ⟨k, hk | hk⟩ := ih
    · exact ⟨k, Or.inr (by omega)⟩
    · exact ⟨k + 1, Or.inl (by omega)⟩

/-- `n * (n + 1)` is even. -/
theorem l4_mul_succ_even (n : Nat) : n * (n + 1) % 2 = 0 := by
  induction n with
  | zero => decide
  | succ n ih =>
    have h₁ : (n + 1) * (n + 1 + 1) = (n + 1) * (n + 1) + (n + 1) :=
      Nat.mul_succ (n + 1) (n + 1)
    have h₂ : (n + 1) * (n + 1) = n * (n + 1) + (n + 1) := Nat.succ_mul n (n + 1)
    omega

/-- `n ^ 3 + 2 * n` is a multiple of three. -/
theorem l4_three_dvd_cube (n : Nat) : 3 ∣ n ^ 3 + 2 * n := by
  have h := Nat.pow_mod n 3 3
  have hn : n % 3 = 0 ∨ n % 3 = 1 ∨ n % 3 = 2 := by omega
  rcases hn with hn | hn | hn <;> rw [hn] at h <;> omega

/-- A number is at most its square. -/
theorem l4_le_mul_self (n : Nat) : n ≤ n * n := by
  cases n with
  | zero => decide
  | succ k =>
    have h : (k + 1) * (k + 1) = k * (k + 1) + (k + 1) := Nat.succ_mul k (k + 1)
    omega

/-- Addition commutes, by induction (without `Nat.add_comm`). -/
theorem l4_add_comm (a b : Nat) : a + b = b + a := by
  induction b with
  | zero => simp
  | succ n ih => omega

/-- Subtracting one from a doubled power. -/
theorem l4_two_pow_succ_sub_one (n : Nat) : 2 ^ (n + 1) - 1 = 2 * (2 ^ n - 1) + 1 := by
  have h : 0 < 2 ^ n := Nat.pow_pos (by decide)
  rw [Nat.pow_succ]
  omega

/-- `n < 2 ^ n`, with the steps of the induction given. -/
theorem l4_lt_two_pow (n : Nat) : n < 2 ^ n := by
  induction n with
  | zero => decide
  | succ n ih =>
    have h : 2 ^ (n + 1) = 2 ^ n * 2 := by exact Nat.pow_succ 2 n
    rw [h]
    omega

end Exercises
