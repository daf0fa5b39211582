/-!
# Peano arithmetic: multiplication and powers

Multiplication and exponentiation on Lean's own `Nat`, from their defining equations
(`Nat.mul_zero`, `Nat.mul_succ`, `Nat.pow_zero`, `Nat.pow_succ`) and the laws of
addition.

A corpus file imports nothing (see `README.md`), so the addition lemmas used here are
proved again, with the same proofs as in `Addition.lean`, in the section
`Prerequisites`.
-/

namespace Peano

section Prerequisites

/-! ### Addition (as in `Addition.lean`) -/

/-- First defining equation of addition: `a + 0 = a`. -/
theorem add_zero (a : Nat) : a + 0 = a :=
  Nat.add_zero a

/-- Second defining equation of addition: `a + (b + 1) = (a + b) + 1`. -/
theorem add_succ (a b : Nat) : a + (b + 1) = a + b + 1 :=
  Nat.add_succ a b

/-- A successor is never zero. -/
theorem succ_ne_zero (a : Nat) : a + 1 ≠ 0 :=
  Nat.succ_ne_zero a

/-- The successor is injective. -/
theorem succ_inj {a b : Nat} (h : a + 1 = b + 1) : a = b :=
  Nat.succ.inj h

/-- `0 + n = n`. -/
theorem zero_add (n : Nat) : 0 + n = n := by
  induction n with
  | zero => exact add_zero 0
  | succ n ih => rw [add_succ 0 n, ih]

/-- `(a + 1) + b = (a + b) + 1`. -/
theorem succ_add (a b : Nat) : a + 1 + b = a + b + 1 := by
  induction b with
  | zero => rw [add_zero a, add_zero (a + 1)]
  | succ n ih => rw [add_succ (a + 1) n, ih, add_succ a n]

/-- Addition is associative. -/
theorem add_assoc (a b c : Nat) : a + b + c = a + (b + c) := by
  induction c with
  | zero => rw [add_zero (a + b), add_zero b]
  | succ n ih => rw [add_succ (a + b) n, add_succ b n, add_succ a (b + n), ih]

/-- Addition is commutative. -/
theorem add_comm (a b : Nat) : a + b = b + a := by
  induction b with
  | zero => rw [add_zero a, zero_add a]
  | succ n ih => rw [add_succ a n, succ_add n a, ih]

/-- Swapping the last two summands. -/
theorem add_right_comm (a b c : Nat) : a + b + c = a + c + b := by
  rw [add_assoc a b c, add_comm b c, ← add_assoc a c b]

/-- Right cancellation for addition. -/
theorem add_right_cancel {a b c : Nat} (h : a + b = c + b) : a = c := by
  induction b with
  | zero =>
    rw [add_zero a, add_zero c] at h
    exact h
  | succ n ih =>
    rw [add_succ a n, add_succ c n] at h
    exact ih (succ_inj h)

/-- If a sum is zero, its left summand is zero. -/
theorem add_right_eq_zero {a b : Nat} (h : a + b = 0) : a = 0 := by
  cases b with
  | zero =>
    rw [add_zero a] at h
    exact h
  | succ n =>
    rw [add_succ a n] at h
    exact absurd h (succ_ne_zero (a + n))

/-- If a sum is zero, its right summand is zero. -/
theorem add_left_eq_zero {a b : Nat} (h : a + b = 0) : b = 0 := by
  rw [add_comm a b] at h
  exact add_right_eq_zero h

end Prerequisites

/-! ### Multiplication -/

section Multiplication

