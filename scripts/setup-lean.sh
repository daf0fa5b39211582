#!/usr/bin/env bash
# Builds the Lake project in Lean/ (the Lean REPL, optionally Mathlib) so that Prover can check
# proofs with real Lean: `prover ... --backend lean --lean-project Lean`.
# Needs elan (the Lean toolchain manager) and internet access. Usage:
#   scripts/setup-lean.sh [--with-mathlib]
set -euo pipefail

cd "$(dirname "$0")/.."
project="$PWD/Lean"
with_mathlib=0

for argument in "$@"; do
  case "$argument" in
    --with-mathlib) with_mathlib=1 ;;
    -h|--help)
      sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "setup-lean: unknown option '$argument' (try --help)" >&2
      exit 2
      ;;
  esac
done

if [ -d "$HOME/.elan/bin" ]; then
  PATH="$HOME/.elan/bin:$PATH"
fi
if ! command -v lake >/dev/null 2>&1; then
  echo "setup-lean: 'lake' was not found on PATH or in ~/.elan/bin." >&2
  echo "  Install elan, the Lean toolchain manager (see the Lean community's installation guide)," >&2
  echo "  then run this script again. elan reads Lean/lean-toolchain and installs that Lean." >&2
  exit 1
fi

toolchain="$(cat "$project/lean-toolchain")"
echo "setup-lean: Lake project $project, toolchain $toolchain"

if [ "$with_mathlib" = 1 ] && ! grep -q 'name = "mathlib"' "$project/lakefile.toml"; then
  version="${toolchain##*:}"
  echo "setup-lean: adding Mathlib $version to Lean/lakefile.toml"
  cat >>"$project/lakefile.toml" <<TOML

[[require]]
name = "mathlib"
git = "https://github.com/leanprover-community/mathlib4"
rev = "$version"
TOML
fi

cd "$project"
echo "setup-lean: fetching dependencies (lake update)"
lake update

if grep -q 'name = "mathlib"' lakefile.toml; then
  echo "setup-lean: fetching Mathlib's prebuilt files (lake exe cache get)"
  lake exe cache get
fi

echo "setup-lean: building the project and the REPL"
lake build
lake exe repl </dev/null

echo "setup-lean: checking that the REPL answers"
reply="$(printf '{"cmd": "example : 2 + 2 = 4 := rfl"}\n\n' | lake exe repl)"
if ! printf '%s' "$reply" | grep -q '"env": 0'; then
  echo "setup-lean: the REPL did not answer as expected; it printed:" >&2
  printf '%s\n' "$reply" >&2
  exit 1
fi

repl_binary="$(find "$project/.lake/packages" -path '*/.lake/build/bin/repl' -type f 2>/dev/null | head -n 1)"
echo "setup-lean: done. The REPL is ${repl_binary:-built by lake}."
echo "  Check what Prover finds:   prover doctor --lean-project Lean"
echo "  Use real Lean:             prover <command> --backend lean --lean-project Lean"
echo "  Or for every command:      export PROVER_LEAN_PROJECT=$project"
