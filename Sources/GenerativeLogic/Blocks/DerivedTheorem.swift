/// A theorem the engine proved: its name, statement, the round it was proved in, the candidate it
/// came from (nil for a mirror) and its proof graph.
public struct DerivedTheorem: Hashable, Sendable {
  public var name: String
  public var round: Int
  public var candidate: Int?
  public var graph: ProofGraph

  public init(name: String, round: Int, candidate: Int?, graph: ProofGraph) {
    self.name = name
    self.round = round
    self.candidate = candidate
    self.graph = graph
  }

  public var statement: Statement { graph.statement }

  /// The rule the theorem gives later blocks.
  public var rule: Rule { Rule(reference: RuleReference(kind: .theorem, name: name), statement: statement) }
}
