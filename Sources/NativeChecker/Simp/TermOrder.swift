import Kernel

/// A fixed strict total order on terms up to α-equivalence: smaller terms first, then by the
/// shape, names and values of the nodes. `simp` uses a permutation lemma (`a + b = b + a`) only
/// when the result is smaller in this order, as Lean's `simp` does with its term order, so that
/// such lemmas cannot loop.
enum TermOrder {
  /// Whether `lhs` comes strictly before `rhs`.
  static func less(_ lhs: Term, _ rhs: Term) -> Bool {
    compare(lhs, rhs) < 0
  }

  static func compare(_ lhs: Term, _ rhs: Term) -> Int {
    if lhs == rhs { return 0 }
    if lhs.size != rhs.size { return lhs.size < rhs.size ? -1 : 1 }
    let (leftRank, rightRank) = (rank(lhs), rank(rhs))
    if leftRank != rightRank { return leftRank < rightRank ? -1 : 1 }
    switch (lhs.kind, rhs.kind) {
    case (.variable(let a), .variable(let b)):
      if a != b { return a < b ? -1 : 1 }
      return order(lhs.type.description, rhs.type.description)
    case (.constant(let a), .constant(let b)):
      let names = order(a.leanName, b.leanName)
      return names != 0 ? names : order(lhs.type.description, rhs.type.description)
    case (.natLiteral(let a), .natLiteral(let b)), (.intLiteral(let a), .intLiteral(let b)):
      return a == b ? 0 : (a < b ? -1 : 1)
    case (.application(let f, let a), .application(let g, let b)):
      let functions = compare(f, g)
      return functions != 0 ? functions : compare(a, b)
    default:
      let (a, b) = (lhs.alphaHash, rhs.alphaHash)
      if a != b { return a < b ? -1 : 1 }
      return lhs.canonical.id < rhs.canonical.id ? -1 : 1
    }
  }

  private static func rank(_ term: Term) -> Int {
    switch term.kind {
    case .variable: 0
    case .constant: 1
    case .natLiteral: 2
    case .intLiteral: 3
    case .application: 4
    case .lambda: 5
    case .boundVariable: 6
    }
  }

  private static func order(_ a: String, _ b: String) -> Int {
    a == b ? 0 : (a < b ? -1 : 1)
  }
}
