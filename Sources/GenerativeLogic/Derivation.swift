/// The result of `gl derive`: the axioms read from the definitions, the candidates, the theorems
/// proved (with proof graphs), their proved mirrors, what stayed open, and the compression.
public struct Derivation: Sendable {
  public var file: DefinitionFile
  public var configuration: GLConfiguration
  public var axioms: AxiomDerivation
  public var candidates: [Candidate]
  public var statistics: Conjecturer.Statistics
  public var theorems: [DerivedTheorem]
  public var mirrors: [DerivedTheorem]
  public var unproved: [Candidate]
  public var rounds: Int
  /// Names of the theorems that the compressor could not derive from the others.
  public var essential: [String]
  /// What the relational machine proved, in order, and its rounds (empty when it did not run).
  public var relational: [RelationalOutcome] = []
  public var relationalRounds = 0

  /// Theorems and mirrors, in output order.
  public var allTheorems: [DerivedTheorem] { theorems + mirrors }
}
