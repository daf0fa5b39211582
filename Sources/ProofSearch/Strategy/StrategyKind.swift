/// The built-in strategies, by their command-line names.
public enum StrategyKind: String, CaseIterable, Hashable, Sendable, Codable {
  case bestFirst = "best-first"
  case beam
  case mcts
  case bfs

  /// The strategy with its default parameters.
  public func makeStrategy() -> any SearchStrategy {
    switch self {
    case .bestFirst: BestFirstSearch()
    case .beam: BeamSearch()
    case .mcts: MCTSSearch()
    case .bfs: BreadthFirstSearch()
    }
  }
}
