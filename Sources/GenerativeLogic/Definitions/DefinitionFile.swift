/// A parsed definitions file: its definitions in order and the anchor naming the Peano structure.
public struct DefinitionFile: Hashable, Sendable {
  public var definitions: [Definition]
  public var anchor: Anchor
  /// The exact source text, kept so that derivations can be re-checked from it.
  public var source: String

  public init(definitions: [Definition], anchor: Anchor, source: String) {
    self.definitions = definitions
    self.anchor = anchor
    self.source = source
  }

  /// The definition with a name.
  public func definition(named name: String) -> Definition? { definitions.first { $0.name == name } }

  /// The anchor definition applied to its own parameters.
  public var anchorAtom: Atom {
    let parameters = definition(named: anchor.definition)?.parameters.map(\.name) ?? []
    return Atom(predicate: anchor.definition, arguments: parameters)
  }
}
