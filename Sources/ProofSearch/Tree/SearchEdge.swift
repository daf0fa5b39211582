/// An edge of the search graph: a tactic run on a node. Its children are the nodes that must all be
/// proved for the tactic to prove its parent: none when the tactic closed the goal, one for a
/// single resulting state, several (an AND edge) when the backend split the goals for separate search.
public struct SearchEdge: Sendable {
  public let id: EdgeID
  public let parent: NodeID
  public let tactic: String
  /// The policy's prior probability for the tactic.
  public let prior: Double
  public let children: [NodeID]
  /// True when each child holds one goal focused out of a multi-goal state (printed as `·` blocks).
  public let isSplit: Bool
  public internal(set) var status: NodeStatus = .unknown
  public internal(set) var visits = 0
}
