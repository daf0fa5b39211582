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
    case .hypotheses(let names, goal: false)? where names.count == 1:
      return try normNumRefuting(goal, names[0], call, range)
    default: throw .unsupported("norm_num at several locations", at: range)
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

  /// `norm_num [..] at h` where `h` becomes `False`, which closes the goal (the only outcome whose
  /// form does not depend on Mathlib's whole simp set): `simp [..] at h`, then `norm_num`'s
  /// evaluation refuting what is left of `h` when it is closed arithmetic. Any other outcome is
  /// refused as outside the fragment.
  private func normNumRefuting(_ goal: GoalState, _ name: String, _ call: SimpCall, _ range: SourceRange)
    throws(CheckError) -> GoalStep
  {
    var simpCall = call
    simpCall.variant = .simp
    simpCall.location = .hypotheses([name], goal: false)
    let simplified = try? simplify(goal, simpCall, range)
    if let simplified, simplified.subgoals.isEmpty { return simplified }
    let step = simplified ?? GoalStep(subgoals: [goal]) { (theorems) throws(CheckError) -> Theorem in theorems[0] }
    guard step.subgoals.count == 1, let current = step.subgoals.first,
      let entry = current.context.entries.last(where: { $0.isHypothesis && $0.accessible && $0.name == name }),
      entry.term.freeVariables.isEmpty
    else { throw .unsupported("norm_num at \(name) that does not turn it into False", at: range) }
    let proposition = entry.term
    let negation = try rule(range) { () throws(KernelError) in try KTerm.not(proposition) }
    let refutation: Theorem
    do {
      refutation = try oracle("norm_num", GoalState(context: current.context, target: negation), hints: [], range)
    } catch {
      throw .unsupported("norm_num at \(name) that does not turn it into False", at: range)
    }
    let target = current.target
    let closed = try rule(range) { () throws(KernelError) in
      try Theorem.falseElim(Theorem.notElim(refutation, Theorem.assume(proposition)), target)
    }
    return try sequenceFirst(step) { (_) throws(CheckError) -> GoalStep in .closed(closed) }
  }
}
