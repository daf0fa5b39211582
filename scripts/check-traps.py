#!/usr/bin/env python3
"""Builds corpora/traps/SemanticTraps.lean and checks that every trap is false.

Usage: scripts/check-traps.py [--write]

Each trap is a Lean statement together with a Python model of its meaning under Lean's semantics
(truncated ℕ subtraction, `n / 0 = 0`, `n % 0 = n`, `0 ^ 0 = 1`, Euclidean ℤ division). The script
searches small values for a counterexample and fails if a trap has none, so that the corpus only
ever holds false statements. With --write it regenerates the Lean file.
"""
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def nsub(a, b):
    return max(a - b, 0)


def ndiv(a, b):
    return 0 if b == 0 else a // b


def nmod(a, b):
    return a if b == 0 else a % b


def ediv(a, b):
    """Lean's Int.ediv: a = b * q + r with 0 ≤ r < |b|; x / 0 = 0."""
    if b == 0:
        return 0
    q = a // b if b > 0 else -(a // -b)
    r = a - b * q
    if r < 0:
        q = q - 1 if b > 0 else q + 1
    return q


def emod(a, b):
    return a if b == 0 else a - b * ediv(a, b)


def ndvd(a, b):
    return b == 0 if a == 0 else b % a == 0


def idvd(a, b):
    return b == 0 if a == 0 else b % a == 0


NAT = range(0, 7)
INT = range(-6, 7)
PROP = (False, True)


def forall(domain, arity, predicate):
    """Returns a counterexample (a tuple) if the universally quantified statement fails, else None."""
    for values in itertools.product(domain, repeat=arity):
        if not predicate(*values):
            return values
    return None


def closed(value):
    return () if not value else None


