import Kernel

/// A proof in progress, as HOL Light keeps it: the open goals, and the justification that turns a
/// theorem for each open goal (in order) into the theorem of the root goal. Tactics replace one
/// goal by subgoals and wrap the justification; nothing is trusted until the finished proof is
/// replayed through the kernel and compared with the statement.
struct TacticState: Sendable {
  var goals: [GoalState]
  var justify: @Sendable ([Theorem]) throws(CheckError) -> Theorem
  /// The metavariables the goals share (those `apply` leaves), the same object in every state
  /// derived from this one.
  let metavariables: MetavariableContext

  /// The state of one goal, whose justification is the goal's own theorem.
  init(goal: GoalState, metavariables: MetavariableContext = MetavariableContext()) {
    goals = [goal]
    justify = { (theorems) throws(CheckError) -> Theorem in theorems[0] }
    self.metavariables = metavariables
  }

  init(
    goals: [GoalState], metavariables: MetavariableContext = MetavariableContext(),
    justify: @escaping @Sendable ([Theorem]) throws(CheckError) -> Theorem
  ) {
    self.goals = goals
    self.justify = justify
    self.metavariables = metavariables
  }

  /// Replaces goal `index` by `subgoals`, whose theorems `local` turns into the goal's theorem.
  func replacing(
    _ index: Int, with subgoals: [GoalState],
    _ local: @escaping @Sendable ([Theorem]) throws(CheckError) -> Theorem
  ) -> TacticState {
    var goals = self.goals
    goals.replaceSubrange(index...index, with: subgoals)
    let outer = justify
    let count = subgoals.count
    return TacticState(goals: goals, metavariables: metavariables) { (theorems) throws(CheckError) -> Theorem in
      let proved = try local(Array(theorems[index..<(index + count)]))
      var all = Array(theorems[..<index])
      all.append(proved)
      all.append(contentsOf: theorems[(index + count)...])
      return try outer(all)
    }
  }

  /// Replaces goal `index` by the open goals of `inner`, a state rooted at that goal.
  func replacing(_ index: Int, with inner: TacticState) -> TacticState {
    replacing(index, with: inner.goals, inner.justify)
  }
}

/// What a tactic does to one goal: the subgoals and how their theorems prove the goal.
struct GoalStep: Sendable {
  var subgoals: [GoalState]
  var justify: @Sendable ([Theorem]) throws(CheckError) -> Theorem

  /// A step that closes the goal with `theorem`.
  static func closed(_ theorem: Theorem) -> GoalStep {
    GoalStep(subgoals: []) { (_) throws(CheckError) -> Theorem in theorem }
  }
}
