import Kernel

/// Mathlib's `positivity`: syntactic proofs of `0 ≤ e`, `0 < e` and `e ≠ 0` (also written
/// `e ≥ 0`, `e > 0`) by recursion on `e`, following Mathlib's extensions: numerals, `+`, `*`,
/// powers (even numeral exponents are non-negative), casts `↑n`, `Nat.succ`, `Nat.factorial`,
/// `min`, `max`, `/` on ℕ and ℤ, `Int.natAbs`, and any ℕ term is non-negative. Like Mathlib's `compareHyp`, it also
/// reads hypotheses `c ≤ e`, `c < e` (numeral `c`), `e = c` and `e ≠ 0` about any subterm `e`.
public enum Positivity {
  /// What is known about the sign of a term.
  enum Strictness: Comparable {
    case none, nonzero, nonnegative, positive
  }

  /// `h₁, …, hₖ ⊢ target` for a goal `0 ≤ e`, `0 < e`, `e ≠ 0`, `e ≥ 0` or `e > 0` that positivity
  /// proves, where the `hᵢ` are the hypotheses among `hypotheses` that the proof reads.
  public static func prove(_ target: Term, hypotheses: [Term] = []) throws(DecisionFailure) -> Theorem {
    guard let (expression, wanted) = goal(target) else {
      throw DecisionFailure(
        tactic: "positivity", reason: .unsupported,
        message: "not a positivity goal: the goal must be `0 ≤ a`, `0 < a` or `a ≠ 0`", goal: target)
    }
    var analysis = Analysis(facts: hypotheses.compactMap(HypothesisFact.init))
    let found = analysis.strictness(expression)
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
      return try Theorem.oracle(.positivity, conclusion: target, hypotheses: analysis.used.map(\.hypothesis))
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

  /// A sign fact read from a hypothesis: `term` is at least `strictness`.
  struct HypothesisFact {
    let hypothesis: Term
    let term: Term
    let strictness: Strictness

    init?(_ hypothesis: Term) {
      guard let (constant, lhs, rhs) = hypothesis.asBinaryOperation else { return nil }
      self.hypothesis = hypothesis
      switch constant {
      case .natLe, .intLe, .natLt, .intLt, .natGe, .intGe, .natGt, .intGt:
        let strictRelation = [.natLt, .intLt, .natGt, .intGt].contains(constant)
        let (low, high) = [.natGe, .intGe, .natGt, .intGt].contains(constant) ? (rhs, lhs) : (lhs, rhs)
        guard let bound = low.numeralValue, !bound.isNegative else { return nil }
        term = high
        strictness = strictRelation || bound.signum > 0 ? .positive : .nonnegative
      case .equal(.nat), .equal(.int):
        guard let value = rhs.numeralValue else { return nil }
        term = lhs
        strictness = value.isZero ? .nonnegative : (value.isNegative ? .nonzero : .positive)
      case .notEqual(.nat), .notEqual(.int):
        guard rhs.numeralValue == 0 else { return nil }
        term = lhs
        strictness = .nonzero
      default:
        return nil
      }
    }
  }

  /// One positivity run: the hypotheses it may read and those it has read.
  struct Analysis {
    let facts: [HypothesisFact]
    var used: [HypothesisFact] = []

    init(facts: [HypothesisFact]) {
      self.facts = facts
    }

    /// The best fact a hypothesis gives about exactly `term`, recording its use.
    mutating func fromHypotheses(_ term: Term) -> Strictness {
      guard let best = facts.filter({ $0.term == term }).max(by: { $0.strictness < $1.strictness }) else {
        return .none
      }
      if !used.contains(where: { $0.hypothesis == best.hypothesis }) { used.append(best) }
      return best.strictness
    }

    /// The best sign fact positivity derives for `term`.
    mutating func strictness(_ term: Term) -> Strictness {
      var derived = derive(term)
      if term.type == .nat && derived == .none { derived = .nonnegative }
      if derived != .positive {
        let known = fromHypotheses(term)
        if known == .positive || (known == .nonnegative && derived == .nonzero)
          || (known == .nonzero && derived == .nonnegative)
        {
          derived = .positive
        } else if known > derived {
          derived = known
        }
      }
      return derived
    }

    private mutating func derive(_ term: Term) -> Strictness {
      if let value = term.numeralValue {
        if value.isZero { return .nonnegative }
        return value.isNegative ? .nonzero : .positive
      }
      if let (constant, operand) = term.asUnaryOperation {
        switch constant {
        case .natSucc, .natFactorial: return .positive
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
    private mutating func power(_ base: Term, _ exponent: Term) -> Strictness {
      if exponent.natLiteralValue == 0 { return .positive }
      let a = strictness(base)
      if let value = exponent.natLiteralValue, value.emod(2).isZero {
        return a == .none || a == .nonnegative ? .nonnegative : .positive
      }
      return a
    }
  }
}