# (name, Lean statement, counterexample search) — each must be FALSE in Lean.
TRAPS = [
    # Truncated subtraction on ℕ.
    ("nat_sub_add_lit", "(3 : Nat) - 5 + 5 = 3", lambda: closed(nsub(3, 5) + 5 == 3)),
    ("nat_sub_add_cancel", "∀ a b : Nat, a - b + b = a", lambda: forall(NAT, 2, lambda a, b: nsub(a, b) + b == a)),
    ("nat_sub_eq_zero", "∀ a b : Nat, a - b = 0 → a = b", lambda: forall(NAT, 2, lambda a, b: nsub(a, b) != 0 or a == b)),
    ("nat_sub_sub_assoc", "∀ a b c : Nat, a - (b - c) = a - b + c",
     lambda: forall(NAT, 3, lambda a, b, c: nsub(a, nsub(b, c)) == nsub(a, b) + c)),
    ("nat_sub_sym_zero", "∀ a b : Nat, a - b + (b - a) = 0", lambda: forall(NAT, 2, lambda a, b: nsub(a, b) + nsub(b, a) == 0)),
    ("nat_pred_succ", "∀ n : Nat, n - 1 + 1 = n", lambda: forall(NAT, 1, lambda n: nsub(n, 1) + 1 == n)),
    ("nat_sub_lt_one", "∀ a b : Nat, a < b → b - a < 1", lambda: forall(NAT, 2, lambda a, b: not a < b or nsub(b, a) < 1)),
    ("nat_sub_lit_swap", "(2 : Nat) - 3 = (3 : Nat) - 2", lambda: closed(nsub(2, 3) == nsub(3, 2))),
    ("nat_sub_le_swap", "∀ a b : Nat, a - b ≤ b - a", lambda: forall(NAT, 2, lambda a, b: nsub(a, b) <= nsub(b, a))),
    ("nat_sub_sub", "∀ a b c : Nat, a - b - c = a - (b - c)",
     lambda: forall(NAT, 3, lambda a, b, c: nsub(nsub(a, b), c) == nsub(a, nsub(b, c)))),
    ("nat_sub_pos", "∀ a b : Nat, a ≠ b → 0 < a - b", lambda: forall(NAT, 2, lambda a, b: a == b or 0 < nsub(a, b))),
    # ℕ division and modulus by zero.
    ("nat_div_zero_lit", "(7 : Nat) / 0 = 7", lambda: closed(ndiv(7, 0) == 7)),
    ("nat_div_self", "∀ n : Nat, n / n = 1", lambda: forall(NAT, 1, lambda n: ndiv(n, n) == 1)),
    ("nat_div_mul_cancel", "∀ a b : Nat, a / b * b = a", lambda: forall(NAT, 2, lambda a, b: ndiv(a, b) * b == a)),
    ("nat_mul_div_cancel", "∀ a b : Nat, b * (a / b) = a", lambda: forall(NAT, 2, lambda a, b: b * ndiv(a, b) == a)),
    ("nat_zero_div_zero", "(0 : Nat) / 0 = 1", lambda: closed(ndiv(0, 0) == 1)),
    ("nat_mod_zero_lit", "(7 : Nat) % 0 = 0", lambda: closed(nmod(7, 0) == 0)),
    ("nat_mod_zero", "∀ n : Nat, n % 0 = 0", lambda: forall(NAT, 1, lambda n: nmod(n, 0) == 0)),
    ("nat_mod_lt", "∀ n m : Nat, n % m < m", lambda: forall(NAT, 2, lambda n, m: nmod(n, m) < m)),
    ("nat_mod_self", "∀ n : Nat, n % n = n", lambda: forall(NAT, 1, lambda n: nmod(n, n) == n)),
    ("nat_div_add_mod_off", "∀ n : Nat, n / 2 * 2 + n % 2 = n + 1",
     lambda: forall(NAT, 1, lambda n: ndiv(n, 2) * 2 + nmod(n, 2) == n + 1)),
    # 0 ^ 0 = 1.
    ("nat_zero_pow_zero", "(0 : Nat) ^ 0 = 0", lambda: closed(0**0 == 0)),
    ("nat_zero_pow", "∀ n : Nat, 0 ^ n = 0", lambda: forall(NAT, 1, lambda n: 0**n == 0)),
    ("int_zero_pow_zero", "(0 : Int) ^ 0 = 0", lambda: closed(0**0 == 0)),
    ("nat_pow_zero_self", "∀ n : Nat, n ^ 0 = n", lambda: forall(NAT, 1, lambda n: n**0 == n)),
    # Euclidean ℤ division and modulus.
    ("int_neg_div", "(-7 : Int) / 2 = -3", lambda: closed(ediv(-7, 2) == -3)),
    ("int_neg_mod", "(-7 : Int) % 2 = -1", lambda: closed(emod(-7, 2) == -1)),
    ("int_div_neg", "(7 : Int) / -2 = -4", lambda: closed(ediv(7, -2) == -4)),
    ("int_mod_neg", "(7 : Int) % -2 = -1", lambda: closed(emod(7, -2) == -1)),
    ("int_neg_div_neg", "(-7 : Int) / -2 = 3", lambda: closed(ediv(-7, -2) == 3)),
    ("int_neg_mod_neg", "(-7 : Int) % -2 = -1", lambda: closed(emod(-7, -2) == -1)),
    ("int_div_zero_lit", "(5 : Int) / 0 = 5", lambda: closed(ediv(5, 0) == 5)),
    ("int_mod_zero_lit", "(-5 : Int) % 0 = 5", lambda: closed(emod(-5, 0) == 5)),
    ("int_mod_nonneg_pos", "∀ a b : Int, a % b ≥ 0 → b > 0", lambda: forall(INT, 2, lambda a, b: not emod(a, b) >= 0 or b > 0)),
    ("int_div_mul_cancel", "∀ a b : Int, a / b * b = a", lambda: forall(INT, 2, lambda a, b: ediv(a, b) * b == a)),
    ("int_neg_div_comm", "∀ a b : Int, -a / b = -(a / b)", lambda: forall(INT, 2, lambda a, b: ediv(-a, b) == -ediv(a, b))),
    ("int_mod_lt", "∀ a b : Int, a % b < b", lambda: forall(INT, 2, lambda a, b: emod(a, b) < b)),
    ("int_mod_two_cases", "∀ a : Int, a % 2 = 0 ∨ a % 2 = -1", lambda: forall(INT, 1, lambda a: emod(a, 2) in (0, -1))),
    ("int_div_add_mod_off", "∀ a : Int, a / 2 * 2 + a % 2 = a + 1",
     lambda: forall(INT, 1, lambda a: ediv(a, 2) * 2 + emod(a, 2) == a + 1)),
    ("int_mod_neg_divisor", "∀ a : Int, a % -3 ≤ 0", lambda: forall(INT, 1, lambda a: emod(a, -3) <= 0)),
    # Divisibility: a ∣ b ↔ ∃ c, b = a * c.
    ("nat_zero_dvd_one", "(0 : Nat) ∣ 1", lambda: closed(ndvd(0, 1))),
    ("nat_not_zero_dvd_zero", "¬ (0 : Nat) ∣ 0", lambda: closed(not ndvd(0, 0))),
    ("nat_zero_dvd", "∀ n : Nat, 0 ∣ n", lambda: forall(NAT, 1, lambda n: ndvd(0, n))),
    ("nat_dvd_le", "∀ a b : Nat, a ∣ b → a ≤ b", lambda: forall(NAT, 2, lambda a, b: not ndvd(a, b) or a <= b)),
    ("int_zero_dvd_two", "(0 : Int) ∣ 2", lambda: closed(idvd(0, 2))),
    ("int_dvd_antisymm", "∀ a b : Int, a ∣ b ∧ b ∣ a → a = b",
     lambda: forall(INT, 2, lambda a, b: not (idvd(a, b) and idvd(b, a)) or a == b)),
    ("nat_dvd_add_left", "∀ a b c : Nat, a ∣ b + c → a ∣ b",
     lambda: forall(NAT, 3, lambda a, b, c: not ndvd(a, b + c) or ndvd(a, b))),
    ("int_three_dvd", "(3 : Int) ∣ -7", lambda: closed(idvd(3, -7))),
    ("nat_dvd_product", "∀ n : Nat, 2 ∣ n * (n + 1) * (n + 2) → 4 ∣ n",
     lambda: forall(NAT, 1, lambda n: not ndvd(2, n * (n + 1) * (n + 2)) or ndvd(4, n))),
    # Casts ℕ → ℤ, toNat and natAbs.
    ("cast_sub", "∀ a b : Nat, ((a - b : Nat) : Int) = (a : Int) - (b : Int)",
     lambda: forall(NAT, 2, lambda a, b: nsub(a, b) == a - b)),
    ("cast_toNat", "∀ a : Int, ((Int.toNat a : Nat) : Int) = a", lambda: forall(INT, 1, lambda a: max(a, 0) == a)),
    ("cast_natAbs", "∀ a : Int, ((Int.natAbs a : Nat) : Int) = a", lambda: forall(INT, 1, lambda a: abs(a) == a)),
    ("cast_sub_lit", "((7 : Nat) : Int) - 10 = 0", lambda: closed(7 - 10 == 0)),
    ("toNat_neg", "Int.toNat (-5) = 5", lambda: closed(max(-5, 0) == 5)),
    ("natAbs_neg", "Int.natAbs (-5) = 0", lambda: closed(abs(-5) == 0)),
    ("cast_sum_sub", "∀ a b : Nat, ((a + b - b : Nat) : Int) = (a : Int) - 1",
     lambda: forall(NAT, 2, lambda a, b: nsub(a + b, b) == a - 1)),
    # min and max.
    ("nat_min_left", "∀ a b : Nat, min a b = a", lambda: forall(NAT, 2, lambda a, b: min(a, b) == a)),
    ("int_max_add_min", "∀ a b : Int, max a b + min a b = 2 * a",
     lambda: forall(INT, 2, lambda a, b: max(a, b) + min(a, b) == 2 * a)),
    ("nat_max_sub_min", "∀ a b : Nat, max a b - min a b = a - b",
     lambda: forall(NAT, 2, lambda a, b: nsub(max(a, b), min(a, b)) == nsub(a, b))),
    # Order and off-by-one.
    ("nat_lt_add_zero", "∀ n : Nat, n < n + 0", lambda: forall(NAT, 1, lambda n: n < n + 0)),
    ("nat_lt_succ_lt", "∀ a b : Nat, a < b → a + 1 < b", lambda: forall(NAT, 2, lambda a, b: not a < b or a + 1 < b)),
    ("int_le_lt", "∀ a b : Int, a ≤ b → a < b", lambda: forall(INT, 2, lambda a, b: not a <= b or a < b)),
    ("int_sq_pos", "∀ x : Int, x * x > 0", lambda: forall(INT, 1, lambda x: x * x > 0)),
    ("int_sq_ge_succ", "∀ x : Int, x ^ 2 ≥ x + 1", lambda: forall(INT, 1, lambda x: x**2 >= x + 1)),
    ("nat_two_pow_gt_sq", "∀ n : Nat, 2 ^ n > n * n", lambda: forall(NAT, 1, lambda n: 2**n > n * n)),
    ("nat_sq_ge_double", "∀ n : Nat, n ≥ 1 → n ^ 2 ≥ 2 * n", lambda: forall(NAT, 1, lambda n: not n >= 1 or n**2 >= 2 * n)),
    ("int_neg_lt", "∀ x : Int, -x < x", lambda: forall(INT, 1, lambda x: -x < x)),
    # Precedence and associativity.
    ("pow_right_assoc", "(2 : Nat) ^ 3 ^ 2 = 64", lambda: closed(2 ** (3**2) == 64)),
    ("neg_pow", "-(2 : Int) ^ 2 = 4", lambda: closed(-(2**2) == 4)),
    ("mul_add_prec", "(2 : Nat) * 3 + 4 = 14", lambda: closed(2 * 3 + 4 == 14)),
    ("sub_left_assoc", "(10 : Nat) - 3 - 2 = 9", lambda: closed(nsub(nsub(10, 3), 2) == 9)),
    ("div_left_assoc", "(100 : Nat) / 10 / 5 = 50", lambda: closed(ndiv(ndiv(100, 10), 5) == 50)),
    ("not_eq_prec", "¬ (1 : Nat) = 1 ∨ True → False", lambda: closed(((not (1 == 1)) or True) <= False)),
    ("int_sub_left_assoc", "(1 : Int) - 2 - 3 = 2", lambda: closed(1 - 2 - 3 == 2)),
    # Logic and quantifiers.
    ("imp_converse", "∀ p q : Prop, (p → q) → (q → p)", lambda: forall(PROP, 2, lambda p, q: (not (not p or q)) or (not q or p))),
    ("not_and_distrib_wrong", "∀ p q : Prop, ¬(p ∧ q) → ¬p ∧ ¬q",
     lambda: forall(PROP, 2, lambda p, q: (p and q) or ((not p) and (not q)))),
    ("exists_succ_zero", "∃ n : Nat, n + 1 = 0", lambda: closed(any(n + 1 == 0 for n in range(100)))),
    ("forall_exists_pred", "∀ n : Nat, ∃ m : Nat, m + 1 = n", lambda: forall(NAT, 1, lambda n: any(m + 1 == n for m in NAT))),
    ("iff_self_not", "∀ p : Prop, p ↔ ¬p ∨ p", lambda: forall(PROP, 1, lambda p: p == ((not p) or p))),
    ("uninterpreted_zero", "∀ f : Nat → Nat, f 0 = 0", lambda: forall((1,), 1, lambda c: c == 0)),
    ("uninterpreted_mono", "∀ f : Nat → Nat, (∀ n, f n ≤ f (n + 1)) → f 0 = f 1",
     lambda: forall(((0, 1),), 1, lambda f: f[0] == f[1])),
    # Big closed arithmetic.
    ("big_pow_mod", "((19 : Nat) ^ 19 + 99 ^ 99) % 10 = 7", lambda: closed((19**19 + 99**99) % 10 == 7)),
    ("two_pow_64", "(2 : Nat) ^ 64 = 18446744073709551615", lambda: closed(2**64 == 18446744073709551615)),
    ("big_mul", "(123456789 : Nat) * 987654321 = 121932631112635268", lambda: closed(123456789 * 987654321 == 121932631112635268)),
    ("big_int_sub", "(10 : Int) ^ 20 - 10 ^ 20 - 1 = 0", lambda: closed(10**20 - 10**20 - 1 == 0)),
]


def main():
    failures = 0
    lines = [
        "/-",
        "Semantic traps: false statements, one per rule of Lean's semantics that a checker could get",
        "wrong. Generated and checked by scripts/check-traps.py: every trap has a counterexample under",
        "Lean's semantics, written in its doc comment. Nothing may ever prove any of them.",
        "-/",
        "",
        "namespace Traps",
        "",
    ]
    for name, statement, search in TRAPS:
        witness = search()
        if witness is None:
            print(f"{name}: no counterexample found, so it is not a trap", file=sys.stderr)
            failures += 1
            continue
        shown = "the statement evaluates to False" if witness == () else f"counterexample {witness}"
        lines.append(f"/-- False: {shown}. -/")
        lines.append(f"theorem {name} : {statement} := by")
        lines.append("  sorry")
        lines.append("")
    lines.append("end Traps")
    lines.append("")
    print(f"{len(TRAPS) - failures} of {len(TRAPS)} traps have counterexamples", file=sys.stderr)
    if "--write" in sys.argv and failures == 0:
        (ROOT / "corpora/traps/SemanticTraps.lean").write_text("\n".join(lines))
    return 1 if failures else 0


sys.exit(main())
