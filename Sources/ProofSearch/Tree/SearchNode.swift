import ProverCore

/// A node of the search graph: one proof state (the backend's id for it and its goals), what is
/// known about it, its outgoing tactic edges and its statistics for the strategies.
public struct SearchNode: Sendable {
  public let id: NodeID
  public let key: GoalKey
  public let goals: [Goal]
  /// The backend's proof state with exactly these goals.
  public let state: ProofStateID
  /// Tactic steps from the root along the first path that reached the node.
  public let depth: Int
  public internal(set) var status: NodeStatus = .unknown
  /// The edges that lead here.
  public internal(set) var parents: [EdgeID] = []
  /// The tactics tried on this node.
  public internal(set) var edges: [EdgeID] = []
  /// True once the policy's tactics have all been run on the node.
  public internal(set) var isExpanded = false
  /// The value model's estimate for the node, in [0, 1].
  public internal(set) var estimate: Double
  /// MCTS statistics: visits, sum of backed-up values and pending virtual loss.
  public internal(set) var visits = 0
  public internal(set) var valueSum = 0.0
  public internal(set) var virtualLoss = 0
  /// For a proved node: the edge whose children are all proved.
  public internal(set) var provedBy: EdgeID?

  /// The node's value: 1 proved, 0 failed, otherwise the mean backed-up value or the estimate.
  public var value: Double {
    switch status {
    case .proved: 1
    case .failed: 0
    case .unknown: visits + virtualLoss > 0 ? valueSum / Double(visits + virtualLoss) : estimate
    }
  }
}
