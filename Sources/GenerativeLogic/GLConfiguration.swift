/// Everything that bounds a derivation: the conjecture space and the proof search.
public struct GLConfiguration: Hashable, Sendable, Codable {
  /// The prover that turns candidates into theorems with proof graphs.
  public enum Engine: String, Hashable, Sendable, Codable {
    /// The relational machine: logic blocks, hash bursts, built-in induction; proof graphs rebuilt
    /// from the blocks' provenance.
    case machine
    /// The term-rewriting prover (rewriting with the axioms and earlier theorems).
    case rewriting
  }

  public var conjecturer = ConjecturerConfiguration()
  public var engine = Engine.machine
  /// Bounds of the rewriting prover; its worker count is also the machine's.
  public var prover = ProverConfiguration()
  /// Bounds of the relational machine.
  public var machine = RelationalConfiguration()

  public init() {}
}
