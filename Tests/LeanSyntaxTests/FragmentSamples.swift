import LeanSyntax

/// Hand-written declarations that use every construct of the fragment, in the layouts people
/// write: the seeds of the round-trip and fuzz tests.
enum FragmentSamples {
  static let declarations: [String] = [
    """
    theorem add_comm' (a b : ℕ) : a + b = b + a := by
      omega
    """,
    """
    theorem two_mul_add (x : ℕ) (h₀ : 2 * x + 3 = 7) : x = 2 := by
      omega
    """,
    """
    theorem pow_right (a b c : ℕ) : a ^ b ^ c = a ^ (b ^ c) := by rfl
    """,
    """
    theorem neg_sq (x : ℤ) : -x ^ 2 = -(x ^ 2) := rfl
    """,
    """
    example {n : ℕ} (h : ¬ n = 0) : 0 < n := by
      rcases Nat.eq_zero_or_pos n with h' | h'
      · exact absurd h' h
      · exact h'
    """,
    """
    theorem and_swap (p q : Prop) (hp : p) (hq : q) : q ∧ p := by
      constructor
      · exact hq
      · exact hp
    """,
    """
    theorem or_comm' (p q : Prop) : p ∨ q → q ∨ p := by
      intro h
      cases h with
      | inl hp => right; exact hp
      | inr hq =>
        left
        exact hq
    """,
    """
    theorem exists_gt (n : ℕ) : ∃ m, m > n := ⟨n + 1, Nat.lt_succ_self n⟩
    """,
    """
    theorem exists_two : ∃ n : ℕ, n * n = 4 := by
      exists 2
    """,
    """
    theorem use_two : ∃ x y : ℕ, x + y = 5 ∧ x < y := by
      use 2, 3
    """,
    """
    theorem rintro_demo (p q r : Prop) : p ∧ q ∨ r → r ∨ p := by
      rintro (⟨hp, _⟩ | hr)
      · right; exact hp
      · left; exact hr
    """,
    """
    theorem obtain_demo (h : ∃ n : ℕ, n > 3 ∧ n < 5) : True := by
      obtain ⟨n, h₁, h₂⟩ := h
      obtain ⟨m, hm⟩ : ∃ m : ℕ, m = n := ⟨n, rfl⟩
      trivial
    """,
    """
    theorem induction_demo (n : ℕ) : 0 + n = n := by
      induction n with
      | zero => rfl
      | succ n ih =>
        rw [Nat.add_succ, ih]
    """,
    """
    theorem induction_generalizing (n m : ℕ) (h : n ≤ m) : n ≤ m + 1 := by
      induction n generalizing m with
      | zero => exact Nat.zero_le _
      | succ k ih => omega
    """,
    """
    theorem rw_demo (a b c : ℕ) (h : a = b) (h' : b = c) (h₂ : c = 0) : a = 0 := by
      rw [h, ← h₂] at *
      rw [h', Nat.add_comm a b] at h₂ ⊢
      rewrite [h]
      exact h₂
    """,
    """
    theorem simp_demo (a b : ℕ) (h : a = b) (h₁ : b = 0) : a + 0 = 0 := by
      simp
      simp only [h, h₁] at h ⊢
      simp [*]
      simp at *
      simp_all
      simp [-Nat.add_zero, ← h]
    """,
    """
    theorem norm_num_demo (x : ℕ) (h : x = 2 + 2) : x = 4 := by
      norm_num [h] at h ⊢
      norm_num
    """,
    """
    theorem ring_demo (a b : ℤ) : (a + b) ^ 2 = a ^ 2 + 2 * a * b + b ^ 2 := by
      ring
    """,
    """
    theorem ring_nf_demo (a b : ℤ) (h : a * 2 = b) : b = 2 * a := by
      ring_nf at h ⊢
      linarith [h]
    """,
    """
    theorem nlinarith_demo (a b : ℤ) (h₁ : 0 < a) (h₂ : 0 < b) : 0 < a * b + (a - b) ^ 2 := by
      nlinarith [sq_nonneg (a - b), mul_pos h₁ h₂]
    """,
    """
    theorem positivity_demo (a : ℤ) : 0 ≤ a ^ 2 := by positivity
    """,
    """
    theorem push_neg_demo (h : ¬ ∀ n : ℕ, n < 5) : ∃ n : ℕ, 5 ≤ n := by
      push_neg at h
      exact h
    """,
    """
    theorem by_contra_demo (n : ℕ) (h : n * n = 0) : n = 0 := by
      by_contra hn
      have hpos : 0 < n := Nat.pos_of_ne_zero hn
      have : 0 < n * n := Nat.mul_pos hpos hpos
      omega
    """,
    """
    theorem by_cases_demo (n : ℕ) : n % 2 = 0 ∨ n % 2 = 1 := by
      by_cases h : n % 2 = 0
      · left; exact h
      · right; omega
    """,
    """
    theorem cast_demo (a b : ℕ) (h : (a : ℤ) = b) : a = b := by
      zify
      norm_cast at h
      exact_mod_cast h
    """,
    """
    theorem cast_arrow (n : ℕ) : (↑n + 1 : ℤ) = ↑(n + 1) := by
      push_cast_free_demo
    """,
    """
    theorem field_simp_demo (a : ℤ) (h : a = 1) : a * a = 1 := by
      field_simp [h]
      subst h
      rfl
    """,
    """
    theorem misc_demo (p : Prop) (hp : p) (hnp : ¬p) : False := by
      exfalso
      contradiction
    """,
    """
    theorem assumption_demo (p : Prop) (hp : p) : p := by
      first | assumption | exact?
    """,
    """
    theorem combinators_demo (a b : ℕ) : a + b = b + a ∧ a * b = b * a := by
      constructor <;> ring
      try simp
      repeat rw [Nat.add_comm]
      all_goals omega
      any_goals omega
      focus
        simp
        ring
    """,
    """
    theorem case_demo (p q : Prop) (hp : p) (hq : q) : p ∧ q := by
      constructor
      case left => exact hp
      case right =>
        exact hq
    """,
    """
    theorem next_demo (p q : Prop) (h : p ∨ q) : q ∨ p := by
      cases h
      next hp => exact Or.inr hp
      next hq => exact Or.inl hq
    """,
    """
    theorem paren_demo (n : ℕ) : n = n := by
      (simp; rfl)
      (rfl)
    """,
    """
    theorem have_demo (a b : ℕ) (h₀ : a = b) : b = a := by
      have h₁ : b = a := by
        rw [h₀]
      have h₂ : b = a := h₀.symm
      have h₃ := h₀.symm
      have h₄ : a = a
      · rfl
      exact h₁
    """,
    """
    theorem specialize_demo (f : ℕ → ℕ) (h : ∀ x, f x = x) : f 2 = 2 := by
      specialize h 2
      exact h
    """,
    """
    theorem symm_demo (a b : ℕ) (h : a = b) : b = a := by
      symm
      symm at h
      exact h.symm
    """,
    """
    theorem unfold_demo (n : ℕ) : Nat.succ n = n + 1 := by
      unfold Nat.succ at *
      rfl
    """,
    """
    theorem calc_demo (a b c : ℕ) (h₁ : a = b) (h₂ : b = c) : a = c := by
      calc a = b := h₁
        _ = c := by rw [h₂]
    """,
    """
    theorem calc_term (a b c : ℕ) (h₁ : a < b) (h₂ : b ≤ c) : a < c :=
      calc
        a < b := h₁
        _ ≤ c := h₂
    """,
    """
    theorem show_demo (n : ℕ) : n + 0 = n := by
      show n + 0 = n
      exact show n + 0 = n from rfl
    """,
    """
    theorem show_by (n : ℕ) : n + 0 = n := show n + 0 = n by simp
    """,
    """
    theorem projections (p q : Prop) (h : p ∧ q) (h' : p ↔ q) : q ∧ p := by
      exact ⟨h.2, h'.mp h.1⟩
    """,
    """
    theorem projection_of_app (f : ℕ → ℕ) (h : ∀ n, f n = n ∧ n = n) : f 1 = 1 := (h 1).1
    """,
    """
    theorem fun_demo : (fun x : ℕ => x + 1) 2 = 3 := by
      decide
    """,
    """
    theorem fun_demo₂ (f : ℕ → ℤ) (h : f = fun (n : ℕ) => (n : ℤ)) : f 1 = 1 := by
      subst h
      rfl
    """,
    """
    theorem bounded_demo (x : ℕ → ℤ) (h : ∀ n ≥ 5, x n = 0) : ∃ n < 10, x n = 0 := by
      exact ⟨5, by decide, h 5 (by decide)⟩
    """,
    """
    theorem dvd_demo (n : ℕ) (h₀ : 7 ∣ 2 ^ n - 1) : ¬7 ∣ 2 ^ n + 1 ∨ 3 ∣ n := by
      omega
    """,
    """
    theorem minmax_demo (a b : ℕ) : min a b ≤ max a b ∧ Nat.gcd a b ∣ a ∧ Int.natAbs (a : ℤ) = a := by
      refine ⟨?_, Nat.gcd_dvd_left a b, ?_⟩
      · omega
      · simp
    """,
    """
    theorem succ_demo (n : ℕ) : n.succ = Nat.succ n ∧ Int.toNat (n : ℤ) = n := by
      exact ⟨rfl, by simp⟩
    """,
    """
    theorem factorial_demo (n : ℕ) (h₀ : 4 ≤ n) : n ^ 2 ≤ n ! := by
      sorry
    """,
    """
    theorem if_demo (n : ℕ) : (if n = 0 then 1 else n) > 0 := by
      split_free_demo
    """,
    """
    theorem intro_patterns : ∀ p q : Prop, p ∧ q → q := by
      intro p q ⟨_, hq⟩
      exact hq
    """,
    """
    theorem intros_demo : ∀ a b : ℕ, a = b → b = a := by
      intros a b h
      exact h.symm
    """,
    """
    theorem implicit_demo {a b : ℤ} (h : a - b = 0) : a = b := by linarith
    """,
    """
    theorem sorry_demo (a : ℕ) : a = a := sorry
    """,
    """
    theorem anonymous_demo : True ∧ True := ⟨trivial, trivial⟩
    """,
    """
    theorem explicit_demo (a b : ℕ) : a + b = b + a := @Nat.add_comm a b
    """,
    """
    theorem nested_by (a b : ℕ) (h : a = b) : b + 0 = a := by
      have key : b = a := by
        have step : a = b := h
        exact step.symm
      simpa_free_demo
    """,
    """
    theorem semicolons (n : ℕ) : n = n ∧ 0 + n = n := by
      constructor; rfl; simp
    """,
    """
    theorem rcases_nested (h : ∃ a b : ℕ, a = b ∧ b = 1) : True := by
      rcases h with ⟨a, b, rfl, hb⟩
      trivial
    """,
    """
    theorem synthetic (p : Prop) (hp : p) : p ∧ p := by
      refine ⟨?_, ?left⟩
      all_goals exact hp
    """,
    """
    theorem arrow_types (f : ℕ → ℕ) (g : ℤ → ℤ) (h : ∀ x, f x = x) : f (f 0) = 0 := by
      rw [h, h]
    """,
    """
    theorem layout_calc (a b c : ℕ) (h₁ : a = b) (h₂ : b = c) : a + 0 = c := by
      calc
        a + 0 = a := by simp
        _ = b := by
          rw [h₁]
        _ = c := h₂
    """,
    """
    theorem layout_cdots (p q r : Prop) (hp : p) (hq : q) (hr : r) : p ∧ (q ∧ r) := by
      constructor
      · exact hp
      · constructor
        · exact hq
        · -- a comment between tactics
          exact hr
    """,
    """
    theorem layout_all_goals (a b : ℕ) : a + b = b + a ∧ a * b = b * a := by
      constructor
      all_goals
        ring
    """,
    """
    theorem layout_term (p q : Prop) (h : p ∧ q) :
        q ∧ p :=
      ⟨h.2,
        h.1⟩
    """,
    """
    theorem layout_long_statement (a b c : ℕ) (h₀ : a + b = c)
        (h₁ : b = 2 * a) :
        c = 3 * a := by
      omega
    """,
    """
    theorem layout_args (a b : ℕ) (h : a ≤ b) : a ≤ b + 1 := by
      exact Nat.le_trans h
        (Nat.le_succ b)
    """,
    """
    theorem layout_first (n : ℕ) : n = n := by
      first
      | omega
      | simp
        rfl
    """,
    """
    theorem layout_fun : ∀ n : ℕ, n + 0 = n := fun n => by simp
    """,
    """
    theorem layout_have_then (a : ℕ) : a = a := by
      have h : a = a := by rfl
      exact h
    """,
  ]

  /// The declarations whose tactics are all in the fragment (some samples name a tactic the
  /// fragment lacks on purpose: `*_free_demo`).
  static var parsing: [String] { declarations.filter { !$0.contains("_free_demo") } }

  /// Tactic scripts on their own, as the search and the REPL send them.
  static let scripts: [String] = [
    "omega",
    "intro x y",
    "simp only [Nat.add_comm] at h ⊢",
    "constructor <;> simp <;> omega",
    "· simp\n  ring",
    "rcases h with ⟨a, b⟩ | c",
    "obtain ⟨x, hx⟩ := h",
    "nlinarith [sq_nonneg (a - b), sq_nonneg (a + b)]",
    "rw [← h₀] at h₁",
    "have h : 2 ∣ 4 := by decide\nexact h",
    "first\n| omega\n| simp",
    "cases h with\n| inl h => exact h\n| inr h => exact h.elim",
    "calc a = b := h\n  _ = c := h'",
    "exact fun x => x + 1",
    "norm_num [Nat.pow_succ] at h",
    "apply Nat.le_of_lt_succ\nexact h",
    "induction n with\n| zero => simp\n| succ n ih =>\n  rw [Nat.pow_succ]\n  omega",
  ]
}
