/// Everything that bounds a derivation: the conjecture space and the proof search.
public struct GLConfiguration: Hashable, Sendable, Codable {
  public var conjecturer = ConjecturerConfiguration()
  public var prover = ProverConfiguration()

  public init() {}
}
