/// Turns an equational proof graph into chains of rewrites: for a case with no premises whose
/// steps are reflexivity, symmetry, transitivity and rewrites, the goal's left side is rewritten
/// step by step into its right side, each step citing an axiom, a theorem or the induction
/// hypothesis (rewrites with local facts are inlined at their position, symmetric steps run
/// backwards, and a detour that comes back to an earlier term is cut). The result reads like a
/// `calc` chain and is exported as one. A graph with any other step is returned unchanged.
enum ProofLinearization {
  /// One rewrite of a chain and the term it gives.
  struct Step {
    var rule: RuleReference
    var substitution: [String: Term]
    var path: [Int]
    var forward: Bool
    var tag: StepTag
    var after: Term
  }

  /// A term and the rewrites that take it to the last step's term.
  struct Chain {
    var start: Term
    var steps: [Step] = []

    var end: Term { steps.last?.after ?? start }

    /// Appends a step, cutting the chain back when the step returns to an earlier term.
    mutating func append(_ step: Step) {
      if step.after == start {
        steps = []
        return
      }
      if let earlier = steps.lastIndex(where: { $0.after == step.after }) {
        steps.removeSubrange((earlier + 1)...)
        return
      }
      steps.append(step)
    }

    /// The chain run backwards, from its end to its start.
    var reversed: Chain {
      var result = Chain(start: end)
      var terms = [start] + steps.map(\.after)
      terms.removeLast()
      for (step, before) in zip(steps.reversed(), terms.reversed()) {
        var inverse = step
        inverse.forward.toggle()
        inverse.after = before
        result.append(inverse)
      }
      return result
    }

    /// The chain applied to the subterm at `path` of `context`.
    func embedded(in context: Term, at path: [Int]) -> Chain? {
      var result = Chain(start: context)
      for step in steps {
        guard let after = result.end.replacing(at: path[...], with: step.after) else { return nil }
        var moved = step
        moved.path = path + step.path
        moved.after = after
        result.append(moved)
      }
      return result
    }
  }

  /// Most rewrites a linearized case may have; beyond it the graph stays as it is.
  static let maximumSteps = 4000

  static func linearized(_ graph: ProofGraph) -> ProofGraph {
    guard graph.cases.allSatisfy({ $0.goal.premises.isEmpty }) else { return graph }
    var chains: [Int: Chain] = [:]
    func chain(_ id: Int) -> Chain? {
      if let known = chains[id] { return known }
      let node = graph.nodes[id]
      var result: Chain
      switch node.inference {
      case .reflexivity:
        result = Chain(start: node.claim.lhs)
      case .symmetry:
        guard let inner = chain(node.ingredients[0]) else { return nil }
        result = inner.reversed
      case .transitivity:
        guard let first = chain(node.ingredients[0]), let second = chain(node.ingredients[1]) else { return nil }
        result = first
        for step in second.steps { result.append(step) }
      case .rewrite:
        guard let inner = chain(node.ingredients[0]), let rule = node.rule, let path = node.path,
          let forward = node.forward, let side = node.side
        else { return nil }
        let before = graph.nodes[node.ingredients[0]].claim
        let (from, to) = side == .rhs ? (before.rhs, node.claim.rhs) : (before.lhs, node.claim.lhs)
        var change: Chain
        if rule.kind == .fact {
          guard let cited = Int(rule.name), let local = chain(cited),
            let moved = (forward ? local : local.reversed).embedded(in: from, at: path)
          else { return nil }
          change = moved
        } else {
          change = Chain(start: from)
          change.append(
            Step(
              rule: rule, substitution: node.substitution ?? [:], path: path, forward: forward, tag: node.tag,
              after: to))
        }
        if side == .rhs {
          result = inner
          for step in change.steps { result.append(step) }
        } else {
          result = change.reversed
          for step in inner.steps { result.append(step) }
        }
      case .hypothesis, .implication:
        return nil
      }
      guard result.steps.count <= maximumSteps else { return nil }
      chains[id] = result
      return result
    }
    var builder = ProofBuilder()
    var cases = graph.cases
    for (index, proofCase) in graph.cases.enumerated() {
      guard let linear = chain(proofCase.conclusion), linear.start == proofCase.goal.conclusion.lhs,
        linear.end == proofCase.goal.conclusion.rhs
      else { return graph }
      var current = builder.add(index, .equality, .reflexivity, Equation(linear.start, linear.start))
      for step in linear.steps {
        current = builder.add(
          index, step.tag, .rewrite, Equation(linear.start, step.after), ingredients: [current], rule: step.rule,
          substitution: step.substitution, side: .rhs, path: step.path, forward: step.forward)
      }
      cases[index].conclusion = current
    }
    return ProofGraph(
      theorem: graph.theorem, statement: graph.statement, method: graph.method, cases: cases, nodes: builder.nodes)
  }
}
