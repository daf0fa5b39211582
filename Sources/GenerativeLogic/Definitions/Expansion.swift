/// Expansion of defined predicates: every atom whose predicate is a definition is replaced by the
/// definition's body with the arguments substituted, until only built-in atoms remain.
public struct Expansion: Sendable {
  public let definitions: [Definition]

  public init(definitions: [Definition]) {
    self.definitions = definitions
  }

  /// The formula with all defined predicates expanded (definitions only refer to earlier ones, so
  /// this terminates).
  public func expand(_ formula: Formula) -> Formula {
    switch formula {
    case .atom(let atom):
      guard let definition = definitions.first(where: { $0.name == atom.predicate }) else { return formula }
      return expand(definition.instantiated(with: atom.arguments))
    case .and(let parts): return .and(parts.map(expand))
    case .not(let inner): return .not(expand(inner))
    case .implies(let bound, let premise, let conclusion):
      return .implies(bound: bound, premise: expand(premise), conclusion: expand(conclusion))
    }
  }
}
