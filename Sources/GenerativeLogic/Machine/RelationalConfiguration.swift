/// Bounds of the relational machine: its blocks and its rounds.
public struct RelationalConfiguration: Hashable, Sendable, Codable {
  public var block = BlockConfiguration()
  /// Most rounds; each round's theorems become rules everywhere for the next.
  public var maximumRounds = 12
  /// Concurrent workers (1 runs sequentially); the merge is deterministic either way.
  public var workers = 2

  public init() {}
}
