/// One conjunct of the expanded anchor, with its id (`A1`, `A2`, …) and its functional reading.
public struct Axiom: Hashable, Sendable {
  public var id: String
  public var formula: Formula
  public var meaning: FunctionalReading.Meaning

  public init(id: String, formula: Formula, meaning: FunctionalReading.Meaning) {
    self.id = id
    self.formula = formula
    self.meaning = meaning
  }

  /// The rule the axiom gives a logic block, if it reads as one.
  public var rule: Rule? {
    guard case .rule(let statement) = meaning else { return nil }
    return Rule(reference: RuleReference(kind: .axiom, name: id), statement: statement)
  }

  /// The reading for people.
  public var readingText: String {
    switch meaning {
    case .rule(let statement): return statement.description
    case .disequality(let statement):
      let body = "\(statement.conclusion.lhs) ≠ \(statement.conclusion.rhs)"
      return statement.variables.isEmpty ? body : "∀ \(statement.variables.joined(separator: " ")), \(body)"
    case .structural(.membership(let element)): return "\(element) ∈ ℕ"
    case .structural(.totality(let operation)): return "\(operation) is total on ℕ"
    case .structural(.functionality(let operation)): return "\(operation) is single-valued"
    case .unread: return "(not read as a rule)"
    }
  }
}
