/-
Proofs of Mathlib lemmas of `MathlibPrelude.lean`, checked by the native checker from the kernel's
axioms and `MathlibAxiom`s alone when the Mathlib prelude loads. A lemma proved here is not
admitted. Names (with the `__nat`/`__int` instance suffixes) and statements are exactly those of
`MathlibPrelude.lean`.
-/

theorem Nat.Prime.two_le {p : ℕ} (hp : Nat.Prime p) : 2 ≤ p := (Nat.prime_def.mp hp).1

theorem Nat.Prime.eq_one_or_self_of_dvd {p : ℕ} (pp : Nat.Prime p) (m : ℕ) (hm : m ∣ p) : m = 1 ∨ m = p :=
  (Nat.prime_def.mp pp).2 m hm

theorem Nat.factorial_one : Nat.factorial 1 = 1 := rfl

theorem Nat.factorial_two : Nat.factorial 2 = 2 := rfl

theorem even_zero__nat : Even (0 : ℕ) := ⟨0, rfl⟩

theorem even_zero__int : Even (0 : ℤ) := ⟨0, rfl⟩

theorem even_two__nat : Even (2 : ℕ) := ⟨1, rfl⟩

theorem even_two__int : Even (2 : ℤ) := ⟨1, rfl⟩

theorem odd_one__nat : Odd (1 : ℕ) := ⟨0, rfl⟩

theorem odd_one__int : Odd (1 : ℤ) := ⟨0, rfl⟩

theorem odd_two_mul_add_one__nat (a : ℕ) : Odd (2 * a + 1) := ⟨a, rfl⟩

theorem odd_two_mul_add_one__int (a : ℤ) : Odd (2 * a + 1) := ⟨a, rfl⟩
