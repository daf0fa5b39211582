/// A built-in predicate of the relational machine read through the anchor: membership in ℕ
/// (`in[x,N]`) and the graphs of s (`in2[x,y,s]`), + and * (`in3[x,y,z,add]`, `in3[x,y,z,mul]`).
public enum RelationalPredicate: UInt8, Hashable, Sendable, Codable, CaseIterable, Comparable {
  case member
  case succ
  case add
  case mul

  /// Number of arguments.
  public var arity: Int {
    switch self {
    case .member: return 1
    case .succ: return 2
    case .add, .mul: return 3
    }
  }

  /// Whether the predicate is the graph of an operation (its last argument is the output).
  public var isOperation: Bool { self != .member }

  /// The name printed in facts: `in`, `s`, `+`, `*`.
  public var symbol: String {
    switch self {
    case .member: return "in"
    case .succ: return "s"
    case .add: return "+"
    case .mul: return "*"
    }
  }

  public static func < (lhs: RelationalPredicate, rhs: RelationalPredicate) -> Bool { lhs.rawValue < rhs.rawValue }
}
