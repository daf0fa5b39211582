/-
Semantic traps: false statements, one per rule of Lean's semantics that a checker could get
wrong. Generated and checked by scripts/check-traps.py: every trap has a counterexample under
Lean's semantics, written in its doc comment. Nothing may ever prove any of them.
-/

namespace Traps

/-- False: the statement evaluates to False. -/
theorem nat_sub_add_lit : (3 : Nat) - 5 + 5 = 3 := by
  sorry

/-- False: counterexample (0, 1). -/
theorem nat_sub_add_cancel : ∀ a b : Nat, a - b + b = a := by
  sorry

/-- False: counterexample (0, 1). -/
theorem nat_sub_eq_zero : ∀ a b : Nat, a - b = 0 → a = b := by
  sorry

/-- False: counterexample (0, 0, 1). -/
theorem nat_sub_sub_assoc : ∀ a b c : Nat, a - (b - c) = a - b + c := by
  sorry

/-- False: counterexample (0, 1). -/
theorem nat_sub_sym_zero : ∀ a b : Nat, a - b + (b - a) = 0 := by
  sorry

/-- False: counterexample (0,). -/
theorem nat_pred_succ : ∀ n : Nat, n - 1 + 1 = n := by
  sorry

/-- False: counterexample (0, 1). -/
theorem nat_sub_lt_one : ∀ a b : Nat, a < b → b - a < 1 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem nat_sub_lit_swap : (2 : Nat) - 3 = (3 : Nat) - 2 := by
  sorry

/-- False: counterexample (1, 0). -/
theorem nat_sub_le_swap : ∀ a b : Nat, a - b ≤ b - a := by
  sorry

/-- False: counterexample (1, 0, 1). -/
theorem nat_sub_sub : ∀ a b c : Nat, a - b - c = a - (b - c) := by
  sorry

/-- False: counterexample (0, 1). -/
theorem nat_sub_pos : ∀ a b : Nat, a ≠ b → 0 < a - b := by
  sorry

/-- False: the statement evaluates to False. -/
theorem nat_div_zero_lit : (7 : Nat) / 0 = 7 := by
  sorry

/-- False: counterexample (0,). -/
theorem nat_div_self : ∀ n : Nat, n / n = 1 := by
  sorry

/-- False: counterexample (1, 0). -/
theorem nat_div_mul_cancel : ∀ a b : Nat, a / b * b = a := by
  sorry

/-- False: counterexample (1, 0). -/
theorem nat_mul_div_cancel : ∀ a b : Nat, b * (a / b) = a := by
  sorry

/-- False: the statement evaluates to False. -/
theorem nat_zero_div_zero : (0 : Nat) / 0 = 1 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem nat_mod_zero_lit : (7 : Nat) % 0 = 0 := by
  sorry

/-- False: counterexample (1,). -/
theorem nat_mod_zero : ∀ n : Nat, n % 0 = 0 := by
  sorry

/-- False: counterexample (0, 0). -/
theorem nat_mod_lt : ∀ n m : Nat, n % m < m := by
  sorry

/-- False: counterexample (1,). -/
theorem nat_mod_self : ∀ n : Nat, n % n = n := by
  sorry

/-- False: counterexample (0,). -/
theorem nat_div_add_mod_off : ∀ n : Nat, n / 2 * 2 + n % 2 = n + 1 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem nat_zero_pow_zero : (0 : Nat) ^ 0 = 0 := by
  sorry

/-- False: counterexample (0,). -/
theorem nat_zero_pow : ∀ n : Nat, 0 ^ n = 0 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem int_zero_pow_zero : (0 : Int) ^ 0 = 0 := by
  sorry

/-- False: counterexample (0,). -/
theorem nat_pow_zero_self : ∀ n : Nat, n ^ 0 = n := by
  sorry

