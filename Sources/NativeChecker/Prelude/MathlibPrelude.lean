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
axiom Nat.even_or_odd' (n : ℕ) : ∃ k, n = 2 * k ∨ n = 2 * k + 1
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
axiom Int.even_or_odd' (n : ℤ) : ∃ k, n = 2 * k ∨ n = 2 * k + 1
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
axiom Nat.Prime.eq_two_or_odd {p : ℕ} (hp : Nat.Prime p) : p = 2 ∨ p % 2 = 1
axiom Nat.Prime.eq_two_or_odd' {p : ℕ} (hp : Nat.Prime p) : p = 2 ∨ Odd p
axiom Nat.Prime.even_iff {p : ℕ} (hp : Nat.Prime p) : Even p ↔ p = 2
axiom Nat.Prime.odd_of_ne_two {p : ℕ} (hp : Nat.Prime p) (h_two : p ≠ 2) : Odd p
axiom Nat.Prime.five_le_of_ne_two_of_ne_three {p : ℕ} (hp : Nat.Prime p) (h_two : p ≠ 2) (h_three : p ≠ 3) : 5 ≤ p
axiom Nat.Prime.dvd_iff_eq {p a : ℕ} (hp : Nat.Prime p) (a1 : a ≠ 1) : a ∣ p ↔ p = a
axiom Nat.Prime.dvd_of_dvd_pow {p m n : ℕ} (pp : Nat.Prime p) (h : p ∣ m ^ n) : p ∣ m

@[simp] axiom Nat.factorial_one : Nat.factorial 1 = 1
@[simp] axiom Nat.factorial_two : Nat.factorial 2 = 2
axiom Nat.factorial_pos (n : ℕ) : 0 < Nat.factorial n
axiom Nat.factorial_ne_zero (n : ℕ) : Nat.factorial n ≠ 0
axiom Nat.self_le_factorial (n : ℕ) : n ≤ Nat.factorial n
axiom Nat.factorial_le {m n : ℕ} (h : m ≤ n) : Nat.factorial m ≤ Nat.factorial n
axiom Nat.factorial_dvd_factorial {m n : ℕ} (h : m ≤ n) : Nat.factorial m ∣ Nat.factorial n
axiom Nat.dvd_factorial {m n : ℕ} : 0 < m → m ≤ n → m ∣ Nat.factorial n
axiom Nat.factorial_lt {m n : ℕ} (hn : 0 < n) : Nat.factorial n < Nat.factorial m ↔ n < m
axiom Nat.lt_factorial_self {n : ℕ} (hi : 3 ≤ n) : n < Nat.factorial n
axiom Nat.factorial_inj {m n : ℕ} (hn : 1 < n) : Nat.factorial n = Nat.factorial m ↔ n = m
@[simp] axiom Nat.factorial_eq_one {n : ℕ} : Nat.factorial n = 1 ↔ n ≤ 1
@[simp] axiom Nat.one_lt_factorial {n : ℕ} : 1 < Nat.factorial n ↔ 1 < n

/-
Mathlib's generic parity lemmas (any semiring or ring), at their instances ℕ and ℤ. The suffixes
`__nat` and `__int` mark the instance; the loader names them `Even.add (ℕ)` and `Even.add (ℤ)`,
which no Lean source can write, and the elaborator tries both for `Even.add`.
-/

@[simp] axiom even_zero__nat : Even (0 : ℕ)
@[simp] axiom even_zero__int : Even (0 : ℤ)
@[simp] axiom even_two__nat : Even (2 : ℕ)
@[simp] axiom even_two__int : Even (2 : ℤ)
@[simp] axiom odd_one__nat : Odd (1 : ℕ)
@[simp] axiom odd_one__int : Odd (1 : ℤ)
axiom even_iff_two_dvd__nat {a : ℕ} : Even a ↔ 2 ∣ a
axiom even_iff_two_dvd__int {a : ℤ} : Even a ↔ 2 ∣ a
axiom Even.two_dvd__nat {a : ℕ} : Even a → 2 ∣ a
axiom Even.two_dvd__int {a : ℤ} : Even a → 2 ∣ a
axiom even_two_mul__nat (a : ℕ) : Even (2 * a)
axiom even_two_mul__int (a : ℤ) : Even (2 * a)
axiom odd_two_mul_add_one__nat (a : ℕ) : Odd (2 * a + 1)
axiom odd_two_mul_add_one__int (a : ℤ) : Odd (2 * a + 1)
axiom Even.add__nat {m n : ℕ} (hm : Even m) (hn : Even n) : Even (m + n)
axiom Even.add__int {m n : ℤ} (hm : Even m) (hn : Even n) : Even (m + n)
axiom Odd.add_odd__nat {m n : ℕ} : Odd m → Odd n → Even (m + n)
axiom Odd.add_odd__int {m n : ℤ} : Odd m → Odd n → Even (m + n)
axiom Even.add_odd__nat {m n : ℕ} : Even m → Odd n → Odd (m + n)
axiom Even.add_odd__int {m n : ℤ} : Even m → Odd n → Odd (m + n)
axiom Odd.add_even__nat {m n : ℕ} (hm : Odd m) (hn : Even n) : Odd (m + n)
axiom Odd.add_even__int {m n : ℤ} (hm : Odd m) (hn : Even n) : Odd (m + n)
axiom Odd.mul__nat {m n : ℕ} : Odd m → Odd n → Odd (m * n)
axiom Odd.mul__int {m n : ℤ} : Odd m → Odd n → Odd (m * n)
axiom Even.mul_right__nat {m : ℕ} (hm : Even m) (n : ℕ) : Even (m * n)
axiom Even.mul_right__int {m : ℤ} (hm : Even m) (n : ℤ) : Even (m * n)
axiom Even.mul_left__nat {m : ℕ} (hm : Even m) (n : ℕ) : Even (n * m)
axiom Even.mul_left__int {m : ℤ} (hm : Even m) (n : ℤ) : Even (n * m)
