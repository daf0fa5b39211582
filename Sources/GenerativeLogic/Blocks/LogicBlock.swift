/// A proof context: one case of one candidate, with its fixed variables, its hypotheses, the rules
/// it may use (axioms, earlier theorems and, in a step case, the induction hypothesis) held in a
/// hash memory, and the facts it derives, each recorded with its provenance.
struct LogicBlock: Sendable {
  let rules: [Rule]
  let rewriter: Rewriter
  let maximumFacts: Int

  init(rules: [Rule], rewriteBudget: Int, maximumFacts: Int) {
    self.rules = rules
    self.rewriter = Rewriter(rules: rules, budget: rewriteBudget)
    self.maximumFacts = maximumFacts
  }

  /// Proves the goal of a case, adding its nodes to the builder; returns the concluding node.
  func prove(_ goal: Statement, caseIndex: Int, builder: inout ProofBuilder) -> Int? {
    let target = goal.conclusion
    guard let left = rewriter.normalize(target.lhs), let right = rewriter.normalize(target.rhs) else { return nil }
    if left.term == right.term {
      var local = builder
      let start = local.add(caseIndex, .equality, .reflexivity, Equation(target.lhs, target.lhs))
      let middle = local.rewrite(start, side: .rhs, steps: left.steps, caseIndex: caseIndex)
      let end = local.rewrite(middle, side: .rhs, steps: right.steps.reversed().map(\.reversed), caseIndex: caseIndex)
      builder = local
      return end
    }
    guard !goal.premises.isEmpty else { return nil }
    var local = builder
    guard let bridge = saturate(goal, caseIndex: caseIndex, from: left.term, to: right.term, builder: &local) else {
      return nil
    }
    let start = local.add(caseIndex, .equality, .reflexivity, Equation(target.lhs, target.lhs))
    let toLeft = local.rewrite(start, side: .rhs, steps: left.steps, caseIndex: caseIndex)
    let joined = local.add(
      caseIndex, .equality, .transitivity, Equation(target.lhs, right.term), ingredients: [toLeft, bridge])
    let end = local.rewrite(joined, side: .rhs, steps: right.steps.reversed().map(\.reversed), caseIndex: caseIndex)
    builder = local
    return end
  }

  /// Forward reasoning from the hypotheses: normalise each fact, apply conditional rules to it, and
  /// stop at a fact `from = to`; returns its node.
  private func saturate(
    _ goal: Statement, caseIndex: Int, from: Term, to: Term, builder: inout ProofBuilder
  ) -> Int? {
    var pending: [Int] = goal.premises.map { builder.add(caseIndex, .taskFormulation, .hypothesis, $0) }
    var known: Set<Equation> = []
    let conditional = rules.filter(\.isConditional)
    while let node = pending.first {
      pending.removeFirst()
      let claim = builder.nodes[node].claim
      guard let left = rewriter.normalize(claim.lhs), let right = rewriter.normalize(claim.rhs) else { continue }
      var fact = builder.rewrite(node, side: .lhs, steps: left.steps, caseIndex: caseIndex)
      fact = builder.rewrite(fact, side: .rhs, steps: right.steps, caseIndex: caseIndex)
      let normal = Equation(left.term, right.term)
      if normal.lhs == from && normal.rhs == to { return fact }
      if normal.lhs == to && normal.rhs == from {
        return builder.add(caseIndex, .equality, .symmetry, normal.swapped, ingredients: [fact])
      }
      guard known.insert(normal).inserted, known.count <= maximumFacts else { continue }
      for rule in conditional where rule.statement.premises.count == 1 {
        let premise = rule.statement.premises[0]
        let bindable = Set(rule.statement.variables)
        for swapped in [false, true] {
          let oriented = swapped ? normal.swapped : normal
          var substitution: [String: Term] = [:]
          guard premise.lhs.match(oriented.lhs, bindable: bindable, &substitution),
            premise.rhs.match(oriented.rhs, bindable: bindable, &substitution),
            bindable.allSatisfy({ substitution[$0] != nil })
          else { continue }
          let source = swapped ? builder.add(caseIndex, .equality, .symmetry, oriented, ingredients: [fact]) : fact
          let conclusion = rule.statement.conclusion.substituted(substitution)
          let derived = builder.add(
            caseIndex, ProofBuilder.tag(for: rule.reference), .implication,
            conclusion, ingredients: [source], rule: rule.reference, substitution: substitution)
          pending.append(derived)
          break
        }
      }
    }
    return nil
  }
}
