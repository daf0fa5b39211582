/// The proof of one theorem reconstructed from provenance: its statement, how it is proved (directly
/// or by induction on a variable, with the others generalised), its cases and its step nodes.
public struct ProofGraph: Hashable, Sendable, Codable {
  /// How the statement is proved.
  public enum Method: Hashable, Sendable, Codable {
    case direct
    case induction(variable: String)
  }

  public var theorem: String
  public var statement: Statement
  public var method: Method
  public var cases: [ProofCase]
  public var nodes: [ProofNode]

  public init(theorem: String, statement: Statement, method: Method, cases: [ProofCase], nodes: [ProofNode]) {
    self.theorem = theorem
    self.statement = statement
    self.method = method
    self.cases = cases
    self.nodes = nodes
  }

  /// The induction hypothesis of a step case on `variable`: the statement with that variable fixed
  /// and the others quantified.
  public static func inductionHypothesis(of statement: Statement, on variable: String) -> Statement {
    Statement(
      variables: statement.variables.filter { $0 != variable }, premises: statement.premises,
      conclusion: statement.conclusion)
  }

  /// The goal of a case of an induction on `variable`.
  public static func caseGoal(of statement: Statement, on variable: String, kind: ProofCase.Kind) -> Statement {
    let replacement: Term
    switch kind {
    case .direct: return statement
    case .base: replacement = .zero
    case .step: replacement = .succ(.variable(variable))
    }
    let instance = statement.substituted([variable: replacement])
    return Statement(variables: statement.variables, premises: instance.premises, conclusion: instance.conclusion)
  }

  /// Rules cited by the graph, in order of first use.
  public var citedRules: [RuleReference] {
    var seen: [RuleReference] = []
    for node in nodes {
      if let rule = node.rule, rule.kind == .axiom || rule.kind == .theorem, !seen.contains(rule) { seen.append(rule) }
    }
    return seen
  }
}
