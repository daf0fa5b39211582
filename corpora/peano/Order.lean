/-!
# Peano arithmetic: order

The order `≤` on Lean's own `Nat`, developed from the characterisation
`a ≤ b ↔ ∃ c, b = a + c` (the definition used by the Natural Number Game). Lean
defines `≤` as the inductive predicate `Nat.le`; the bridge between the two is
`le_iff_exists_add`, proved from Lean's `Nat.le.dest` and `Nat.le.intro`. After that,
every order fact is proved from the existential form and the laws of addition.
Strict order is Lean's own: `a < b` is by definition `a + 1 ≤ b`.

A corpus file imports nothing (see `README.md`), so the laws of addition and the few
laws of multiplication and powers used here are proved again in `Prerequisites`,
with the same proofs as in `Addition.lean` and `Multiplication.lean`.
-/

namespace Peano

section Prerequisites

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

/-- Right cancellation for addition. -/
theorem add_right_cancel {a b c : Nat} (h : a + b = c + b) : a = c := by
  induction b with
  | zero =>
    rw [add_zero a, add_zero c] at h
    exact h
  | succ n ih =>
    rw [add_succ a n, add_succ c n] at h
    exact ih (succ_inj h)

/-- Left cancellation for addition. -/
theorem add_left_cancel {a b c : Nat} (h : a + b = a + c) : b = c := by
  rw [add_comm a b, add_comm a c] at h
  exact add_right_cancel h

/-- If adding `b` does not change `a`, then `b = 0`. -/
theorem eq_zero_of_add_eq_self {a b : Nat} (h : a + b = a) : b = 0 := by
  have h' : a + b = a + 0 := by
    rw [add_zero a]
    exact h
  exact add_left_cancel h'

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

/-- First defining equation of multiplication. -/
theorem mul_zero (a : Nat) : a * 0 = 0 :=
  Nat.mul_zero a

/-- Second defining equation of multiplication. -/
theorem mul_succ (a b : Nat) : a * (b + 1) = a * b + a :=
  Nat.mul_succ a b

/-- Left distributivity. -/
theorem mul_add (a b c : Nat) : a * (b + c) = a * b + a * c := by
  induction c with
  | zero => rw [add_zero b, mul_zero a, add_zero (a * b)]
  | succ n ih =>
    rw [add_succ b n, mul_succ a (b + n), ih, mul_succ a n, add_assoc (a * b) (a * n) a]

/-- A product is zero only if one of the factors is. -/
theorem mul_eq_zero {a b : Nat} (h : a * b = 0) : a = 0 ∨ b = 0 := by
  cases b with
  | zero => exact Or.inr rfl
  | succ n =>
    rw [mul_succ a n] at h
    exact Or.inl (add_left_eq_zero h)

/-- First defining equation of powers. -/
theorem pow_zero (a : Nat) : a ^ 0 = 1 :=
  Nat.pow_zero a

/-- Second defining equation of powers. -/
theorem pow_succ (a n : Nat) : a ^ (n + 1) = a ^ n * a :=
  Nat.pow_succ a n

end Prerequisites

/-! ### `≤` as "there is a difference" -/

/-- The bridge to Lean's inductive `Nat.le`: `a ≤ b` holds exactly when `b = a + c`
for some `c`. -/
theorem le_iff_exists_add (a b : Nat) : a ≤ b ↔ ∃ c, b = a + c := by
  constructor
  · intro h
    obtain ⟨c, hc⟩ := Nat.le.dest h
    exact ⟨c, hc.symm⟩
  · intro h
    obtain ⟨c, hc⟩ := h
    exact Nat.le.intro hc.symm

/-- `≤` is reflexive. -/
theorem le_refl (a : Nat) : a ≤ a :=
  (le_iff_exists_add a a).mpr ⟨0, (add_zero a).symm⟩

/-- Zero is the least number. -/
theorem zero_le (a : Nat) : 0 ≤ a :=
  (le_iff_exists_add 0 a).mpr ⟨a, (zero_add a).symm⟩

