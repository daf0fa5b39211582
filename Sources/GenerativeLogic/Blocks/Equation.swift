/// An equation between two terms.
public struct Equation: Hashable, Sendable, Codable, CustomStringConvertible {
  public var lhs: Term
  public var rhs: Term

  public init(_ lhs: Term, _ rhs: Term) {
    self.lhs = lhs
    self.rhs = rhs
  }

  /// The equation read right to left.
  public var swapped: Equation { Equation(rhs, lhs) }

  public func substituted(_ substitution: [String: Term]) -> Equation {
    Equation(lhs.substituted(substitution), rhs.substituted(substitution))
  }

  /// Variables in order of first occurrence.
  public var variables: [String] {
    var seen: [String] = []
    lhs.collectVariables(into: &seen)
    rhs.collectVariables(into: &seen)
    return seen
  }

  public var description: String { "\(lhs) = \(rhs)" }

  /// Lean 4 source of the proposition.
  public var leanText: String { "\(lhs.leanText) = \(rhs.leanText)" }
}
