/// A lemma the policy may cite: its Lean name and its statement (binders and type, as written).
public struct Premise: Hashable, Sendable, Codable {
  public var name: String
  public var statement: String

  public init(name: String, statement: String) {
    self.name = name
    self.statement = statement
  }
}
