/// Removes redundant steps from a proof graph: a step whose claim an earlier step of the same case
/// already proves, and a rewrite with a reflexive fact (it changes nothing), are replaced by that
/// earlier step; steps the case conclusions do not need are dropped and the rest renumbered. Every
/// kept step is unchanged but for the ids it cites, so it checks exactly as before.
enum ProofCompaction {
  static func compacted(_ graph: ProofGraph) -> ProofGraph {
    var alias = Array(repeating: -1, count: graph.nodes.count)
    var nodes = graph.nodes
    var byClaim: [Int: [Equation: Int]] = [:]
    for index in nodes.indices {
      var node = nodes[index]
      node.ingredients = node.ingredients.map { alias[$0] }
      if let rule = node.rule, rule.kind == .fact, let cited = Int(rule.name) {
        node.rule = RuleReference(kind: .fact, name: "\(alias[cited])")
      }
      nodes[index] = node
      if node.inference == .rewrite, let rule = node.rule, rule.kind == .fact, let cited = Int(rule.name),
        nodes[cited].claim.lhs == nodes[cited].claim.rhs
      {
        alias[index] = node.ingredients[0]
        continue
      }
      if let earlier = byClaim[node.caseIndex]?[node.claim] {
        alias[index] = earlier
        continue
      }
      alias[index] = index
      byClaim[node.caseIndex, default: [:]][node.claim] = index
    }
    var needed = Array(repeating: false, count: nodes.count)
    var stack = graph.cases.map { alias[$0.conclusion] }
    while let index = stack.popLast() {
      guard !needed[index] else { continue }
      needed[index] = true
      stack += nodes[index].ingredients
      if let rule = nodes[index].rule, rule.kind == .fact, let cited = Int(rule.name) { stack.append(cited) }
    }
    var renumbered = Array(repeating: -1, count: nodes.count)
    var kept: [ProofNode] = []
    for index in nodes.indices where needed[index] {
      renumbered[index] = kept.count
      var node = nodes[index]
      node.id = kept.count
      node.ingredients = node.ingredients.map { renumbered[$0] }
      if let rule = node.rule, rule.kind == .fact, let cited = Int(rule.name) {
        node.rule = RuleReference(kind: .fact, name: "\(renumbered[cited])")
      }
      kept.append(node)
    }
    var cases = graph.cases
    for index in cases.indices { cases[index].conclusion = renumbered[alias[cases[index].conclusion]] }
    return ProofGraph(
      theorem: graph.theorem, statement: graph.statement, method: graph.method, cases: cases, nodes: kept)
  }
}