/-- A number is at most its successor. -/
theorem le_succ_self (a : Nat) : a ≤ a + 1 :=
  (le_iff_exists_add a (a + 1)).mpr ⟨1, rfl⟩

/-- A number is at most any sum it starts. -/
theorem le_add_right (a b : Nat) : a ≤ a + b :=
  (le_iff_exists_add a (a + b)).mpr ⟨b, rfl⟩

/-- A number is at most any sum it ends. -/
theorem le_add_left (a b : Nat) : a ≤ b + a := by
  rw [add_comm b a]
  exact le_add_right a b

/-- `≤` is transitive. -/
theorem le_trans {a b c : Nat} (hab : a ≤ b) (hbc : b ≤ c) : a ≤ c := by
  obtain ⟨x, hx⟩ := (le_iff_exists_add a b).mp hab
  obtain ⟨y, hy⟩ := (le_iff_exists_add b c).mp hbc
  apply (le_iff_exists_add a c).mpr
  exact ⟨x + y, by rw [hy, hx, add_assoc a x y]⟩

/-- `≤` is antisymmetric. -/
theorem le_antisymm {a b : Nat} (hab : a ≤ b) (hba : b ≤ a) : a = b := by
  obtain ⟨x, hx⟩ := (le_iff_exists_add a b).mp hab
  obtain ⟨y, hy⟩ := (le_iff_exists_add b a).mp hba
  have h : a + (x + y) = a := by
    rw [← add_assoc a x y, ← hx, ← hy]
  have hx0 : x = 0 := add_right_eq_zero (eq_zero_of_add_eq_self h)
  rw [hx, hx0, add_zero a]

/-- Only zero is at most zero. -/
theorem le_zero {a : Nat} (h : a ≤ 0) : a = 0 := by
  obtain ⟨c, hc⟩ := (le_iff_exists_add a 0).mp h
  exact add_right_eq_zero hc.symm

/-- A successor is never at most zero. -/
theorem not_succ_le_zero (a : Nat) : ¬a + 1 ≤ 0 := fun h => succ_ne_zero a (le_zero h)

/-- `≤` is preserved by the successor. -/
theorem succ_le_succ {a b : Nat} (h : a ≤ b) : a + 1 ≤ b + 1 := by
  obtain ⟨c, hc⟩ := (le_iff_exists_add a b).mp h
  exact (le_iff_exists_add (a + 1) (b + 1)).mpr ⟨c, by rw [hc, succ_add a c]⟩

/-- `≤` is reflected by the successor. -/
theorem le_of_succ_le_succ {a b : Nat} (h : a + 1 ≤ b + 1) : a ≤ b := by
  obtain ⟨c, hc⟩ := (le_iff_exists_add (a + 1) (b + 1)).mp h
  rw [succ_add a c] at hc
  exact (le_iff_exists_add a b).mpr ⟨c, succ_inj hc⟩

/-- `≤` is total. -/
theorem le_total (a b : Nat) : a ≤ b ∨ b ≤ a := by
  induction b with
  | zero => exact Or.inr (zero_le a)
  | succ n ih =>
    cases ih with
    | inl h => exact Or.inl (le_trans h (le_succ_self n))
    | inr h =>
      obtain ⟨c, hc⟩ := (le_iff_exists_add n a).mp h
      cases c with
      | zero =>
        left
        rw [hc, add_zero n]
        exact le_succ_self n
      | succ c =>
        right
        apply (le_iff_exists_add (n + 1) a).mpr
        exact ⟨c, by rw [hc, add_succ n c, succ_add n c]⟩

/-! ### Addition and `≤` -/

/-- Adding on the left preserves `≤`. -/
theorem add_le_add_left {a b : Nat} (h : a ≤ b) (c : Nat) : c + a ≤ c + b := by
  obtain ⟨d, hd⟩ := (le_iff_exists_add a b).mp h
  apply (le_iff_exists_add (c + a) (c + b)).mpr
  exact ⟨d, by rw [hd, add_assoc c a d]⟩

