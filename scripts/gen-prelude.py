#!/usr/bin/env python3
"""Generates the native checker's core prelude from ../shared/data/lean-facts/lean-core-lemmas.jsonl.

Usage: scripts/gen-prelude.py [JSONL] > Sources/NativeChecker/Prelude/CorePrelude.lean

Keeps Lean core's names, statements and @[simp] tags exactly; keeps only lemmas inside the native
fragment (ℕ/ℤ arithmetic, order, divisibility, casts, propositional logic); skips deprecated
names. Lean's prefix forms (`LE.le a b`, `HAdd.hAdd a b`, …) are printed as notation, leading
`∀ (x : T),` / `(x : T) →` binders become declaration binders, and auto-bound variables get explicit
implicit binders typed by the namespace (`Nat.*` → Nat, `Int.*` → Int, otherwise Prop). Every
lemma is emitted as an `axiom`: the checker proves what it can and lists the rest as admitted.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "../shared/data/lean-facts/lean-core-lemmas.jsonl"

# Anything mentioning these is outside the fragment.
EXCLUDED = re.compile(
    r"Decidable|decide|beq|\bble\b|\bBool\b|\btrue\b|\bfalse\b|α|β|γ|Sort|Type|Nonempty|Inhabited|-\[|"
    r"tdiv|tmod|fdiv|fmod|bmod|bdiv|\bsign\b|testBit|shift|log2|land|lor|xor|<<<|>>>|Fin\b|List|Option|"
    r"\bite\b|\bif\b|dite|cast|HEq|≍|Subsingleton|\brec\b|pred|negSucc|subNatNat|repr|toNat'|natMod|NeZero|"
    r"Std\.|Prod|Function|choose|@|fun\b|λ|∘|lcm|Coprime|\bnot\b|!|\bdiv2\b|bodd|Exists\.|Nat\.cast|IntCast|"
    r"NatCast|OfNat|instOfNat|SizeOf|sizeOf|Nat\.fold|Nat\.any|Nat\.all|Nat\.repeat|Nat\.iterate|Int\.ofNat\b|"
    r"\bofNat\b|Int\.toNat\?|\bsub_one_lt\b|Nat\.zero\b|Nat\.succ\b|Classical|Set|Finset|True\b.*=|= True|= False|"
    r"\bEq\.|\bOr\.|\bAnd\.|\bIff\.|\bNot\.|nonneg_of_normalize|\bneg_succ|emod_emod_of_dvd'|\bbit|natAbs_of_nonneg'|"
    r"\bsq\b|\bmax'|\bmin'|Int\.pow|\bcompare|\bOrdering|Nat\.le\.|Nat\.lt\.|\bP\b|\bq\b.*Prop"
)
EXCLUDED_NAMES = re.compile(r"^(Decidable|Classical|Nat\.le\.|Nat\.lt\.|iff_not_self)")
# Statements whose auto-bound variables have a type other than the namespace's (a ℕ variable in an
# `Int.` lemma): typing them by the namespace would make them false, so they are left out.
MISTYPED = {"Int.natAbs_eq_iff_mul_eq_zero"}
# Auto-bound variables typed by hand where the namespace's type would be wrong (the cast
# `((n - m : Nat) : Int)` makes `m n` natural numbers in an `Int.` lemma).
BINDERS = {"Int.ofNat_sub": "{m n : Nat} "}
# Equations between propositions (`p = True`) that the fragment has although the generic filters
# below leave them out: `Init/SimpLemmas.lean`'s `of_eq_true`, `eq_true`, `eq_false`, ….
PROPOSITION_EQUATIONS = {"of_eq_true", "of_eq_false", "eq_true", "eq_false", "eq_false'"}
PREFIX = {
    "LE.le": "≤", "LT.lt": "<", "GE.ge": "≥", "GT.gt": ">", "Eq": "=", "Ne": "≠", "Or": "∨", "And": "∧",
    "Iff": "↔", "HAdd.hAdd": "+", "HSub.hSub": "-", "HMul.hMul": "*", "HPow.hPow": "^", "HDiv.hDiv": "/",
    "HMod.hMod": "%", "Dvd.dvd": "∣",
}


def tokenize(text):
    return re.findall(r"\(|\)|→|[^\s()→]+", text)


def parse_arrow(tokens, i):
    left, i = parse_app(tokens, i)
    if i < len(tokens) and tokens[i] == "→":
        right, i = parse_arrow(tokens, i + 1)
        return ("→", left, right), i
    return left, i


def parse_app(tokens, i):
    items = []
    while i < len(tokens) and tokens[i] not in (")", "→"):
        if tokens[i] == "(":
            inner, i = parse_arrow(tokens, i + 1)
            i += 1
            items.append(("paren", inner))
        else:
            items.append(tokens[i])
            i += 1
    return (items[0] if len(items) == 1 else ("app", items)), i


def show(node, top=False):
    if isinstance(node, str):
        return node
    if node[0] == "paren":
        return show(node[1], top)
    if node[0] == "→":
        text = f"{show(node[1])} → {show(node[2], True)}"
        return text if top else f"({text})"
    items = node[1]
    head = items[0]
    args = [show(a) for a in items[1:]]
    if head in PREFIX and len(args) == 2:
        text = f"{args[0]} {PREFIX[head]} {args[1]}"
    elif head == "Not" and len(args) == 1:
        text = f"¬{args[0]}"
    else:
        text = " ".join([head] + args)
    return text if top else f"({text})"


def unprefix(statement):
    if not re.search(r"\b(LE\.le|LT\.lt|GE\.ge|Eq|Not|HAdd\.hAdd|HSub\.hSub|HMul\.hMul|HPow\.hPow|Or|And)\b", statement):
        return statement
    binders, colon, body = split_type(statement)
    return f"{binders}{colon}{show(parse_arrow(tokenize(body), 0)[0], True)}"


def split_type(statement):
    """Splits `binders : type` at the colon that is outside brackets."""
    depth = 0
    for i, ch in enumerate(statement):
        if ch in "([{⟨":
            depth += 1
        elif ch in ")]}⟩":
            depth -= 1
        elif ch == ":" and depth == 0 and statement[i : i + 2] != ":=":
            return statement[:i], ": ", statement[i + 1 :].strip()
    return statement, "", ""


def hoist_binders(statement):
    """Moves leading `∀ (x : T),` and `(x : T) →` binders of the type into the declaration binders."""
    binders, colon, body = split_type(statement)
    while True:
        match = re.match(r"^∀\s*((?:[({][^(){}]*[)}]\s*)+),\s*", body) or re.match(
            r"^((?:[({][^(){}]*:[^(){}]*[)}]\s*))→\s*", body
        )
        if not match:
            break
        binders = f"{binders.rstrip()} {match.group(1).strip()}".strip() + " "
        body = body[match.end() :]
    return binders, body


def bound_names(text):
    names = set()
    for group in re.findall(r"[({\[]\s*([^:(){}\[\]]+?)\s*:", text):
        names.update(group.split())
    for group in re.findall(r"[∀∃]\s*([^,:]+?)\s*[,:]", text):
        names.update(n.strip("(){}") for n in group.split())
    return names


def auto_bound(name, binders, body):
    text = binders + " " + body
    bound = bound_names(text)
    free = []
    for ident in re.findall(r"(?<![\w.'₀-₉])([a-zA-Z][0-9₀-₉']*)(?![\w.'₀-₉])", body + " " + binders):
        if ident in bound or ident in free or ident in ("Nat", "Int", "Prop", "True", "False", "min", "max"):
            continue
        if len(ident.rstrip("0123456789₀₁₂₃₄₅₆₇₈₉'")) == 1:
            free.append(ident)
    if not free:
        return ""
    kind = "Nat" if name.startswith("Nat.") else "Int" if name.startswith("Int.") else "Prop"
    return "{" + " ".join(free) + " : " + kind + "} "


def main():
    rows = [json.loads(line) for line in SOURCE.open()]
    seen = set()
    out = [
        "/-",
        "Lean core's lemmas about Nat, Int and propositions, under their real names, with their real",
        "statements and @[simp] tags, generated by scripts/gen-prelude.py from",
        "shared/data/lean-facts/lean-core-lemmas.jsonl. Each is an `axiom` here; the checker proves the",
        "ones it can and lists the rest as admitted trusted facts, each tested on random instances.",
        "-/",
        "",
    ]
    count = 0
    for row in rows:
        name, statement, attrs = row["name"], row["statement"], row.get("attrs", [])
        if not statement or name in seen or EXCLUDED_NAMES.search(name) or name in MISTYPED:
            continue
        if any(a.startswith("deprecated") or a in ("instance", "abbrev") for a in attrs) or row.get("alias_of"):
            continue
        # Prefix forms (`LE.le a b`) are kept: the checker elaborates them as Lean does, and
        # rewriting them to notation here would misplace the scope of `∀` binders.
        kept = name in PROPOSITION_EQUATIONS
        if not kept and (EXCLUDED.search(statement) or "succ" in statement and not name.startswith("Nat.")):
            continue
        statement = re.sub(r"(?<![\w.])succ\b", "Nat.succ", statement)
        binders, body = hoist_binders(statement)
        if not body:
            continue
        # Untyped binders (`{n m}`, `(x y)`) take the namespace's type, as Lean infers it here.
        kind = "Nat" if name.startswith("Nat.") else "Int" if name.startswith("Int.") else "Prop"
        binders = re.sub(r"\{([^:{}()]+)\}", lambda m: "{" + m.group(1).strip() + " : " + kind + "}", binders)
        binders = re.sub(r"\(([^:{}()]+)\)", lambda m: "(" + m.group(1).strip() + " : " + kind + ")", binders)
        implicit = BINDERS.get(name) or auto_bound(name, binders, body)
        if name.startswith(("Nat.", "Int.")) and "Prop" in implicit:
            continue
        if not kept and not name.startswith(("Nat.", "Int.")) and (
            re.search(r"\b(Nat|Int)\b", binders + body) or re.search(r"[=∃∀]", body)
        ):
            continue  # generic lemmas over a type α; only purely propositional ones are kept
        for short, full in (("natAbs", "Int.natAbs"), ("toNat", "Int.toNat"), ("emod", "Int.emod"),
                            ("ediv", "Int.ediv"), ("gcd", "Nat.gcd")):
            body = re.sub(r"(?<![\w.])" + short + r"\b", full, body)
            binders = re.sub(r"(?<![\w.])" + short + r"\b", full, binders)
        seen.add(name)
        simp = [a for a in attrs if a.split()[0] == "simp"]
        prefix = "@[simp] " if simp else ""
        protected = "protected " if "protected" in attrs else ""
        out.append(f"{prefix}{protected}axiom {name} {implicit}{binders.strip()} : {body}".replace("  ", " "))
        count += 1
    out.append("")
    sys.stdout.write("\n".join(out))
    print(f"{count} lemmas", file=sys.stderr)


main()
