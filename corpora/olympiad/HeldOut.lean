import Mathlib
set_option maxHeartbeats 0
open BigOperators Real Nat Topology Rat

/-!
# Held-out problems in the style of miniF2F

Competition-style statements over `ℕ` and `ℤ`, written for this project and never used to tune
the prover: bounded Diophantine equations, residues of powers, linear congruences, closed
computations. Every hole is a `sorry`; the prover must fill them.
-/

namespace Olympiad

/-- A quadratic with one natural root. -/
theorem quadratic_root (x : ℕ) (h₀ : x ^ 2 + 3 * x = 40) : x = 5 := by
  sorry

/-- Two numbers from their sum and product. -/
theorem sum_and_product (a b : ℕ) (h₀ : a ≤ b) (h₁ : a * b = 24) (h₂ : a + b = 10) : a = 4 := by
  sorry

/-- A positive integer cube root. -/
theorem cube_root (n : ℤ) (h₀ : 0 < n) (h₁ : n ^ 3 = 343) : n = 7 := by
  sorry

/-- A two-digit number four times the sum of its digits. -/
theorem digits_times_four (a b : ℕ) (h₀ : 1 ≤ a ∧ a ≤ 9) (h₁ : b ≤ 9) (h₂ : 10 * a + b = 4 * (a + b))
    (h₃ : a + b = 6) : 10 * a + b = 24 := by
  sorry

/-- Squares are never 2 modulo 3. -/
theorem square_mod_three (n : ℕ) : n ^ 2 % 3 ≠ 2 := by
  sorry

/-- A rectangle from its area and half-perimeter. -/
theorem rectangle_sides (l w : ℕ) (h₀ : l * w = 48) (h₁ : l + w = 14) (h₂ : w < l) : l = 8 := by
  sorry

/-- A power of three modulo seven. -/
theorem three_pow_mod_seven : 3 ^ 100 % 7 = 4 := by
  sorry

/-- One more than an odd square is even. -/
theorem odd_square_succ (n : ℕ) (h₀ : n % 2 = 1) : (n ^ 2 + 1) % 2 = 0 := by
  sorry

/-- Two consecutive numbers with a given product. -/
theorem consecutive_product (n : ℕ) (h₀ : n * (n + 1) = 156) : n = 12 := by
  sorry

/-- Two integers from their sum and product. -/
theorem integer_pair (x y : ℤ) (h₀ : 0 < x) (h₁ : x < y) (h₂ : x * y = 15) (h₃ : x + y = 8) : y = 5 := by
  sorry

/-- Cubes modulo nine. -/
theorem cube_mod_nine (n : ℤ) : n ^ 3 % 9 = 0 ∨ n ^ 3 % 9 = 1 ∨ n ^ 3 % 9 = 8 := by
  sorry

/-- A Pythagorean pair with a fixed hypotenuse. -/
theorem pythagorean_pair (x y : ℕ) (h₀ : x ^ 2 + y ^ 2 = 25) (h₁ : x < y) (h₂ : 0 < x) : y = 4 := by
  sorry

/-- A linear congruence. -/
theorem linear_congruence (n : ℕ) (h₀ : n % 5 = 3) : (3 * n + 1) % 5 = 0 := by
  sorry

/-- An exponent from a power of two. -/
theorem exponent_of_two (x : ℕ) (h₀ : 2 ^ x = 64) : x = 6 := by
  sorry

end Olympiad
