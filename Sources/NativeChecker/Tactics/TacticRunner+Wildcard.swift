import Kernel
import LeanSyntax
import ProverCore

extension TacticRunner {
  /// `rw [e] at *`, as Lean's `withLocation` runs it: the rule at the target, then at every
  /// hypothesis from the last to the first (the rule's own hypothesis included, as in Lean), each
  /// place where it fails left alone; an error only when it applies nowhere.
  func rewriteEverywhere(_ goal: GoalState, _ rule: RewriteRule, _ range: SourceRange) throws(CheckError) -> GoalStep {
    var step = GoalStep(subgoals: [goal]) { (theorems) throws(CheckError) -> Theorem in theorems[0] }
    var worked = false
    if let rewritten = try? sequenceFirst(
      step,
      { (current) throws(CheckError) -> GoalStep in
        try rewriteTarget(current, rule, range)
      })
    {
      step = rewritten
      worked = true
    }
    for index in goal.context.entries.indices.reversed() where goal.context.entries[index].isHypothesis {
      if let rewritten = try? sequenceFirst(
        step,
        { (current) throws(CheckError) -> GoalStep in
          try rewriteHypothesis(current, at: index, rule, range)
        })
      {
        step = rewritten
        worked = true
      }
    }
    guard worked else {
      throw .tactic(
        "tactic 'rewrite' failed, did not find instance of the pattern in the current goal\n" + printer.text([goal]),
        at: range)
    }
    return step
  }

  /// `simp at *`, as Lean's `simpGoal` runs it: every hypothesis, each with the simp set fixed
  /// before (a hypothesis given by `[*]` does not simplify itself), then the target; a hypothesis
  /// that becomes `False` closes the goal, one that becomes `True` is cleared, and it fails only when
  /// nothing changed.
  func simplifyEverywhere(
    _ goal: GoalState, _ simplifier: Simplifier, _ hypotheses: [(name: String, theorem: Theorem)],
    _ range: SourceRange
  ) throws(CheckError) -> GoalStep {
    var step = GoalStep(subgoals: [goal]) { (theorems) throws(CheckError) -> Theorem in theorems[0] }
    var progress = false
    // From the last hypothesis to the first, so that clearing one leaves the others' places.
    for index in goal.context.entries.indices.reversed() where goal.context.entries[index].isHypothesis {
      let own = goal.context.entries[index].term
      let others = hypotheses.filter { $0.theorem.conclusion != own || $0.name != goal.context.entries[index].name }
      do throws(CheckError) {
        step = try sequenceFirst(step) { (current) throws(CheckError) -> GoalStep in
          try simplifyHypothesis(current, at: index, simplifier, others, range)
        }
        progress = true
      } catch {
        guard error.message == "simp made no progress" else { throw error }
        continue
      }
      if step.subgoals.isEmpty { return step }
    }
    do throws(CheckError) {
      step = try sequenceFirst(step) { (current) throws(CheckError) -> GoalStep in
        try simplifyTarget(current, simplifier, hypotheses, range)
      }
    } catch {
      guard error.message == "simp made no progress", progress else { throw error }
    }
    return step
  }
}
