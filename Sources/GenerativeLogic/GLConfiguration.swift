/// Everything that bounds a derivation: the conjecture space and the proof search.
public struct GLConfiguration: Hashable, Sendable, Codable {
  public var conjecturer = ConjecturerConfiguration()
  public var prover = ProverConfiguration()
  /// The relational machine (logic blocks, hash bursts, built-in induction) run over the same
  /// candidates after the rewriting prover; nil (the default) skips it.
  public var relational: RelationalConfiguration?

  public init() {}
}
