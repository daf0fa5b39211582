import ProverCore

extension NativeBackend: GoalFocusingBackend {
  /// A state whose only goal is goal `index` of `state`, rooted at that goal: what a `·` block
  /// works on. A finished proof of it is checked against the focused goal, and the search checks
  /// the whole declaration again once every block is proved.
  public func focus(_ state: ProofStateID, goal index: Int) async throws -> ProofState {
    guard let stored = states[state.rawValue], stored.state.goals.indices.contains(index) else {
      throw TacticFailure(message: "no goal \(index) in proof state \(state.rawValue)")
    }
    let goal = stored.state.goals[index]
    let focused = StoredState(
      state: TacticState(goal: goal), environment: stored.environment, root: goal,
      containsSorry: stored.containsSorry, rootedAtTacticSorry: stored.rootedAtTacticSorry,
      ownNames: stored.ownNames)
    return store(focused)
  }
}
