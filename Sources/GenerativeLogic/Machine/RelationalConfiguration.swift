/// Bounds of the relational machine: its blocks and its rounds.
public struct RelationalConfiguration: Hashable, Sendable, Codable {
  public var block = BlockConfiguration()
  /// Most rounds; each round's theorems become rules everywhere for the next.
  public var maximumRounds = 12
  /// Whether only theorems that needed induction become rules: a theorem proved by a direct block
  /// already follows inside any block from the rules it used.
  public var onlyInductiveTheoremsAsRules = true
  /// Concurrent workers (1 runs sequentially); the merge is deterministic either way.
  public var workers = 2
  /// Whether the candidates of a round share one trie of logic blocks (one block per premise
  /// prefix, mail flowing down each burst); otherwise every task runs in a block of its own.
  public var sharedBlocks = true

  public init() {}
}