/-- False: the statement evaluates to False. -/
theorem int_neg_div : (-7 : Int) / 2 = -3 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem int_neg_mod : (-7 : Int) % 2 = -1 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem int_div_neg : (7 : Int) / -2 = -4 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem int_mod_neg : (7 : Int) % -2 = -1 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem int_neg_div_neg : (-7 : Int) / -2 = 3 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem int_neg_mod_neg : (-7 : Int) % -2 = -1 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem int_div_zero_lit : (5 : Int) / 0 = 5 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem int_mod_zero_lit : (-5 : Int) % 0 = 5 := by
  sorry

/-- False: counterexample (-6, -6). -/
theorem int_mod_nonneg_pos : ∀ a b : Int, a % b ≥ 0 → b > 0 := by
  sorry

/-- False: counterexample (-6, -5). -/
theorem int_div_mul_cancel : ∀ a b : Int, a / b * b = a := by
  sorry

/-- False: counterexample (-6, -5). -/
theorem int_neg_div_comm : ∀ a b : Int, -a / b = -(a / b) := by
  sorry

/-- False: counterexample (-6, -6). -/
theorem int_mod_lt : ∀ a b : Int, a % b < b := by
  sorry

/-- False: counterexample (-5,). -/
theorem int_mod_two_cases : ∀ a : Int, a % 2 = 0 ∨ a % 2 = -1 := by
  sorry

/-- False: counterexample (-6,). -/
theorem int_div_add_mod_off : ∀ a : Int, a / 2 * 2 + a % 2 = a + 1 := by
  sorry

/-- False: counterexample (-5,). -/
theorem int_mod_neg_divisor : ∀ a : Int, a % -3 ≤ 0 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem nat_zero_dvd_one : (0 : Nat) ∣ 1 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem nat_not_zero_dvd_zero : ¬ (0 : Nat) ∣ 0 := by
  sorry

/-- False: counterexample (1,). -/
theorem nat_zero_dvd : ∀ n : Nat, 0 ∣ n := by
  sorry

/-- False: counterexample (1, 0). -/
theorem nat_dvd_le : ∀ a b : Nat, a ∣ b → a ≤ b := by
  sorry

/-- False: the statement evaluates to False. -/
theorem int_zero_dvd_two : (0 : Int) ∣ 2 := by
  sorry

/-- False: counterexample (-6, 6). -/
theorem int_dvd_antisymm : ∀ a b : Int, a ∣ b ∧ b ∣ a → a = b := by
  sorry

/-- False: counterexample (2, 1, 1). -/
theorem nat_dvd_add_left : ∀ a b c : Nat, a ∣ b + c → a ∣ b := by
  sorry

/-- False: the statement evaluates to False. -/
theorem int_three_dvd : (3 : Int) ∣ -7 := by
  sorry

/-- False: counterexample (1,). -/
theorem nat_dvd_product : ∀ n : Nat, 2 ∣ n * (n + 1) * (n + 2) → 4 ∣ n := by
  sorry

/-- False: counterexample (0, 1). -/
theorem cast_sub : ∀ a b : Nat, ((a - b : Nat) : Int) = (a : Int) - (b : Int) := by
  sorry

/-- False: counterexample (-6,). -/
theorem cast_toNat : ∀ a : Int, ((Int.toNat a : Nat) : Int) = a := by
  sorry

/-- False: counterexample (-6,). -/
theorem cast_natAbs : ∀ a : Int, ((Int.natAbs a : Nat) : Int) = a := by
  sorry

/-- False: the statement evaluates to False. -/
theorem cast_sub_lit : ((7 : Nat) : Int) - 10 = 0 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem toNat_neg : Int.toNat (-5) = 5 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem natAbs_neg : Int.natAbs (-5) = 0 := by
  sorry

/-- False: counterexample (0, 0). -/
theorem cast_sum_sub : ∀ a b : Nat, ((a + b - b : Nat) : Int) = (a : Int) - 1 := by
  sorry

