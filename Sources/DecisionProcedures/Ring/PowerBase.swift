/// The base of one factor of a ring monomial, Mathlib's `ExBase`: an atom, or a whole sum that
/// `ring` keeps unexpanded because it is raised to a symbolic power (`(a + b) ^ n`, and `2 ^ n`,
/// whose base is the one-term sum `2`).
enum PowerBase: Hashable, Comparable, Sendable {
  case atom(Int)
  case sum(Polynomial)

  /// Mathlib's `ExBase.cmp`: atoms by index, every atom before every sum, sums by `ExSum.cmp`.
  static func < (lhs: PowerBase, rhs: PowerBase) -> Bool {
    switch (lhs, rhs) {
    case (.atom(let a), .atom(let b)): a < b
    case (.atom, .sum): true
    case (.sum, .atom): false
    case (.sum(let a), .sum(let b)): a.precedes(b)
    }
  }
}
