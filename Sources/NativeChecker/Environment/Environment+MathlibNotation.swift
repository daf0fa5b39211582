extension Environment {
  /// Whether Mathlib's notation `n !` for `Nat.factorial n` is in scope: it is `scoped` in the
  /// namespace `Nat`, so it needs Mathlib and `open Nat` (or a position inside `namespace Nat`).
  var factorialNotation: Bool {
    mathlib && (opens.contains("Nat") || namespaces.first == "Nat")
  }
}