/-- Adding on the right preserves `≤`. -/
theorem add_le_add_right {a b : Nat} (h : a ≤ b) (c : Nat) : a + c ≤ b + c := by
  rw [add_comm a c, add_comm b c]
  exact add_le_add_left h c

/-- Adding on the left reflects `≤`. -/
theorem le_of_add_le_add_left {a b c : Nat} (h : a + b ≤ a + c) : b ≤ c := by
  obtain ⟨d, hd⟩ := (le_iff_exists_add (a + b) (a + c)).mp h
  rw [add_assoc a b d] at hd
  exact (le_iff_exists_add b c).mpr ⟨d, add_left_cancel hd⟩

/-- `≤` can be added termwise. -/
theorem add_le_add {a b c d : Nat} (hab : a ≤ b) (hcd : c ≤ d) : a + c ≤ b + d :=
  le_trans (add_le_add_right hab c) (add_le_add_left hcd b)

/-! ### Strict order -/

/-- Lean's definition of `<` on `Nat`: `a < b` means `a + 1 ≤ b`. -/
theorem lt_iff_succ_le (a b : Nat) : a < b ↔ a + 1 ≤ b :=
  Iff.rfl

/-- `<` is irreflexive. -/
theorem lt_irrefl (a : Nat) : ¬a < a := by
  intro h
  obtain ⟨c, hc⟩ := (le_iff_exists_add (a + 1) a).mp ((lt_iff_succ_le a a).mp h)
  rw [succ_add a c, ← add_succ a c] at hc
  exact succ_ne_zero c (eq_zero_of_add_eq_self hc.symm)

/-- A number is less than its successor. -/
theorem lt_succ_self (a : Nat) : a < a + 1 :=
  (lt_iff_succ_le a (a + 1)).mpr (le_refl (a + 1))

/-- Zero is less than every successor. -/
theorem zero_lt_succ (a : Nat) : 0 < a + 1 :=
  (lt_iff_succ_le 0 (a + 1)).mpr (succ_le_succ (zero_le a))

/-- Strict order implies weak order. -/
theorem le_of_lt {a b : Nat} (h : a < b) : a ≤ b :=
  le_trans (le_succ_self a) ((lt_iff_succ_le a b).mp h)

/-- A successor is never at most its predecessor. -/
theorem not_succ_le_self (a : Nat) : ¬a + 1 ≤ a := fun h =>
  lt_irrefl a ((lt_iff_succ_le a a).mpr h)

/-- `a < b + 1` exactly when `a ≤ b`. -/
theorem lt_succ_iff (a b : Nat) : a < b + 1 ↔ a ≤ b :=
  ⟨fun h => le_of_succ_le_succ ((lt_iff_succ_le a (b + 1)).mp h),
    fun h => (lt_iff_succ_le a (b + 1)).mpr (succ_le_succ h)⟩

/-- Mixed transitivity: `a < b ≤ c → a < c`. -/
theorem lt_of_lt_of_le {a b c : Nat} (h₁ : a < b) (h₂ : b ≤ c) : a < c :=
  (lt_iff_succ_le a c).mpr (le_trans ((lt_iff_succ_le a b).mp h₁) h₂)

/-- Mixed transitivity: `a ≤ b < c → a < c`. -/
theorem lt_of_le_of_lt {a b c : Nat} (h₁ : a ≤ b) (h₂ : b < c) : a < c :=
  (lt_iff_succ_le a c).mpr (le_trans (succ_le_succ h₁) ((lt_iff_succ_le b c).mp h₂))

/-- `<` is transitive. -/
theorem lt_trans {a b c : Nat} (h₁ : a < b) (h₂ : b < c) : a < c :=
  lt_of_lt_of_le h₁ (le_of_lt h₂)

/-- `<` is asymmetric. -/
theorem lt_asymm {a b : Nat} (h : a < b) : ¬b < a := fun h' => lt_irrefl a (lt_trans h h')

