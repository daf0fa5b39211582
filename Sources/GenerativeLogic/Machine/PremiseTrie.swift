/// The hash memory of rules: every rule's premises, in one connected order per starting premise,
/// relabelled canonically (variables numbered by first occurrence, anchor constants kept) and filed
/// in a trie keyed by those canonical atoms. A combination of facts fires a rule exactly when its
/// canonical relabelling is a key that ends at a completion, and it is only grown along known key
/// prefixes (branch and bound). After construction the trie is flattened into plain arrays, so that
/// walking it allocates nothing.
struct PremiseTrie: Sendable {
  /// One canonical premise: a predicate over labels; a label ≥ 0 numbers a variable by first
  /// occurrence along the key, a label < 0 is the block constant `-label - 1`.
  struct Edge: Hashable, Sendable {
    var predicate: RelationalPredicate
    var labels: [Int]
  }

  /// A rule whose whole premise list ends at a node, with the label of each rule variable and the
  /// premise each atom of the key stands for.
  struct Completion: Sendable {
    var rule: Int
    var variableLabels: [Int]
    var order: [Int]
  }

  /// An edge of the flattened trie: a canonical premise with up to three labels, and its child.
  struct Step: Sendable {
    var predicate: RelationalPredicate
    var arity: Int
    var labels: (Int, Int, Int)
    var child: Int

    func label(_ position: Int) -> Int {
      switch position {
      case 0: return labels.0
      case 1: return labels.1
      default: return labels.2
      }
    }
  }

  private struct Node {
    var edges: [Edge] = []
    var children: [Int] = []
    var lookup: [Edge: Int] = [:]
    var completions: [Completion] = []
    var witnessing = false
  }

  let rules: [RelationalRule]
  /// The edges of every node, node by node.
  private(set) var steps: [Step] = []
  /// Where the edges of node `n` start in `steps` (and end, at entry `n + 1`).
  private(set) var stepStart: [Int] = []
  private(set) var completions: [Completion] = []
  private(set) var completionStart: [Int] = []
  /// Whether some rule completing at or below a node may admit witnesses.
  private(set) var witnessing: [Bool] = []
  /// The root edges of each predicate (by raw value), as indices into `steps`.
  private(set) var rootSteps: [[Int]] = Array(repeating: [], count: RelationalPredicate.allCases.count)

  init(rules: [RelationalRule]) {
    self.rules = rules
    var nodes = [Node()]
    for (index, rule) in rules.enumerated() where !rule.premises.isEmpty {
      for start in rule.premises.indices {
        Self.insert(rule: index, of: rules, order: Self.order(rule.premises, start: start), into: &nodes)
      }
    }
    for node in nodes {
      stepStart.append(steps.count)
      completionStart.append(completions.count)
      witnessing.append(node.witnessing)
      for (edge, child) in zip(node.edges, node.children) {
        let labels = edge.labels + Array(repeating: -1, count: 3 - edge.labels.count)
        steps.append(
          Step(
            predicate: edge.predicate, arity: edge.labels.count, labels: (labels[0], labels[1], labels[2]),
            child: child))
      }
      completions += node.completions
    }
    stepStart.append(steps.count)
    completionStart.append(completions.count)
    for index in stepStart[0]..<stepStart[1] { rootSteps[Int(steps[index].predicate.rawValue)].append(index) }
  }

  /// Number of nodes.
  var nodeCount: Int { witnessing.count }

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

  private static func insert(rule: Int, of rules: [RelationalRule], order: [Int], into nodes: inout [Node]) {
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
        nodes.append(Node())
        nodes[node].edges.append(edge)
        nodes[node].children.append(child)
        nodes[node].lookup[edge] = child
        node = child
      }
      if witnessing { nodes[node].witnessing = true }
    }
    let labels = (0..<rules[rule].variableCount).map { labelOf[$0] ?? -1 }
    nodes[node].completions.append(Completion(rule: rule, variableLabels: labels, order: order))
  }
}
