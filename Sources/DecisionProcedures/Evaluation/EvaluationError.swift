import Kernel

/// Why a term has no value under the evaluator: an unassigned variable, an unbounded quantifier, a
/// construct the evaluator does not know, or a budget (quantifier instances, exponent) exceeded.
public struct EvaluationError: Error, Sendable, CustomStringConvertible {
  /// The broad class of the refusal.
  public enum Kind: Sendable, Equatable {
    /// A free variable without a value.
    case unassignedVariable
    /// A quantifier that is not bounded by a literal-valued `<`/`≤`, or not over ℕ.
    case unboundedQuantifier
    /// A construct outside the evaluator (an uninterpreted function, a λ in value position).
    case unsupported
    /// More quantifier instances or a larger exponent than the budget allows.
    case budgetExceeded
  }

  public let kind: Kind
  public let message: String
  /// The subterm that could not be evaluated.
  public let term: Term

  public var description: String { "\(message): \(term)" }
}
