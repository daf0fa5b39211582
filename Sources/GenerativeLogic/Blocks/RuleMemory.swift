/// The hash memory of a logic block: every unconditional rule, in both directions, filed under the
/// head symbol of the side it rewrites from, so a redex finds its candidate rules by one look-up.
struct RuleMemory: Sendable {
  /// One direction of an equation usable for rewriting.
  struct Entry: Sendable {
    var rule: Int
    var forward: Bool
    var from: Term
    var to: Term
    var bindable: Set<String>
  }

  private(set) var buckets: [Int: [Entry]] = [:]

  init(rules: [Rule]) {
    for (index, rule) in rules.enumerated() where !rule.isConditional {
      let equation = rule.statement.conclusion
      let bindable = Set(rule.statement.variables)
      add(Entry(rule: index, forward: true, from: equation.lhs, to: equation.rhs, bindable: bindable))
      add(Entry(rule: index, forward: false, from: equation.rhs, to: equation.lhs, bindable: bindable))
    }
  }

  private mutating func add(_ entry: Entry) {
    if case .variable(let name) = entry.from, entry.bindable.contains(name) { return }
    let fromVariables = Set(entry.from.variables)
    guard entry.to.variables.allSatisfy({ fromVariables.contains($0) || !entry.bindable.contains($0) }) else { return }
    buckets[TermOrdering.rank(entry.from), default: []].append(entry)
  }

  func entries(for term: Term) -> [Entry] { buckets[TermOrdering.rank(term)] ?? [] }
}