/-- False: counterexample (1, 0). -/
theorem nat_min_left : ∀ a b : Nat, min a b = a := by
  sorry

/-- False: counterexample (-6, -5). -/
theorem int_max_add_min : ∀ a b : Int, max a b + min a b = 2 * a := by
  sorry

/-- False: counterexample (0, 1). -/
theorem nat_max_sub_min : ∀ a b : Nat, max a b - min a b = a - b := by
  sorry

/-- False: counterexample (0,). -/
theorem nat_lt_add_zero : ∀ n : Nat, n < n + 0 := by
  sorry

/-- False: counterexample (0, 1). -/
theorem nat_lt_succ_lt : ∀ a b : Nat, a < b → a + 1 < b := by
  sorry

/-- False: counterexample (-6, -6). -/
theorem int_le_lt : ∀ a b : Int, a ≤ b → a < b := by
  sorry

/-- False: counterexample (0,). -/
theorem int_sq_pos : ∀ x : Int, x * x > 0 := by
  sorry

/-- False: counterexample (0,). -/
theorem int_sq_ge_succ : ∀ x : Int, x ^ 2 ≥ x + 1 := by
  sorry

/-- False: counterexample (2,). -/
theorem nat_two_pow_gt_sq : ∀ n : Nat, 2 ^ n > n * n := by
  sorry

/-- False: counterexample (1,). -/
theorem nat_sq_ge_double : ∀ n : Nat, n ≥ 1 → n ^ 2 ≥ 2 * n := by
  sorry

/-- False: counterexample (-6,). -/
theorem int_neg_lt : ∀ x : Int, -x < x := by
  sorry

/-- False: the statement evaluates to False. -/
theorem pow_right_assoc : (2 : Nat) ^ 3 ^ 2 = 64 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem neg_pow : -(2 : Int) ^ 2 = 4 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem mul_add_prec : (2 : Nat) * 3 + 4 = 14 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem sub_left_assoc : (10 : Nat) - 3 - 2 = 9 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem div_left_assoc : (100 : Nat) / 10 / 5 = 50 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem not_eq_prec : ¬ (1 : Nat) = 1 ∨ True → False := by
  sorry

/-- False: the statement evaluates to False. -/
theorem int_sub_left_assoc : (1 : Int) - 2 - 3 = 2 := by
  sorry

/-- False: counterexample (False, True). -/
theorem imp_converse : ∀ p q : Prop, (p → q) → (q → p) := by
  sorry

/-- False: counterexample (False, True). -/
theorem not_and_distrib_wrong : ∀ p q : Prop, ¬(p ∧ q) → ¬p ∧ ¬q := by
  sorry

/-- False: the statement evaluates to False. -/
theorem exists_succ_zero : ∃ n : Nat, n + 1 = 0 := by
  sorry

/-- False: counterexample (0,). -/
theorem forall_exists_pred : ∀ n : Nat, ∃ m : Nat, m + 1 = n := by
  sorry

/-- False: counterexample (False,). -/
theorem iff_self_not : ∀ p : Prop, p ↔ ¬p ∨ p := by
  sorry

/-- False: counterexample (1,). -/
theorem uninterpreted_zero : ∀ f : Nat → Nat, f 0 = 0 := by
  sorry

/-- False: counterexample ((0, 1),). -/
theorem uninterpreted_mono : ∀ f : Nat → Nat, (∀ n, f n ≤ f (n + 1)) → f 0 = f 1 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem big_pow_mod : ((19 : Nat) ^ 19 + 99 ^ 99) % 10 = 7 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem two_pow_64 : (2 : Nat) ^ 64 = 18446744073709551615 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem big_mul : (123456789 : Nat) * 987654321 = 121932631112635268 := by
  sorry

/-- False: the statement evaluates to False. -/
theorem big_int_sub : (10 : Int) ^ 20 - 10 ^ 20 - 1 = 0 := by
  sorry

end Traps
