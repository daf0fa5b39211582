/// A universally quantified statement `∀ vars, p₁ → … → l = r` over the naturals: the term
/// reading of a candidate chain, a rule, or a proof obligation (with no variables, a ground fact).
public struct Statement: Hashable, Sendable, Codable, CustomStringConvertible {
  public var variables: [String]
  public var premises: [Equation]
  public var conclusion: Equation

  public init(variables: [String], premises: [Equation] = [], conclusion: Equation) {
    self.variables = variables
    self.premises = premises
    self.conclusion = conclusion
  }

  /// A statement quantified over exactly the variables of its equations, in order of occurrence.
  public init(premises: [Equation] = [], conclusion: Equation) {
    var seen: [String] = []
    for equation in premises + [conclusion] {
      equation.lhs.collectVariables(into: &seen)
      equation.rhs.collectVariables(into: &seen)
    }
    self.init(variables: seen, premises: premises, conclusion: conclusion)
  }

  public func substituted(_ substitution: [String: Term]) -> Statement {
    Statement(
      variables: variables.filter { substitution[$0] == nil },
      premises: premises.map { $0.substituted(substitution) },
      conclusion: conclusion.substituted(substitution))
  }

  /// The statement with variables renamed (a renaming must be injective).
  public func renamed(_ renaming: [String: String]) -> Statement {
    let substitution = renaming.mapValues { Term.variable($0) }
    return Statement(
      variables: variables.map { renaming[$0] ?? $0 },
      premises: premises.map { $0.substituted(substitution) },
      conclusion: conclusion.substituted(substitution))
  }

  public var description: String {
    let body = (premises.map(\.description) + [conclusion.description]).joined(separator: " → ")
    return variables.isEmpty ? body : "∀ \(variables.joined(separator: " ")), \(body)"
  }
}
