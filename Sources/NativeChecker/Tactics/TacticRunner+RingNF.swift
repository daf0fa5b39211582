import DecisionProcedures
import Kernel
import LeanSyntax
import ProverCore

extension TacticRunner {
  /// Mathlib's `ring_nf` at the goal and at hypotheses (`ring_nf at h ⊢`): every location put in
  /// `ring_nf` normal form with one shared atom order (`RingNormalizer`); a goal that becomes
  /// `True` is closed; a location with no ring expression and no numeral fails with `ring_nf made
  /// no progress` (one that prints the same but has them was rebuilt by Lean and passes). Where the
  /// normal form is not certainly Lean's (atoms other than variables), a goal is still closed when
  /// both sides normalise alike (the order of atoms cannot matter then); anything else is refused.
  func ringNF(_ goal: GoalState, _ location: Location?, _ range: SourceRange) throws(CheckError) -> GoalStep {
    try requireMathlib("ring_nf", range)
    var normalizer = RingNormalizer()
    do {
      return try transformAt(
        goal, location, tactic: "ring_nf", noProgress: .perLocation("ring_nf made no progress"), closesTrueGoal: true,
        silentlyProcessed: RingNormalizer.rebuilds, range
      ) { (proposition) throws(CheckError) -> RewrittenProposition? in
        let outcome: (normalized: KTerm, proof: Theorem)?
        do throws(DecisionFailure) {
          outcome = try normalizer.normalize(proposition)
        } catch {
          throw error.reason == .unsupported
            ? .unsupported("ring_nf", at: range, detail: error.message) : .tactic(error.message, at: range)
        }
        guard let outcome else { return nil }
        return RewrittenProposition(result: outcome.normalized, proof: outcome.proof, definitional: false)
      }
    } catch {
      guard error.kind == .unsupported, location == nil, ArithmeticOracles.oracle(named: "ring_nf") != nil,
        let closed = try? oracle("ring_nf", goal, hints: [], range)
      else { throw error }
      return .closed(closed)
    }
  }
}
