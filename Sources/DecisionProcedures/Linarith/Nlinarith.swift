import Kernel

/// Mathlib's `nlinarith`: `linarith` after the `nlinarithExtras` preprocessing (squares of the
/// terms `a ^ 2` and `a * a` that occur, and products of all pairs of facts, the negated goal and
/// the hints included).
public enum Nlinarith {
  /// `hypotheses', hints' ⊢ target`, where the primed lists are the facts the certificate uses.
  public static func prove(hypotheses: [Term], target: Term, hints: [Term] = []) throws(DecisionFailure) -> Theorem {
    try LinarithRun(tactic: "nlinarith", configuration: LinarithConfiguration(), products: true)
      .prove(facts: hypotheses + hints, target: target)
  }
}
