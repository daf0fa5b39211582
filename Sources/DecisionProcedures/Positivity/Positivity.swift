import Kernel

/// Mathlib's `positivity`: syntactic proofs of `0 ≤ e`, `0 < e` and `e ≠ 0` (also written
/// `e ≥ 0`, `e > 0`) by recursion on `e`, following Mathlib's extensions: numerals, `+`, `*`,
/// powers (even numeral exponents are non-negative), casts `↑n`, `Nat.succ`, `min`, `max`, `/` on
/// ℕ and ℤ, `Int.natAbs`, and any ℕ term is non-negative. Hypotheses are not consulted.
public enum Positivity {
  /// What is known about the sign of a term.
  enum Strictness: Comparable {
    case none, nonzero, nonnegative, positive
  }

  /// `⊢ target` for a goal `0 ≤ e`, `0 < e`, `e ≠ 0`, `e ≥ 0` or `e > 0` that positivity proves.
  public static func prove(_ target: Term) throws(DecisionFailure) -> Theorem {
    guard let (expression, wanted) = goal(target) else {
      throw DecisionFailure(
        tactic: "positivity", reason: .unsupported,
        message: "not a positivity goal: the goal must be `0 ≤ a`, `0 < a` or `a ≠ 0`", goal: target)
    }
    let found = strictness(expression)
    let proved: Bool =
      switch wanted {
      case .positive: found == .positive
      case .nonnegative: found == .positive || found == .nonnegative
      case .nonzero: found == .positive || found == .nonzero
      case .none: false
      }
    guard proved else {
      let message =
        switch wanted {
        case .positive: "failed to prove positivity"
        case .nonnegative: "failed to prove nonnegativity"
        default: "failed to prove nonzeroness"
        }
      throw DecisionFailure(tactic: "positivity", reason: .failed, message: message, goal: target)
    }
    do {
      return try Theorem.oracle(.positivity, conclusion: target, hypotheses: [])
    } catch {
      throw DecisionFailure.kernel("positivity", error, goal: target)
    }
  }

  private static func goal(_ target: Term) -> (Term, Strictness)? {
    guard let (constant, lhs, rhs) = target.asBinaryOperation else { return nil }
    let zeroLeft = lhs.numeralValue == 0
    let zeroRight = rhs.numeralValue == 0
    switch constant {
    case .natLe, .intLe: return zeroLeft ? (rhs, .nonnegative) : nil
    case .natLt, .intLt: return zeroLeft ? (rhs, .positive) : nil
    case .natGe, .intGe: return zeroRight ? (lhs, .nonnegative) : nil
    case .natGt, .intGt: return zeroRight ? (lhs, .positive) : nil
    case .notEqual(.nat), .notEqual(.int): return zeroRight ? (lhs, .nonzero) : nil
    default: return nil
    }
  }

  /// The best sign fact positivity derives for `term`.
  static func strictness(_ term: Term) -> Strictness {
    let derived = derive(term)
    return term.type == .nat && derived == .none ? .nonnegative : derived
  }

  private static func derive(_ term: Term) -> Strictness {
    if let value = term.numeralValue {
      if value.isZero { return .nonnegative }
      return value.isNegative ? .nonzero : .positive
    }
    if let (constant, operand) = term.asUnaryOperation {
      switch constant {
      case .natSucc: return .positive
      case .intOfNat: return strictness(operand)
      case .intNatAbs:
        let inner = strictness(operand)
        return inner == .positive || inner == .nonzero ? .positive : .nonnegative
      default: return .none
      }
    }
    guard let (constant, lhs, rhs) = term.asBinaryOperation else { return .none }
    switch constant {
    case .natAdd, .intAdd:
      let (a, b) = (strictness(lhs), strictness(rhs))
      if (a == .positive && b >= .nonnegative) || (b == .positive && a >= .nonnegative) { return .positive }
      if a >= .nonnegative && b >= .nonnegative { return .nonnegative }
      return .none
    case .natMul, .intMul:
      let (a, b) = (strictness(lhs), strictness(rhs))
      if a == .positive && b == .positive { return .positive }
      if a >= .nonnegative && b >= .nonnegative { return .nonnegative }
      if a != .none && b != .none && a != .nonnegative && b != .nonnegative { return .nonzero }
      return .none
    case .natPow, .intPow:
      return power(lhs, rhs)
    case .natDiv, .intDiv:
      let (a, b) = (strictness(lhs), strictness(rhs))
      return a >= .nonnegative && b >= .nonnegative ? .nonnegative : .none
    case .natMin, .intMin:
      let (a, b) = (strictness(lhs), strictness(rhs))
      if a == .positive && b == .positive { return .positive }
      if a >= .nonnegative && b >= .nonnegative { return .nonnegative }
      return .none
    case .natMax, .intMax:
      let (a, b) = (strictness(lhs), strictness(rhs))
      if a == .positive || b == .positive { return .positive }
      if a >= .nonnegative || b >= .nonnegative { return .nonnegative }
      return .none
    default:
      return .none
    }
  }

  /// `a ^ n`: `a ^ 0` is positive; an even numeral exponent gives a non-negative power (positive
  /// when `a ≠ 0`); otherwise the sign of `a` carries over.
  private static func power(_ base: Term, _ exponent: Term) -> Strictness {
    if exponent.natLiteralValue == 0 { return .positive }
    let a = strictness(base)
    if let value = exponent.natLiteralValue, value.emod(2).isZero {
      return a == .none || a == .nonnegative ? .nonnegative : .positive
    }
    return a
  }
}
