/// Collects the nodes of a proof graph as a logic block derives facts; a value, so a failed attempt
/// is dropped by discarding its copy.
struct ProofBuilder: Sendable {
  var nodes: [ProofNode] = []

  static func tag(for rule: RuleReference) -> StepTag {
    switch rule.kind {
    case .axiom: return .implication
    case .theorem: return .theorem
    case .inductionHypothesis: return .recursion
    case .fact: return .equality
    }
  }

  mutating func add(
    _ caseIndex: Int, _ tag: StepTag, _ inference: ProofNode.Inference, _ claim: Equation, ingredients: [Int] = [],
    rule: RuleReference? = nil, substitution: [String: Term]? = nil, side: ProofNode.Side? = nil, path: [Int]? = nil,
    forward: Bool? = nil
  ) -> Int {
    let id = nodes.count
    nodes.append(
      ProofNode(
        id: id, caseIndex: caseIndex, tag: tag, inference: inference, claim: claim, ingredients: ingredients,
        rule: rule, substitution: substitution, side: side, path: path, forward: forward))
    return id
  }

  /// Applies rewrite steps to one side of the fact `node`, one node per step; returns the last node.
  mutating func rewrite(_ node: Int, side: ProofNode.Side, steps: [RewriteStep], caseIndex: Int) -> Int {
    var current = node
    for step in steps {
      let claim = nodes[current].claim
      let next = side == .lhs ? Equation(step.after, claim.rhs) : Equation(claim.lhs, step.after)
      current = add(
        caseIndex, Self.tag(for: step.rule), .rewrite, next, ingredients: [current], rule: step.rule,
        substitution: step.substitution, side: side, path: step.path, forward: step.forward)
    }
    return current
  }
}
