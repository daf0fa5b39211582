/// What the relational machine found for one candidate: how it was proved (directly, or by the
/// built-in induction on a variable: a step block with the hypothesis as a rule, then the base
/// block), in which round, and how much the blocks it used held.
public struct RelationalOutcome: Hashable, Sendable {
  public var candidate: Int
  public var name: String
  public var round: Int
  public var method: ProofGraph.Method
  /// Blocks the proof ran (the direct block, then a step and a base block per induction tried).
  public var blocks: Int
  /// Hash bursts over those blocks.
  public var bursts: Int
  /// Witnesses admitted over those blocks.
  public var witnesses: Int
  /// Facts derived over those blocks.
  public var facts: Int
}
