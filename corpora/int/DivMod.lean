/-!
# Division and remainder on `Int`

On `Int`, `/` and `%` are Euclidean (`Int.ediv`, `Int.emod`): the remainder is always
between `0` and `|b| - 1`, so `-7 / 2 = -4` and `-7 % 2 = 1`, and `x / 0 = 0`,
`x % 0 = x`. This file fixes those values by `decide`, then uses Lean's lemmas
(`Int.ediv_add_emod`, `Int.emod_emod_of_dvd`, `Int.emod_nonneg`, `Int.emod_lt_of_pos`,
`Int.add_mul_emod_self_left`, …) and `omega`, which knows `/` and `%` by literals.
-/

namespace IntCorpus

/-! ### Euclidean values -/

/-- `-7 / 2 = -4`: the quotient rounds so that the remainder is nonnegative. -/
theorem neg_seven_div_two : (-7 : Int) / 2 = -4 := by
  decide

/-- `-7 % 2 = 1`. -/
theorem neg_seven_mod_two : (-7 : Int) % 2 = 1 := by
  decide

/-- `7 / -2 = -3` and `7 % -2 = 1`. -/
theorem seven_div_mod_neg_two : (7 : Int) / -2 = -3 ∧ (7 : Int) % -2 = 1 := by
  decide

/-- Division by zero is zero and the remainder by zero is the number. -/
theorem div_mod_zero' (x : Int) : x / 0 = 0 ∧ x % 0 = x := by
  constructor
  · rw [Int.ediv_zero]
  · rw [Int.emod_zero]

/-! ### Division with remainder -/

/-- `b * (a / b) + a % b = a`. -/
theorem ediv_add_emod' (a b : Int) : b * (a / b) + a % b = a := by
  rw [Int.ediv_add_emod]

/-- `a % b + b * (a / b) = a`. -/
theorem emod_add_ediv' (a b : Int) : a % b + b * (a / b) = a := by
  rw [Int.emod_add_ediv]

/-- The remainder is `a - b * (a / b)`. -/
theorem emod_def' (a b : Int) : a % b = a - b * (a / b) := by
  rw [Int.emod_def]

/-- The remainder by a nonzero number is nonnegative. -/
theorem emod_nonneg' (a : Int) {b : Int} (h : b ≠ 0) : 0 ≤ a % b := by
  apply Int.emod_nonneg
  exact h

/-- The remainder by a positive number is below it. -/
theorem emod_lt_of_pos' (a : Int) {b : Int} (h : 0 < b) : a % b < b := by
  apply Int.emod_lt_of_pos
  exact h

/-- Both bounds at once, for the modulus `5`. -/
theorem emod_five_bounds (a : Int) : 0 ≤ a % 5 ∧ a % 5 < 5 := by
  constructor
  · apply Int.emod_nonneg
    decide
  · apply Int.emod_lt_of_pos
    decide

/-- Reducing modulo `k` and then modulo a divisor `m` of `k` is reducing modulo `m`. -/
theorem emod_emod_of_dvd' (n : Int) {m k : Int} (h : m ∣ k) : n % k % m = n % m :=
  Int.emod_emod_of_dvd n h

/-- Reducing modulo `6` and then modulo `3`. -/
theorem emod_six_emod_three (n : Int) : n % 6 % 3 = n % 3 :=
  Int.emod_emod_of_dvd n ⟨2, by decide⟩

/-- Taking a remainder twice changes nothing. -/
theorem emod_emod' (a b : Int) : a % b % b = a % b := by
  rw [Int.emod_emod]

/-- Adding a multiple of the modulus does not change the remainder. -/
theorem add_mul_emod_self_left' (a b c : Int) : (a + b * c) % b = a % b := by
  rw [Int.add_mul_emod_self_left]

/-- The remainder of a sum. -/
theorem add_emod' (a b n : Int) : (a + b) % n = (a % n + b % n) % n :=
  Int.add_emod a b n

/-- The remainder of a product. -/
theorem mul_emod' (a b n : Int) : a * b % n = a % n * (b % n) % n :=
  Int.mul_emod a b n

/-- Negating the divisor negates the quotient and keeps the remainder. -/
theorem ediv_emod_neg (a b : Int) : a / -b = -(a / b) ∧ a % -b = a % b := by
  refine ⟨Int.ediv_neg a b, ?_⟩
  rw [Int.emod_neg]

/-- Cancelling a nonzero factor in a quotient. -/
theorem mul_ediv_cancel' (a : Int) {b : Int} (h : b ≠ 0) : a * b / b = a :=
  Int.mul_ediv_cancel a h

/-- Exact division: `a / b * b = a` when `b ∣ a`. -/
theorem ediv_mul_cancel' {a b : Int} (h : b ∣ a) : a / b * b = a :=
  Int.ediv_mul_cancel h

/-! ### Divisibility and parity -/

/-- Every integer is even or odd. -/
theorem emod_two_cases (x : Int) : x % 2 = 0 ∨ x % 2 = 1 :=
  Int.emod_two_eq x

/-- Divisibility is a zero remainder, both ways. -/
theorem dvd_iff_emod_eq_zero' {a b : Int} : a ∣ b ↔ b % a = 0 := by
  constructor
  · intro h
    exact Int.emod_eq_zero_of_dvd h
  · intro h
    exact Int.dvd_of_emod_eq_zero h

/-- A divisor of `b` divides every multiple of `b` (by witnesses). -/
theorem dvd_mul_of_dvd' {a b : Int} (h : a ∣ b) (c : Int) : a ∣ b * c := by
  obtain ⟨k, rfl⟩ := h
  exact ⟨k * c, by rw [Int.mul_assoc]⟩

/-- A common divisor divides the difference. -/
theorem dvd_sub' {a b c : Int} (h₁ : a ∣ b) (h₂ : a ∣ c) : a ∣ b - c := by
  apply Int.dvd_sub <;> assumption

/-- A common divisor divides a linear combination (by witnesses). -/
theorem dvd_linear_comb {a b c : Int} (x y : Int) (h₁ : a ∣ b) (h₂ : a ∣ c) :
    a ∣ x * b + y * c := by
  obtain ⟨k, rfl⟩ := h₁
  obtain ⟨l, rfl⟩ := h₂
  refine ⟨x * k + y * l, ?_⟩
  rw [Int.mul_add, Int.mul_left_comm a x k, Int.mul_left_comm a y l]

/-- The successor of an odd integer is even. -/
theorem succ_even_of_odd {x : Int} (h : x % 2 = 1) : (x + 1) % 2 = 0 := by
  omega

/-- Negation preserves parity. -/
theorem neg_emod_two' (x : Int) : -x % 2 = x % 2 := by
  omega

/-- A number divisible by `4` is even. -/
theorem two_dvd_of_four_dvd {x : Int} (h : 4 ∣ x) : 2 ∣ x := by
  obtain ⟨k, rfl⟩ := h
  exact ⟨2 * k, by omega⟩

/-- `x % 3` takes one of three values. -/
theorem emod_three_cases (x : Int) : x % 3 = 0 ∨ x % 3 = 1 ∨ x % 3 = 2 := by
  omega

/-- Quotient bounds for the divisor `3`. -/
theorem three_mul_ediv_le (x : Int) : 3 * (x / 3) ≤ x ∧ x < 3 * (x / 3) + 3 := by
  constructor <;> omega

end IntCorpus