/-- `a < b` exactly when `a ≤ b` and `a ≠ b`. -/
theorem lt_iff_le_and_ne (a b : Nat) : a < b ↔ a ≤ b ∧ a ≠ b := by
  constructor
  · intro h
    refine ⟨le_of_lt h, ?_⟩
    intro hab
    rw [hab] at h
    exact lt_irrefl b h
  · rintro ⟨hle, hne⟩
    obtain ⟨c, hc⟩ := (le_iff_exists_add a b).mp hle
    cases c with
    | zero =>
      exfalso
      apply hne
      rw [hc, add_zero a]
    | succ c =>
      apply (lt_iff_succ_le a b).mpr
      apply (le_iff_exists_add (a + 1) b).mpr
      exact ⟨c, by rw [hc, add_succ a c, succ_add a c]⟩

/-- Trichotomy in the form `a < b ∨ b ≤ a`. -/
theorem lt_or_ge (a b : Nat) : a < b ∨ b ≤ a := by
  cases le_total a b with
  | inl h =>
    by_cases hab : a = b
    · right
      subst hab
      exact le_refl _
    · left
      exact (lt_iff_le_and_ne a b).mpr ⟨h, hab⟩
  | inr h => exact Or.inr h

/-- `¬ a < b` exactly when `b ≤ a`. -/
theorem not_lt_iff_le (a b : Nat) : ¬a < b ↔ b ≤ a := by
  constructor
  · intro h
    cases lt_or_ge a b with
    | inl h' => exact absurd h' h
    | inr h' => exact h'
  · intro h h'
    exact lt_irrefl a (lt_of_lt_of_le h' h)

/-- Trichotomy: exactly one of `a < b`, `a = b`, `b < a` (here: at least one). -/
theorem lt_trichotomy (a b : Nat) : a < b ∨ a = b ∨ b < a := by
  cases lt_or_ge a b with
  | inl h => exact Or.inl h
  | inr h =>
    by_cases hba : b = a
    · exact Or.inr (Or.inl hba.symm)
    · exact Or.inr (Or.inr ((lt_iff_le_and_ne b a).mpr ⟨h, hba⟩))

/-- Adding on the left preserves `<`. -/
theorem add_lt_add_left {a b : Nat} (h : a < b) (c : Nat) : c + a < c + b := by
  apply (lt_iff_succ_le (c + a) (c + b)).mpr
  rw [← add_succ c a]
  exact add_le_add_left ((lt_iff_succ_le a b).mp h) c

/-! ### Multiplication, powers and order -/

/-- A number is positive exactly when it is nonzero. -/
theorem pos_iff_ne_zero (a : Nat) : 0 < a ↔ a ≠ 0 := by
  constructor
  · intro h ha
    rw [ha] at h
    exact lt_irrefl 0 h
  · intro h
    cases a with
    | zero => exact (h rfl).elim
    | succ n => exact zero_lt_succ n

/-- Multiplying on the left preserves `≤`. -/
theorem mul_le_mul_left {a b : Nat} (h : a ≤ b) (c : Nat) : c * a ≤ c * b := by
  obtain ⟨d, hd⟩ := (le_iff_exists_add a b).mp h
  apply (le_iff_exists_add (c * a) (c * b)).mpr
  exact ⟨c * d, by rw [hd, mul_add c a d]⟩

/-- A product of positive numbers is positive. -/
theorem mul_pos {a b : Nat} (ha : 0 < a) (hb : 0 < b) : 0 < a * b := by
  apply (pos_iff_ne_zero (a * b)).mpr
  intro hab
  cases mul_eq_zero hab with
  | inl h => exact (pos_iff_ne_zero a).mp ha h
  | inr h => exact (pos_iff_ne_zero b).mp hb h

/-- Every power of a positive number is positive. -/
theorem pow_pos {a : Nat} (h : 0 < a) (n : Nat) : 0 < a ^ n := by
  induction n with
  | zero =>
    rw [pow_zero a]
    exact lt_succ_self 0
  | succ n ih =>
    rw [pow_succ a n]
    exact mul_pos ih h

end Peano
