/// A backend that can make a proof state holding one goal of another state, so that the goals a
/// tactic leaves are searched separately (AND nodes of the proof search, printed as `·` blocks).
/// Backends without it keep multi-goal states, and tactics act on their first goal.
public protocol GoalFocusingBackend: ProofBackend {
  /// A state whose only goal is goal `index` of `state`.
  func focus(_ state: ProofStateID, goal index: Int) async throws -> ProofState
}
