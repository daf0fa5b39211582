import Kernel
import LeanSyntax
import ProverCore

extension TacticRunner {
  /// Mathlib's `push_neg` (`push Not`) at the goal or at hypotheses (`push_neg at h ⊢`, `at *`):
  /// negations pushed by `NegationPusher`; an unchanged location fails with Mathlib's
  /// `push made no progress on goal` / `push made no progress at h`.
  func pushNeg(_ goal: GoalState, _ location: Location?, _ range: SourceRange) throws(CheckError) -> GoalStep {
    try requireMathlib("push_neg", range)
    return try transformAt(
      goal, location, tactic: "push", noProgress: .mathlibLocation("push"), closesTrueGoal: true, range
    ) { (proposition) throws(CheckError) -> RewrittenProposition? in
      guard let outcome = try NegationPusher.push(proposition) else { return nil }
      return RewrittenProposition(result: outcome.result, proof: outcome.proof, definitional: outcome.definitional)
    }
  }
}
