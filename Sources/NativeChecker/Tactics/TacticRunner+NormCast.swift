import Kernel
import LeanSyntax
import ProverCore

extension TacticRunner {
  /// Lean core's `norm_cast` (`norm_cast0 at loc <;> try trivial`) at the goal or at hypotheses:
  /// casts moved up and eliminated by `CastNormalizer`, with the hypotheses of the context as
  /// `Nat.cast_sub`'s discharger; it never fails for lack of progress. A cast pattern whose Lean
  /// normal form needs lemmas this checker lacks (`↑a / ↑b`, `↑a ≠ ↑b`, …) is refused.
  func normCast(_ goal: GoalState, _ location: Location?, _ range: SourceRange) throws(CheckError) -> GoalStep {
    let facts = goal.context.hypotheses
    let step = try transformAt(
      goal, location, tactic: "norm_cast", noProgress: .allowed, closesTrueGoal: false, range
    ) { (proposition) throws(CheckError) -> RewrittenProposition? in
      if let pattern = CastNormalizer.unsupportedPattern(in: proposition) {
        throw .unsupported("norm_cast on \(pattern)", at: range)
      }
      let proof = try rule(range) { () throws(KernelError) in try CastNormalizer.normalize(proposition, facts: facts) }
      guard let proof else { return nil }
      let result = proof.conclusion.asEquation!.rhs
      if let pattern = CastNormalizer.unsupportedPattern(in: result) {
        throw .unsupported("norm_cast on \(pattern)", at: range)
      }
      return RewrittenProposition(result: result, proof: proof, definitional: false)
    }
    guard step.subgoals.count == 1, let closed = try? trivial(step.subgoals[0], range) else { return step }
    return try sequenceFirst(step) { (_) throws(CheckError) -> GoalStep in .closed(closed) }
  }
}
