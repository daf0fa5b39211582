/// The derivation of the axioms from a definitions file: the anchor atom, its expansion into
/// built-in atoms, and its disintegration into conjuncts, each read as a rule or structural fact.
public struct AxiomDerivation: Hashable, Sendable {
  public var anchorAtom: Atom
  public var expanded: Formula
  public var axioms: [Axiom]

  public init(file: DefinitionFile) {
    anchorAtom = file.anchorAtom
    expanded = Expansion(definitions: file.definitions).expand(.atom(anchorAtom))
    let reading = FunctionalReading(anchor: file.anchor)
    axioms = expanded.conjuncts.enumerated().map { index, formula in
      Axiom(id: "A\(index + 1)", formula: formula, meaning: reading.meaning(of: formula))
    }
  }

  /// The rules the axioms give a logic block, in order.
  public var rules: [Rule] { axioms.compactMap(\.rule) }

  /// The axiom with an id.
  public func axiom(_ id: String) -> Axiom? { axioms.first { $0.id == id } }
}
