/// The lexicographic path ordering on ground terms that decides which way an equation may rewrite:
/// precedence `*` > `+` > `1` > `s` > `0` > variables (by name). It is total on ground terms and
/// well founded, so ordered rewriting always terminates.
public enum TermOrdering {
  static func rank(_ term: Term) -> Int {
    switch term {
    case .variable: return 0
    case .zero: return 1
    case .succ: return 2
    case .one: return 3
    case .add: return 4
    case .mul: return 5
    }
  }

  /// Whether `s` is strictly greater than `t`.
  public static func greater(_ s: Term, _ t: Term) -> Bool {
    if s == t { return false }
    let sChildren = s.children
    for child in sChildren where child == t || greater(child, t) { return true }
    let tChildren = t.children
    let (rs, rt) = (rank(s), rank(t))
    if rs > rt { return tChildren.allSatisfy { greater(s, $0) } }
    if rs < rt { return false }
    if case .variable(let a) = s, case .variable(let b) = t { return a > b }
    for (a, b) in zip(sChildren, tChildren) where a != b {
      return greater(a, b) && tChildren.allSatisfy { greater(s, $0) }
    }
    return false
  }
}