/-- First defining equation of multiplication: `a * 0 = 0` (Lean's `Nat.mul_zero`). -/
theorem mul_zero (a : Nat) : a * 0 = 0 :=
  Nat.mul_zero a

/-- Second defining equation of multiplication: `a * (b + 1) = a * b + a`
(Lean's `Nat.mul_succ`). -/
theorem mul_succ (a b : Nat) : a * (b + 1) = a * b + a :=
  Nat.mul_succ a b

/-- Zero is a left absorbing element: `0 * n = 0`. -/
theorem zero_mul (n : Nat) : 0 * n = 0 := by
  induction n with
  | zero => exact mul_zero 0
  | succ n ih => rw [mul_succ 0 n, ih, add_zero 0]

/-- One is a right identity: `a * 1 = a`. -/
theorem mul_one (a : Nat) : a * 1 = a := by
  show a * (0 + 1) = a
  rw [mul_succ a 0, mul_zero a, zero_add a]

/-- One is a left identity: `1 * n = n`. -/
theorem one_mul (n : Nat) : 1 * n = n := by
  induction n with
  | zero => exact mul_zero 1
  | succ n ih => rw [mul_succ 1 n, ih]

/-- Left distributivity: `a * (b + c) = a * b + a * c`. -/
theorem mul_add (a b c : Nat) : a * (b + c) = a * b + a * c := by
  induction c with
  | zero => rw [add_zero b, mul_zero a, add_zero (a * b)]
  | succ n ih =>
    rw [add_succ b n, mul_succ a (b + n), ih, mul_succ a n, add_assoc (a * b) (a * n) a]

/-- Moving a successor out of the left factor: `(a + 1) * b = a * b + b`. -/
theorem succ_mul (a b : Nat) : (a + 1) * b = a * b + b := by
  induction b with
  | zero => rw [mul_zero (a + 1), mul_zero a, add_zero 0]
  | succ n ih =>
    rw [mul_succ (a + 1) n, ih, mul_succ a n, add_succ (a * n + n) a,
      add_succ (a * n + a) n, add_right_comm (a * n) n a]

/-- Multiplication is commutative. -/
theorem mul_comm (a b : Nat) : a * b = b * a := by
  induction b with
  | zero => rw [mul_zero a, zero_mul a]
  | succ n ih => rw [mul_succ a n, succ_mul n a, ih]

/-- Right distributivity: `(a + b) * c = a * c + b * c`. -/
theorem add_mul (a b c : Nat) : (a + b) * c = a * c + b * c := by
  rw [mul_comm (a + b) c, mul_add c a b, mul_comm c a, mul_comm c b]

/-- Multiplication is associative. -/
theorem mul_assoc (a b c : Nat) : a * b * c = a * (b * c) := by
  induction c with
  | zero => rw [mul_zero (a * b), mul_zero b, mul_zero a]
  | succ n ih => rw [mul_succ (a * b) n, mul_succ b n, mul_add a (b * n) b, ih]

/-- Swapping the first two factors. -/
theorem mul_left_comm (a b c : Nat) : a * (b * c) = b * (a * c) := by
  rw [← mul_assoc a b c, mul_comm a b, mul_assoc b a c]

/-- Swapping the last two factors. -/
theorem mul_right_comm (a b c : Nat) : a * b * c = a * c * b := by
  rw [mul_assoc a b c, mul_comm b c, ← mul_assoc a c b]

/-- Regrouping four factors: `(a * b) * (c * d) = (a * c) * (b * d)`. -/
theorem mul_mul_mul_comm (a b c d : Nat) : a * b * (c * d) = a * c * (b * d) := by
  rw [mul_assoc a b (c * d), mul_left_comm b c d, ← mul_assoc a c (b * d)]

/-- Doubling on the right: `n * 2 = n + n`. -/
theorem mul_two (n : Nat) : n * 2 = n + n := by
  show n * (1 + 1) = n + n
  rw [mul_succ n 1, mul_one n]

/-- Doubling on the left: `2 * n = n + n`. -/
theorem two_mul (n : Nat) : 2 * n = n + n := by
  rw [mul_comm 2 n, mul_two n]

/-- A product is zero only if one of the factors is. -/
theorem mul_eq_zero {a b : Nat} (h : a * b = 0) : a = 0 ∨ b = 0 := by
  cases b with
  | zero => exact Or.inr rfl
  | succ n =>
    rw [mul_succ a n] at h
    exact Or.inl (add_left_eq_zero h)

/-- A product of nonzero numbers is nonzero. -/
theorem mul_ne_zero {a b : Nat} (ha : a ≠ 0) (hb : b ≠ 0) : a * b ≠ 0 := by
  intro h
  cases mul_eq_zero h with
  | inl h' => exact ha h'
  | inr h' => exact hb h'

/-- Cancellation of a nonzero left factor. -/
theorem mul_left_cancel (a b c : Nat) (ha : a ≠ 0) (h : a * b = a * c) : b = c := by
  induction b generalizing c with
  | zero =>
    rw [mul_zero a] at h
    cases mul_eq_zero h.symm with
    | inl h' => exact absurd h' ha
    | inr h' => exact h'.symm
  | succ n ih =>
    cases c with
    | zero =>
      rw [mul_zero a] at h
      cases mul_eq_zero h with
      | inl h' => exact absurd h' ha
      | inr h' => exact absurd h' (succ_ne_zero n)
    | succ m =>
      rw [mul_succ a n, mul_succ a m] at h
      rw [ih m (add_right_cancel h)]

/-- Cancellation of a nonzero right factor. -/
theorem mul_right_cancel (a b c : Nat) (hc : c ≠ 0) (h : a * c = b * c) : a = b := by
  rw [mul_comm a c, mul_comm b c] at h
  exact mul_left_cancel c a b hc h

/-- Squares of successors: `(n + 1) * (n + 1) = n * n + n + n + 1`. -/
theorem succ_mul_succ (n : Nat) : (n + 1) * (n + 1) = n * n + n + n + 1 := by
  rw [mul_succ (n + 1) n, succ_mul n n, add_succ (n * n + n) n]

end Multiplication

/-! ### Powers -/

section Power

/-- First defining equation of powers: `a ^ 0 = 1` (Lean's `Nat.pow_zero`). -/
theorem pow_zero (a : Nat) : a ^ 0 = 1 :=
  Nat.pow_zero a

/-- Second defining equation of powers: `a ^ (n + 1) = a ^ n * a`
(Lean's `Nat.pow_succ`). -/
theorem pow_succ (a n : Nat) : a ^ (n + 1) = a ^ n * a :=
  Nat.pow_succ a n

/-- `a ^ 1 = a`. -/
theorem pow_one (a : Nat) : a ^ 1 = a := by
  show a ^ (0 + 1) = a
  rw [pow_succ a 0, pow_zero a, one_mul a]

/-- `a ^ 2 = a * a`. -/
theorem pow_two (a : Nat) : a ^ 2 = a * a := by
  show a ^ (1 + 1) = a * a
  rw [pow_succ a 1, pow_one a]

/-- The other form of the successor equation: `a ^ (n + 1) = a * a ^ n`. -/
theorem pow_succ' (a n : Nat) : a ^ (n + 1) = a * a ^ n := by
  rw [pow_succ a n, mul_comm (a ^ n) a]

/-- A positive power of zero is zero. -/
theorem zero_pow_succ (n : Nat) : 0 ^ (n + 1) = 0 := by
  rw [pow_succ 0 n, mul_zero (0 ^ n)]

/-- Every power of one is one. -/
theorem one_pow (n : Nat) : 1 ^ n = 1 := by
  induction n with
  | zero => exact pow_zero 1
  | succ n ih => rw [pow_succ 1 n, ih, mul_one 1]

/-- Exponents add: `a ^ (m + n) = a ^ m * a ^ n`. -/
theorem pow_add (a m n : Nat) : a ^ (m + n) = a ^ m * a ^ n := by
  induction n with
  | zero => rw [add_zero m, pow_zero a, mul_one (a ^ m)]
  | succ n ih =>
    rw [add_succ m n, pow_succ a (m + n), ih, pow_succ a n, mul_assoc (a ^ m) (a ^ n) a]

/-- Exponents multiply: `a ^ (m * n) = (a ^ m) ^ n`. -/
theorem pow_mul (a m n : Nat) : a ^ (m * n) = (a ^ m) ^ n := by
  induction n with
  | zero => rw [mul_zero m, pow_zero a, pow_zero (a ^ m)]
  | succ n ih => rw [mul_succ m n, pow_add a (m * n) m, ih, pow_succ (a ^ m) n]

/-- Powers of a product: `(a * b) ^ n = a ^ n * b ^ n`. -/
theorem mul_pow (a b n : Nat) : (a * b) ^ n = a ^ n * b ^ n := by
  induction n with
  | zero => rw [pow_zero (a * b), pow_zero a, pow_zero b, mul_one 1]
  | succ n ih =>
    rw [pow_succ (a * b) n, pow_succ a n, pow_succ b n, ih, mul_mul_mul_comm (a ^ n) (b ^ n) a b]

/-- Iterated powers commute: `(a ^ m) ^ n = (a ^ n) ^ m`. -/
theorem pow_right_comm (a m n : Nat) : (a ^ m) ^ n = (a ^ n) ^ m := by
  rw [← pow_mul a m n, mul_comm m n, pow_mul a n m]

/-- Doubling a power of two: `2 ^ (n + 1) = 2 ^ n + 2 ^ n`. -/
theorem two_pow_succ (n : Nat) : 2 ^ (n + 1) = 2 ^ n + 2 ^ n := by
  rw [pow_succ 2 n, mul_two (2 ^ n)]

/-- Squares of products: `(a * b) ^ 2 = a ^ 2 * b ^ 2`. -/
theorem mul_pow_two (a b : Nat) : (a * b) ^ 2 = a ^ 2 * b ^ 2 :=
  mul_pow a b 2

end Power

end Peano
