/-
Proofs of Lean core lemmas of the prelude, checked by the native checker from the kernel's axiom
schemas alone (and from the lemmas proved before them here) when the prelude loads. A lemma
proved here is not admitted. Names and statements are exactly those of `CorePrelude.lean`.
-/

protected theorem Nat.zero_add (n : Nat) : 0 + n = n := by
  induction n with
  | zero => rfl
  | succ n ih =>
    calc 0 + (n + 1) = 0 + n + 1 := rfl
      _ = n + 1 := by rw [ih]

theorem Nat.succ_add (n m : Nat) : (Nat.succ n) + m = Nat.succ (n + m) := by
  induction m with
  | zero => rfl
  | succ m ih =>
    calc Nat.succ n + (m + 1) = Nat.succ n + m + 1 := rfl
      _ = Nat.succ (n + m) + 1 := by rw [ih]
      _ = Nat.succ (n + (m + 1)) := rfl

theorem Nat.add_one (n : Nat) : n + 1 = Nat.succ n := rfl

protected theorem Nat.add_comm (n m : Nat) : n + m = m + n := by
  induction m with
  | zero =>
    calc n + 0 = n := rfl
      _ = 0 + n := (Nat.zero_add n).symm
  | succ m ih =>
    calc n + (m + 1) = n + m + 1 := rfl
      _ = m + n + 1 := by rw [ih]
      _ = Nat.succ (m + n) := rfl
      _ = Nat.succ m + n := (Nat.succ_add m n).symm
      _ = m + 1 + n := rfl

protected theorem Nat.add_assoc (n m k : Nat) : (n + m) + k = n + (m + k) := by
  induction k with
  | zero => rfl
  | succ k ih =>
    calc n + m + (k + 1) = n + m + k + 1 := rfl
      _ = n + (m + k) + 1 := by rw [ih]
      _ = n + (m + (k + 1)) := rfl

protected theorem Nat.zero_mul (n : Nat) : 0 * n = 0 := by
  induction n with
  | zero => rfl
  | succ n ih =>
    calc 0 * (n + 1) = 0 * n + 0 := rfl
      _ = 0 + 0 := by rw [ih]
      _ = 0 := rfl

protected theorem Nat.mul_one (n : Nat) : n * 1 = n := by
  calc n * 1 = 0 + n := rfl
    _ = n := Nat.zero_add n

protected theorem Nat.one_mul (n : Nat) : 1 * n = n := by
  induction n with
  | zero => rfl
  | succ n ih =>
    calc 1 * (n + 1) = 1 * n + 1 := rfl
      _ = n + 1 := by rw [ih]

protected theorem Nat.le_refl (n : Nat) : LE.le n n := Nat.le.intro (Nat.add_zero n)

protected theorem Nat.add_left_comm (n m k : Nat) : n + (m + k) = m + (n + k) := by
  rw [← Nat.add_assoc n m k, Nat.add_comm n m, Nat.add_assoc m n k]

protected theorem Nat.add_right_comm (n m k : Nat) : (n + m) + k = (n + k) + m := by
  rw [Nat.add_assoc n m k, Nat.add_comm m k, ← Nat.add_assoc n k m]

theorem of_eq_true {p : Prop} (h : p = True) : p := by
  rw [h]
  trivial

theorem of_eq_false {p : Prop} (h : p = False) : ¬ p := by
  rw [h]
  intro f
  exact f

theorem eq_true {p : Prop} (h : p) : p = True := propext ⟨fun _ => trivial, fun _ => h⟩

theorem eq_false {p : Prop} (h : ¬ p) : p = False := propext ⟨fun hp => h hp, fun f => False.elim f⟩

theorem eq_false' {p : Prop} (h : p → False) : p = False := propext ⟨fun hp => h hp, fun f => False.elim f⟩
