#!/usr/bin/env python3
# Usage: python3 scripts/check-corpus-names.py [corpora-dir] [--facts ../shared/data/lean-facts] [-v]
"""Check the Lean corpora against the recorded facts about real Lean.

For every `.lean` file under the corpora directory (default: `corpora/` next to this
script's parent), with comments removed:

* every `Nat.xxx` / `Int.xxx` identifier must be a lemma of
  `lean-core-lemmas.jsonl` (or, in a file that imports Mathlib, of
  `mathlib-lemmas.jsonl`), a known function or constructor, or an auto-generated
  constructor lemma (`Nat.succ.inj`); a trailing projection such as `.mp`, `.mpr`,
  `.symm`, `.1`, `.2` is stripped first;
* every other identifier that contains `_` and is applied or rewritten with must be a
  root lemma of the facts files, a name declared in the same file, or (Mathlib files
  only) a name in the allow-list `MATHLIB_KNOWN` below, which is reported as
  "Mathlib, not in the facts file" so that a reader can review it;
* deprecated names are reported;
* a file without a Mathlib import must not use `ℕ`, `ℤ`, `lemma` or a Mathlib-only
  tactic.

It also counts declarations (`theorem`/`lemma`/`example`) and `sorry`s per file and
per folder, and checks that every `exercises/X.lean` has a `exercises/solutions/X.lean`
with the same declarations in the same order and no `sorry`.

Exit status: 0 when there is no error (warnings allowed), 1 otherwise.
"""

import json
import os
import re
import sys
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Functions, types and constructors that are not lemmas but may appear in terms.
KNOWN_TERMS = {
    "Nat.succ", "Nat.pred", "Nat.gcd", "Nat.lcm", "Nat.le", "Nat.lt", "Nat.add", "Nat.mul",
    "Nat.sub", "Nat.pow", "Nat.zero", "Nat.factorial", "Nat.Prime", "Nat.rec",
    "Int.natAbs", "Int.toNat", "Int.emod", "Int.ediv", "Int.ofNat", "Int.negSucc",
    "Int.sign", "Int.neg",
}
# Lemmas Lean generates for the constructors of `Nat` (not in the facts file).
AUTO_GENERATED = {"Nat.succ.inj", "Nat.succ.injEq"}
PROJECTIONS = {"mp", "mpr", "symm", "trans", "elim", "1", "2", "le", "ne", "resolve_left",
               "resolve_right", "imp", "left", "right", "out", "ne'", "lt", "not_lt"}

# Root names that are core Lean but are not lemma statements in the facts file.
CORE_ROOT_TERMS = {
    "absurd", "rfl", "id", "trivial", "True.intro", "And.intro", "Or.inl", "Or.inr", "Or.elim",
    "And.left", "And.right", "Iff.intro", "Iff.mp", "Iff.mpr", "Exists.intro", "False.elim",
    "Eq.symm", "Eq.trans", "Eq.subst", "Eq.mp", "Eq.mpr", "congrArg", "congrFun", "Or.resolve_left",
    "Or.resolve_right", "Not.elim", "Nat.lt_irrefl", "Classical.byCases",
}

# Tactic and keyword spellings that contain an underscore.
TACTIC_WORDS = {
    "simp_all", "simp_arith", "exact_mod_cast", "all_goals", "any_goals", "by_cases",
    "norm_num", "ring_nf", "push_neg", "by_contra", "field_simp", "norm_cast", "push_cast",
    "set_option", "maxHeartbeats", "apply_rfl", "exact?", "decide_eq_true", "with_reducible",
    "rw_mod_cast", "apply_mod_cast", "assumption_mod_cast", "simp_arith", "linear_combination",
}

MATHLIB_ONLY_TACTICS = ["norm_num", "ring_nf", "ring", "linarith", "nlinarith", "positivity",
                        "push_neg", "by_contra", "zify", "field_simp", "use"]

# Mathlib names used in corpora/mathlib-like that are not in mathlib-lemmas.jsonl.
# They are well-known Mathlib lemmas; the script lists them so that a reviewer sees them.
MATHLIB_KNOWN = {
    "sq_nonneg",  # theorem sq_nonneg [LinearOrderedRing α] (a : α) : 0 ≤ a ^ 2
    "mul_pos",    # theorem mul_pos [Mul α] [Zero α] [Preorder α] ... (ha : 0 < a) (hb : 0 < b) : 0 < a * b
}


