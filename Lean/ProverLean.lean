/-!
# ProverLean

The Lean side of Prover. This library is the root of the Lake project in which Prover runs the
Lean REPL (the `REPL` dependency); it has no definitions of its own yet. Files checked with
`--backend lean` can import anything this project depends on (Mathlib too, once enabled).
-/
