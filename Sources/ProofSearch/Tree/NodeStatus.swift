/// What is known about a node or an edge. It only moves from `unknown` to `proved` or `failed`.
public enum NodeStatus: String, Hashable, Sendable, Codable {
  case unknown, proved, failed
}
