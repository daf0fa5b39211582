/// Bounds of one logic block of the relational machine.
public struct BlockConfiguration: Hashable, Sendable, Codable {
  /// Most hash bursts (rounds of semi-naive inference) per block.
  public var maximumBursts = 12
  /// Most term depth of an admitted witness, counted from the task's variables.
  public var maximumWitnessDepth = 4
  /// A witness may be this much deeper than the deepest term of the task (within the maximum).
  public var witnessDepthOverTask = 0
  /// Most witnesses one rule instance may admit.
  public var maximumWitnessesPerMatch = 3
  /// Most constants (task constants and witnesses) a block holds.
  public var maximumConstants = 600
  /// Most request steps a block takes over all its bursts (each extends a request by one premise).
  public var maximumSteps = 200_000
  /// Most live facts a block holds.
  public var maximumFacts = 6000

  public init() {}
}
