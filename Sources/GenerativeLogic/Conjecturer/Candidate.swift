/// A conjecture that survived the filters: its statement, its relational chain over the anchor
/// and its canonical string (the key under which it was deduplicated).
public struct Candidate: Hashable, Sendable {
  public var index: Int
  public var statement: Statement
  public var canonical: String

  public init(index: Int, statement: Statement, canonical: String) {
    self.index = index
    self.statement = statement
    self.canonical = canonical
  }

  /// Number of operator atoms in its chain.
  public var atomCount: Int {
    (statement.premises + [statement.conclusion]).reduce(0) { $0 + $1.lhs.operatorCount + $1.rhs.operatorCount }
  }
}
