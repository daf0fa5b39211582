import Kernel
import LeanSyntax
import ProverCore

extension TacticRunner {
  /// Mathlib's `norm_num [h, lemma]` on the goal: `simp` with the default set and the bracketed
  /// facts (as `simp [h]` here, which is never stronger than Lean's), then `norm_num`'s numeral
  /// evaluation on what is left. Only a run that closes the goal is modelled: a `norm_num [..]`
  /// that would leave a simplified goal, or one at hypotheses, is refused as outside the fragment.
  func normNumWithArguments(_ goal: GoalState, _ call: SimpCall, _ range: SourceRange) throws(CheckError) -> GoalStep {
    switch call.location {
    case nil, .hypotheses([], goal: true)?: break
    default: throw .unsupported("norm_num at a hypothesis", at: range)
    }
    var simpCall = call
    simpCall.variant = .simp
    simpCall.location = nil
    let step: GoalStep
    do {
      step = try simplify(goal, simpCall, range)
    } catch {
      guard error.kind == .tactic, let closed = try? oracle("norm_num", goal, hints: [], range) else {
        throw error.kind == .unsupported ? error : .unsupported("norm_num [..] leaving a goal", at: range)
      }
      return .closed(closed)
    }
    guard let remaining = step.subgoals.first else { return step }
    guard step.subgoals.count == 1, let closed = try? oracle("norm_num", remaining, hints: [], range) else {
      throw .unsupported("norm_num [..] leaving a goal", at: range, detail: printer.text(step.subgoals))
    }
    return try sequenceFirst(step) { (_) throws(CheckError) -> GoalStep in .closed(closed) }
  }
}
