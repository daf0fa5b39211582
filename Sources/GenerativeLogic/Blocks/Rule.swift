/// A rule a logic block reasons with: an axiom, a theorem, an induction hypothesis or a local
/// fact, read as `∀ vars, premises → conclusion`; with no premises it rewrites in either direction.
public struct Rule: Hashable, Sendable {
  public var reference: RuleReference
  public var statement: Statement

  public init(reference: RuleReference, statement: Statement) {
    self.reference = reference
    self.statement = statement
  }

  public var isConditional: Bool { !statement.premises.isEmpty }
}

/// Names where a rule comes from, so that a step can cite it and a checker can find it again.
public struct RuleReference: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// The kind of source.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// An axiom obtained from the definitions by expansion and disintegration; name is its id.
    case axiom
    /// An earlier theorem; name is the theorem's name.
    case theorem
    /// The induction hypothesis of the current step case.
    case inductionHypothesis
    /// A ground fact of the current proof, by node id.
    case fact
  }

  public var kind: Kind
  public var name: String

  public init(kind: Kind, name: String) {
    self.kind = kind
    self.name = name
  }

  public static func < (lhs: RuleReference, rhs: RuleReference) -> Bool {
    (lhs.kind.rawValue, lhs.name) < (rhs.kind.rawValue, rhs.name)
  }

  public var description: String {
    switch kind {
    case .axiom: return "axiom \(name)"
    case .theorem: return name
    case .inductionHypothesis: return "induction hypothesis"
    case .fact: return "fact \(name)"
    }
  }
}
