/// The hash memory of rules: every rule's premises, in one connected order per starting premise,
/// relabelled canonically (variables numbered by first occurrence, anchor constants kept) and filed
/// in a trie keyed by those canonical atoms. A combination of facts fires a rule exactly when its
/// canonical relabelling is a key that ends at a completion, and it is only grown along known key
/// prefixes (branch and bound).
struct PremiseTrie: Sendable {
  /// One canonical premise: a predicate over labels; a label ≥ 0 numbers a variable by first
  /// occurrence along the key, a label < 0 is the block constant `-label - 1`.
  struct Edge: Hashable, Sendable {
    var predicate: RelationalPredicate
    var labels: [Int]
  }

  /// A rule whose whole premise list ends at a node, with the label of each rule variable.
  struct Completion: Sendable {
    var rule: Int
    var variableLabels: [Int]
  }

  struct Node: Sendable {
    var edges: [Edge] = []
    var children: [Int] = []
    var lookup: [Edge: Int] = [:]
    var completions: [Completion] = []
    /// Whether some rule completing at or below this node may admit witnesses.
    var witnessing = false
    var boundCount = 0
  }

  private(set) var nodes: [Node] = [Node()]
  let rules: [RelationalRule]

  init(rules: [RelationalRule]) {
    self.rules = rules
    for (index, rule) in rules.enumerated() where !rule.premises.isEmpty {
      for start in rule.premises.indices { insert(rule: index, order: Self.order(rule.premises, start: start)) }
    }
  }

  /// A connected order of the premises from `start`: next the first premise whose inputs are all
  /// bound (it is found by one exact look-up, or admits a witness); else the premise with the most
  /// bound slots, an output bound first; else the first left.
  static func order(_ premises: [PatternAtom], start: Int) -> [Int] {
    var order = [start]
    var bound = Set(premises[start].variables)
    var left = premises.indices.filter { $0 != start }
    func isBound(_ slot: PatternAtom.Slot) -> Bool {
      if case .variable(let v) = slot { return bound.contains(v) } else { return true }
    }
    while !left.isEmpty {
      func inputsBound(_ index: Int) -> Bool {
        let atom = premises[index]
        return (atom.predicate.isOperation ? Array(atom.slots.dropLast()) : atom.slots).allSatisfy(isBound)
      }
      func score(_ index: Int) -> Int {
        let atom = premises[index]
        let shared = atom.slots.filter {
          if case .variable(let v) = $0 { return bound.contains(v) } else { return false }
        }
        guard !shared.isEmpty else { return -1 }
        return shared.count * 2 + (atom.predicate.isOperation && isBound(atom.slots.last!) ? 1 : 0)
      }
      var pick = left.first(where: inputsBound)
      if pick == nil, let best = left.max(by: { score($0) < score($1) || (score($0) == score($1) && $0 > $1) }) {
        pick = best
      }
      let chosen = pick ?? left[0]
      order.append(chosen)
      bound.formUnion(premises[chosen].variables)
      left.removeAll { $0 == chosen }
    }
    return order
  }

  private mutating func insert(rule: Int, order: [Int]) {
    let premises = rules[rule].premises
    var labelOf: [Int: Int] = [:]
    var node = 0
    let witnessing = rules[rule].witnessing
    if witnessing { nodes[0].witnessing = true }
    for index in order {
      let atom = premises[index]
      var labels: [Int] = []
      for slot in atom.slots {
        switch slot {
        case .constant(let constant): labels.append(-constant - 1)
        case .variable(let variable):
          if let label = labelOf[variable] {
            labels.append(label)
          } else {
            let label = labelOf.count
            labelOf[variable] = label
            labels.append(label)
          }
        }
      }
      let edge = Edge(predicate: atom.predicate, labels: labels)
      if let child = nodes[node].lookup[edge] {
        node = child
      } else {
        let child = nodes.count
        var fresh = Node()
        fresh.boundCount = labelOf.count
        nodes.append(fresh)
        nodes[node].edges.append(edge)
        nodes[node].children.append(child)
        nodes[node].lookup[edge] = child
        node = child
      }
      if witnessing { nodes[node].witnessing = true }
    }
    let labels = (0..<rules[rule].variableCount).map { labelOf[$0] ?? -1 }
    nodes[node].completions.append(Completion(rule: rule, variableLabels: labels))
  }
}
