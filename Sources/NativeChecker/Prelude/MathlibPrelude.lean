/-
Mathlib's lemmas about `Even`, `Odd`, `Nat.Prime` and `Nat.factorial`, under their real names,
with their real statements (implicit arguments made explicit binders, in Mathlib's order) and
`@[simp]` tags, from Mathlib/Algebra/Group/Nat/Even.lean, Mathlib/Algebra/Ring/Parity.lean,
Mathlib/Algebra/Group/Int/Even.lean, Mathlib/Algebra/Ring/Int/Parity.lean,
Mathlib/Data/Nat/Prime/Defs.lean and Mathlib/Data/Nat/Factorial/Basic.lean. `Nat.prime_def`,
`Nat.factorial_zero` and `Nat.factorial_succ` are the kernel's `MathlibAxiom`s; every other one is
admitted as a trusted fact and evaluated on random instances by MathlibPreludeTests.
-/

axiom Nat.even_iff {n : ℕ} : Even n ↔ n % 2 = 0
axiom Nat.not_even_iff {n : ℕ} : ¬Even n ↔ n % 2 = 1
axiom Nat.odd_iff {n : ℕ} : Odd n ↔ n % 2 = 1
axiom Nat.not_odd_iff {n : ℕ} : ¬Odd n ↔ n % 2 = 0
axiom Nat.not_even_iff_odd {n : ℕ} : ¬Even n ↔ Odd n
axiom Nat.not_odd_iff_even {n : ℕ} : ¬Odd n ↔ Even n
@[simp] axiom Nat.not_even_one : ¬Even 1
axiom Nat.even_or_odd (n : ℕ) : Even n ∨ Odd n
axiom Nat.even_add {m n : ℕ} : Even (m + n) ↔ (Even m ↔ Even n)
axiom Nat.even_add_one {n : ℕ} : Even (n + 1) ↔ ¬Even n
axiom Nat.even_sub {m n : ℕ} (h : n ≤ m) : Even (m - n) ↔ (Even m ↔ Even n)
axiom Nat.even_mul {m n : ℕ} : Even (m * n) ↔ Even m ∨ Even n
axiom Nat.even_pow {m n : ℕ} : Even (m ^ n) ↔ Even m ∧ n ≠ 0
axiom Nat.even_mul_succ_self (n : ℕ) : Even (n * (n + 1))
axiom Nat.two_mul_div_two_of_even {n : ℕ} : Even n → 2 * (n / 2) = n
axiom Nat.div_two_mul_two_of_even {n : ℕ} : Even n → n / 2 * 2 = n
axiom Nat.succ_mod_two_eq_zero_iff {m : ℕ} : (m + 1) % 2 = 0 ↔ m % 2 = 1
axiom Nat.succ_mod_two_eq_one_iff {m : ℕ} : (m + 1) % 2 = 1 ↔ m % 2 = 0

axiom Int.even_iff {n : ℤ} : Even n ↔ n % 2 = 0
axiom Int.not_even_iff {n : ℤ} : ¬Even n ↔ n % 2 = 1
axiom Int.odd_iff {n : ℤ} : Odd n ↔ n % 2 = 1
axiom Int.not_odd_iff {n : ℤ} : ¬Odd n ↔ n % 2 = 0
axiom Int.not_even_iff_odd {n : ℤ} : ¬Even n ↔ Odd n
axiom Int.not_odd_iff_even {n : ℤ} : ¬Odd n ↔ Even n
axiom Int.even_or_odd (n : ℤ) : Even n ∨ Odd n
axiom Int.even_add {m n : ℤ} : Even (m + n) ↔ (Even m ↔ Even n)
axiom Int.even_add_one {n : ℤ} : Even (n + 1) ↔ ¬Even n
axiom Int.even_sub {m n : ℤ} : Even (m - n) ↔ (Even m ↔ Even n)
axiom Int.even_mul {m n : ℤ} : Even (m * n) ↔ Even m ∨ Even n

axiom Nat.prime_two : Nat.Prime 2
axiom Nat.prime_three : Nat.Prime 3
axiom Nat.prime_five : Nat.Prime 5
axiom Nat.not_prime_zero : ¬Nat.Prime 0
axiom Nat.not_prime_one : ¬Nat.Prime 1
axiom Nat.Prime.two_le {p : ℕ} (hp : Nat.Prime p) : 2 ≤ p
axiom Nat.Prime.one_lt {p : ℕ} (hp : Nat.Prime p) : 1 < p
axiom Nat.Prime.one_le {p : ℕ} (hp : Nat.Prime p) : 1 ≤ p
axiom Nat.Prime.pos {p : ℕ} (pp : Nat.Prime p) : 0 < p
axiom Nat.Prime.ne_zero {n : ℕ} (h : Nat.Prime n) : n ≠ 0
axiom Nat.Prime.ne_one {p : ℕ} (hp : Nat.Prime p) : p ≠ 1
axiom Nat.Prime.eq_one_or_self_of_dvd {p : ℕ} (pp : Nat.Prime p) (m : ℕ) (hm : m ∣ p) : m = 1 ∨ m = p
axiom Nat.Prime.not_dvd_one {p : ℕ} (pp : Nat.Prime p) : ¬p ∣ 1
axiom Nat.Prime.dvd_mul {p m n : ℕ} (pp : Nat.Prime p) : p ∣ m * n ↔ p ∣ m ∨ p ∣ n
axiom Nat.prime_def_lt {p : ℕ} : Nat.Prime p ↔ 2 ≤ p ∧ ∀ m < p, m ∣ p → m = 1
axiom Nat.prime_def_lt' {p : ℕ} : Nat.Prime p ↔ 2 ≤ p ∧ ∀ m, 2 ≤ m → m < p → ¬m ∣ p
axiom Nat.dvd_prime {p m : ℕ} (pp : Nat.Prime p) : m ∣ p ↔ m = 1 ∨ m = p
axiom Nat.dvd_prime_two_le {p m : ℕ} (pp : Nat.Prime p) (H : 2 ≤ m) : m ∣ p ↔ m = p
axiom Nat.prime_dvd_prime_iff_eq {p q : ℕ} (pp : Nat.Prime p) (qp : Nat.Prime q) : p ∣ q ↔ p = q

@[simp] axiom Nat.factorial_one : Nat.factorial 1 = 1
@[simp] axiom Nat.factorial_two : Nat.factorial 2 = 2
axiom Nat.factorial_pos (n : ℕ) : 0 < Nat.factorial n
axiom Nat.factorial_ne_zero (n : ℕ) : Nat.factorial n ≠ 0
axiom Nat.self_le_factorial (n : ℕ) : n ≤ Nat.factorial n
axiom Nat.factorial_le {m n : ℕ} (h : m ≤ n) : Nat.factorial m ≤ Nat.factorial n
axiom Nat.factorial_dvd_factorial {m n : ℕ} (h : m ≤ n) : Nat.factorial m ∣ Nat.factorial n
axiom Nat.dvd_factorial {m n : ℕ} : 0 < m → m ≤ n → m ∣ Nat.factorial n
