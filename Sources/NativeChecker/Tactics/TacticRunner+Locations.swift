import Kernel
import LeanSyntax
import ProverCore

/// A proposition rewritten by a normalising tactic (`push_neg`, `ring_nf`, `norm_cast`, `zify`):
/// the new proposition, `⊢ old = new` (possibly resting on hypotheses of the goal's context), and
/// whether the rewrite is definitional, with no proof in Lean (the hypothesis then stays in place).
struct RewrittenProposition {
  let result: KTerm
  let proof: Theorem
  let definitional: Bool
}

/// How a normalising tactic reports a location it did not change.
enum NoProgressPolicy {
  /// Each unchanged location is an error: `"<tactic> made no progress on goal"` / `"… at h"`
  /// (Mathlib's `transformAtLocation`).
  case mathlibLocation(String)
  /// Each unchanged location is an error with this message (`ring_nf made no progress`).
  case perLocation(String)
  /// Only an error when no location changed (`simp made no progress`).
  case whole(String)
  /// Never an error (`norm_cast`).
  case allowed
}

extension TacticRunner {
  /// Runs `transform` at `location` (the goal when nil) as Lean's `withLocation` does:
  /// hypotheses in order, then the goal; a hypothesis rewritten with a proof is re-introduced at
  /// the end of the context (`assert`, `clear`, `intro`), a definitional one stays in place; a
  /// goal rewritten to `True` is closed when `closesTrueGoal`. A location that `transform` leaves
  /// as it is but `silentlyProcessed` accepts counts as changed (Lean rebuilt it with other
  /// instances, so its no-progress check does not fire).
  func transformAt(
    _ goal: GoalState, _ location: Location?, tactic: String, noProgress: NoProgressPolicy, closesTrueGoal: Bool,
    silentlyProcessed: (KTerm) -> Bool = { _ in false }, _ range: SourceRange,
    _ transform: (KTerm) throws(CheckError) -> RewrittenProposition?
  ) throws(CheckError) -> GoalStep {
    var step = GoalStep(subgoals: [goal]) { (theorems) throws(CheckError) -> Theorem in theorems[0] }
    var changedSomewhere = false
    let names: [String]
    let includesGoal: Bool
    switch location {
    case nil:
      (names, includesGoal) = ([], true)
    case .hypotheses(let listed, let goalToo):
      (names, includesGoal) = (listed, goalToo)
    case .wildcard:
      return try transformEverywhere(goal, tactic: tactic, closesTrueGoal: closesTrueGoal, range, transform)
    }
    for name in names {
      guard let current = step.subgoals.first else { break }
      guard
        let index = current.context.entries.lastIndex(where: { $0.isHypothesis && $0.accessible && $0.name == name })
      else { throw .elaboration("Unknown identifier `\(name)`", at: range) }
      if let rewritten = try transform(current.context.entries[index].term) {
        changedSomewhere = true
        step = try sequenceFirst(step) { (state) throws(CheckError) -> GoalStep in
          try replaceHypothesis(state, index, rewritten, range)
        }
      } else if silentlyProcessed(current.context.entries[index].term) {
        changedSomewhere = true
      } else {
        try reportNoProgress(noProgress, at: "at \(name)", range)
      }
    }
    if includesGoal, let current = step.subgoals.first {
      if let rewritten = try transform(current.target) {
        changedSomewhere = true
        step = try sequenceFirst(step) { (state) throws(CheckError) -> GoalStep in
          try replaceTarget(state, rewritten, closesTrueGoal: closesTrueGoal, range)
        }
      } else if silentlyProcessed(current.target) {
        changedSomewhere = true
      } else {
        try reportNoProgress(noProgress, at: "on goal", range)
      }
    }
    if !changedSomewhere, case .whole(let message) = noProgress { throw .tactic(message, at: range) }
    return step
  }

  private func reportNoProgress(_ policy: NoProgressPolicy, at place: String, _ range: SourceRange)
    throws(CheckError)
  {
    switch policy {
    case .mathlibLocation(let tactic): throw .tactic("\(tactic) made no progress \(place)", at: range)
    case .perLocation(let message): throw .tactic(message, at: range)
    case .whole, .allowed: return
    }
  }

  /// `at *`: every hypothesis, then the goal, each allowed to fail; an error when none changed.
  private func transformEverywhere(
    _ goal: GoalState, tactic: String, closesTrueGoal: Bool, _ range: SourceRange,
    _ transform: (KTerm) throws(CheckError) -> RewrittenProposition?
  ) throws(CheckError) -> GoalStep {
    var step = GoalStep(subgoals: [goal]) { (theorems) throws(CheckError) -> Theorem in theorems[0] }
    var worked = false
    let hypothesisCount = goal.context.entries.filter(\.isHypothesis).count
    for ordinal in 0..<hypothesisCount {
      guard let current = step.subgoals.first else { break }
      let indices = current.context.entries.indices.filter { current.context.entries[$0].isHypothesis }
      let original = goal.context.entries.filter(\.isHypothesis)[ordinal]
      guard let index = indices.first(where: { current.context.entries[$0].term === original.term }),
        let rewritten = try? transform(current.context.entries[index].term)
      else { continue }
      worked = true
      step = try sequenceFirst(step) { (state) throws(CheckError) -> GoalStep in
        try replaceHypothesis(state, index, rewritten, range)
      }
    }
    if let current = step.subgoals.first, let rewritten = try? transform(current.target) {
      worked = true
      step = try sequenceFirst(step) { (state) throws(CheckError) -> GoalStep in
        try replaceTarget(state, rewritten, closesTrueGoal: closesTrueGoal, range)
      }
    }
    guard worked else { throw .tactic("\(tactic) made no progress anywhere", at: range) }
    return step
  }

  private func replaceHypothesis(
    _ goal: GoalState, _ index: Int, _ rewritten: RewrittenProposition, _ range: SourceRange
  ) throws(CheckError) -> GoalStep {
    let original = goal.context.entries[index].term
    let derived = try rule(range) { () throws(KernelError) in
      try Theorem.eqMP(rewritten.proof, Theorem.assume(original))
    }
    var next = goal
    let result = rewritten.result
    if rewritten.definitional {
      next.context.entries[index].term = result
    } else {
      var entry = next.context.entries.remove(at: index)
      entry.term = result
      next.context.entries.append(entry)
    }
    return GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in
      do throws(KernelError) {
        return try Theorem.impElim(Theorem.impIntro(result, theorems[0]), derived)
      } catch { throw .kernel(error, at: range) }
    }
  }

  private func replaceTarget(
    _ goal: GoalState, _ rewritten: RewrittenProposition, closesTrueGoal: Bool, _ range: SourceRange
  ) throws(CheckError) -> GoalStep {
    let backward = try rule(range) { () throws(KernelError) in try Theorem.symm(rewritten.proof) }
    if closesTrueGoal, rewritten.result === KTerm.trueProposition {
      return .closed(try rule(range) { () throws(KernelError) in try Theorem.eqMP(backward, Theorem.trueIntro()) })
    }
    var next = goal
    next.target = rewritten.result
    return GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in
      do throws(KernelError) {
        return try Theorem.eqMP(backward, theorems[0])
      } catch { throw .kernel(error, at: range) }
    }
  }
}
