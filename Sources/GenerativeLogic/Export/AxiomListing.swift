/// The content of `axioms.json`: the anchor atom, its full expansion, and each conjunct with its id
/// and reading, so that the verifier can compare them with its own derivation.
public struct AxiomListing: Hashable, Sendable, Codable {
  /// One disintegrated conjunct.
  public struct Entry: Hashable, Sendable, Codable {
    public var id: String
    public var formula: String
    public var reading: String
    public var statement: Statement?
  }

  public var anchor: String
  public var expanded: String
  public var axioms: [Entry]

  public init(_ derivation: AxiomDerivation) {
    anchor = derivation.anchorAtom.description
    expanded = derivation.expanded.description
    axioms = derivation.axioms.map {
      Entry(id: $0.id, formula: $0.formula.description, reading: $0.readingText, statement: $0.rule?.statement)
    }
  }
}
