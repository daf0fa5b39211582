/// Ordered rewriting to normal form: innermost first, each rule instance applied only when it makes
/// the term smaller in `TermOrdering`, with a step budget; every step is recorded for the proof.
struct Rewriter: Sendable {
  let rules: [Rule]
  let memory: RuleMemory
  let budget: Int

  init(rules: [Rule], budget: Int) {
    self.rules = rules
    self.memory = RuleMemory(rules: rules)
    self.budget = budget
  }

  /// The normal form of a term and the steps that reach it, or nil when the budget runs out.
  func normalize(_ term: Term) -> (term: Term, steps: [RewriteStep])? {
    var whole = term
    var steps: [RewriteStep] = []
    var remaining = budget
    guard let result = normalize(term, path: [], whole: &whole, steps: &steps, remaining: &remaining) else {
      return nil
    }
    return (result, steps)
  }

  private func normalize(
    _ term: Term, path: [Int], whole: inout Term, steps: inout [RewriteStep], remaining: inout Int
  ) -> Term? {
    var current = term
    while true {
      var children = current.children
      for index in children.indices {
        guard
          let child = normalize(
            children[index], path: path + [index], whole: &whole, steps: &steps, remaining: &remaining)
        else { return nil }
        children[index] = child
      }
      current = current.withChildren(children)
      guard let step = rewriteAtRoot(current) else { return current }
      remaining -= 1
      if remaining < 0 { return nil }
      let before = whole
      guard let after = whole.replacing(at: path[...], with: step.result) else { return nil }
      whole = after
      steps.append(
        RewriteStep(
          rule: rules[step.entry.rule].reference, forward: step.entry.forward, substitution: step.substitution,
          path: path, before: before, after: after))
      current = step.result
    }
  }

  private func rewriteAtRoot(_ term: Term) -> (entry: RuleMemory.Entry, substitution: [String: Term], result: Term)? {
    for entry in memory.entries(for: term) {
      var substitution: [String: Term] = [:]
      guard entry.from.match(term, bindable: entry.bindable, &substitution) else { continue }
      let result = entry.to.substituted(substitution)
      if TermOrdering.greater(term, result) { return (entry, substitution, result) }
    }
    return nil
  }
}