def load_facts(facts_dir):
    core, mathlib, deprecated = {}, {}, {}
    path = os.path.join(facts_dir, "lean-core-lemmas.jsonl")
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            core[d["name"]] = d
            for a in d.get("attrs", []):
                if a.startswith("deprecated"):
                    deprecated[d["name"]] = a
    path = os.path.join(facts_dir, "mathlib-lemmas.jsonl")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                mathlib[d["name"].split(" ")[0]] = d
    return core, mathlib, deprecated


def strip_comments(text):
    """Remove `--` line comments and nested `/- ... -/` block comments (doc comments too)."""
    out, i, depth, n = [], 0, 0, len(text)
    while i < n:
        if text.startswith("/-", i):
            depth += 1
            i += 2
            continue
        if depth > 0:
            if text.startswith("-/", i):
                depth -= 1
                i += 2
            else:
                if text[i] == "\n":
                    out.append("\n")
                i += 1
            continue
        if text.startswith("--", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


DECL_RE = re.compile(r"^\s*(?:@\[[^\]]*\]\s*)?(?:private\s+|protected\s+)?(theorem|lemma|example)\b\s*([^\s:({\[]*)",
                     re.M)
QUALIFIED_RE = re.compile(r"(?<![\w.'])((?:Nat|Int)(?:\.[A-Za-z_][\w']*|\.[12])+)")
IDENT_RE = re.compile(r"(?<![\w.'])([A-Za-z][\w']*(?:\.[A-Za-z_][\w']*)*)")


def resolve(name, known):
    """Strip trailing projections until a known name is found; return it or None."""
    parts = name.split(".")
    while parts:
        cand = ".".join(parts)
        if cand in known:
            return cand
        if parts[-1] in PROJECTIONS:
            parts = parts[:-1]
            continue
        return None
    return None


def check_file(path, core, mathlib, deprecated, verbose):
    raw = open(path, encoding="utf-8").read()
    code = strip_comments(raw)
    is_mathlib = bool(re.search(r"^\s*import\s+Mathlib", code, re.M))
    errors, warnings = [], []

    decls = [(m.group(1), m.group(2)) for m in DECL_RE.finditer(code)]
    declared = {name for _, name in decls if name}
    # short names declared in the file, with their namespace prefix dropped
    declared_short = set(declared)
    for name in declared:
        declared_short.add(name.split(".")[-1])

    root_names = {n for n in core if "." not in n}
    if is_mathlib:
        root_names |= {n for n in mathlib if "." not in n}
    for name in sorted(declared):
        short = name.split(".")[-1]
        if short in root_names:
            warnings.append(f"{path}: declaration `{name}` has the name of the root lemma "
                            f"`{short}`; inside its namespace it would shadow it")

    known = set(core) | KNOWN_TERMS | AUTO_GENERATED | CORE_ROOT_TERMS
    if is_mathlib:
        known |= set(mathlib) | MATHLIB_KNOWN

    for lineno, line in enumerate(code.split("\n"), 1):
        for m in QUALIFIED_RE.finditer(line):
            name = m.group(1)
            hit = resolve(name, known)
            if hit is None:
                errors.append(f"{path}:{lineno}: unknown name `{name}`")
            elif hit in deprecated:
                warnings.append(f"{path}:{lineno}: deprecated `{hit}` ({deprecated[hit]})")
            elif is_mathlib and hit in MATHLIB_KNOWN and hit not in core and hit not in mathlib:
                warnings.append(f"{path}:{lineno}: Mathlib name `{hit}` is not in the facts files")
        for m in IDENT_RE.finditer(line):
            name = m.group(1)
            if name.startswith(("Nat.", "Int.")) or "_" not in name:
                continue
            if "." in name and name[0].islower():
                continue  # a projection on a local hypothesis, such as `hp.two_le`
            base = name.split(".")[0]
            if name in TACTIC_WORDS or base in TACTIC_WORDS:
                continue
            if base in declared_short or name in declared_short:
                continue
            hit = resolve(name, known)
            if hit is None and base in known:
                hit = base
            if hit is None:
                if is_mathlib:
                    warnings.append(f"{path}:{lineno}: Mathlib name `{name}` is not in the allow-list")
                else:
                    errors.append(f"{path}:{lineno}: unknown root name `{name}`")
            elif hit in deprecated:
                warnings.append(f"{path}:{lineno}: deprecated `{hit}` ({deprecated[hit]})")
            elif is_mathlib and hit in MATHLIB_KNOWN and hit not in core and hit not in mathlib:
                warnings.append(f"{path}:{lineno}: Mathlib name `{hit}` is not in the facts files")

    if not is_mathlib:
        for lineno, line in enumerate(code.split("\n"), 1):
            if "ℕ" in line or "ℤ" in line:
                errors.append(f"{path}:{lineno}: `ℕ`/`ℤ` needs Mathlib")
            if re.search(r"^\s*lemma\b", line):
                errors.append(f"{path}:{lineno}: `lemma` needs Mathlib")
            for tac in MATHLIB_ONLY_TACTICS:
                if re.search(r"(?<![\w.])" + re.escape(tac) + r"(?![\w'?!])", line):
                    errors.append(f"{path}:{lineno}: tactic `{tac}` needs Mathlib")
        if re.search(r"^\s*import\b", code, re.M):
            errors.append(f"{path}: a core corpus file must not import anything")

    sorries = len(re.findall(r"(?<![\w])sorry(?![\w])", code))
    return decls, sorries, errors, warnings


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("-")]
    verbose = "-v" in argv
    facts = os.path.join(ROOT, "..", "shared", "data", "lean-facts")
    if "--facts" in argv:
        facts = argv[argv.index("--facts") + 1]
        args = [a for a in args if a != facts]
    corpora = args[0] if args else os.path.join(ROOT, "corpora")
    if not os.path.isdir(facts):
        print(f"facts directory not found: {facts}")
        return 1
    core, mathlib, deprecated = load_facts(facts)

    all_errors, all_warnings = [], []
    per_folder = OrderedDict()
    file_decls = {}
    for dirpath, _, files in sorted(os.walk(corpora)):
        for fn in sorted(files):
            if not fn.endswith(".lean"):
                continue
            path = os.path.join(dirpath, fn)
            decls, sorries, errors, warnings = check_file(path, core, mathlib, deprecated, verbose)
            rel = os.path.relpath(path, corpora)
            file_decls[rel] = decls
            folder = os.path.dirname(rel)
            names = [n for k, n in decls if k != "example"]
            stats = per_folder.setdefault(folder, {"files": 0, "decls": 0, "names": set(), "sorry": 0})
            stats["files"] += 1
            stats["decls"] += len(decls)
            stats["names"] |= set(names)
            stats["sorry"] += sorries
            all_errors += errors
            all_warnings += warnings
            if verbose:
                print(f"{rel}: {len(decls)} declarations, {sorries} sorry")

    # exercises: solutions must mirror the statements
    for rel, decls in file_decls.items():
        parts = rel.split(os.sep)
        if len(parts) == 2 and parts[0] == "exercises":
            sol = os.path.join("exercises", "solutions", parts[1])
            if sol not in file_decls:
                all_errors.append(f"{rel}: no solution file {sol}")
                continue
            if [n for _, n in decls] != [n for _, n in file_decls[sol]]:
                all_errors.append(f"{rel}: declarations differ from {sol}")
            if per_folder.get(os.path.join("exercises", "solutions"), {}).get("sorry", 0):
                all_errors.append(f"{sol}: solutions must not contain `sorry`")

    seen = set()
    for w in all_warnings:
        key = re.sub(r":\d+:", ":", w)
        if key in seen:
            continue
        seen.add(key)
        print("warning:", w)
    for e in all_errors:
        print("error:", e)
    print()
    print(f"{'folder':28} {'files':>5} {'decls':>6} {'distinct names':>15} {'sorry':>6}")
    for folder, s in per_folder.items():
        print(f"{folder:28} {s['files']:>5} {s['decls']:>6} {len(s['names']):>15} {s['sorry']:>6}")
    print()
    print(f"{len(all_errors)} error(s), {len(seen)} warning(s)")
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
