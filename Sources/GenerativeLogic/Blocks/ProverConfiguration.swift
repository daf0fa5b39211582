/// Bounds of the proof search in logic blocks.
public struct ProverConfiguration: Hashable, Sendable, Codable {
  /// Most rewrite steps one normalisation may take.
  public var rewriteBudget = 400
  /// Most distinct facts forward reasoning keeps in one block.
  public var maximumFacts = 24
  /// Most rounds; a round tries every open candidate with the theorems of the rounds before it.
  public var maximumRounds = 16
  /// Number of concurrent workers (1 runs sequentially); the merge is deterministic either way.
  public var workers = 2

  public init() {}
}
