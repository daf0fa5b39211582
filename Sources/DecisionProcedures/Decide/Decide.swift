import Kernel

/// Lean core's `decide` on closed propositions: it accepts exactly the propositions built from the
/// instances core provides (`=`, `≠`, `≤`, `<`, `≥`, `>` and `∣` on ℕ and ℤ, the connectives,
/// `True`, `False`, and ℕ quantifiers bounded by `<` or `≤`; and, in a Mathlib file, Mathlib's
/// instances for `Even` and `Odd` on ℕ and ℤ and the reduction of `Nat.factorial`), evaluates them with GMP within the
/// budget of `DecideConfiguration`, and proves the true ones.
public enum Decide {
  /// `⊢ target` when `target` is closed, decidable by core's instances and true.
  public static func prove(
    _ target: Term, configuration: DecideConfiguration = .init()
  ) throws(DecisionFailure) -> Theorem {
    guard target.isProposition else {
      throw failure(.unsupported, "the goal is not a proposition", target)
    }
    guard target.freeVariables.isEmpty else {
      throw failure(
        .unsupported,
        "expected type must not contain free variables\n  \(target)\n"
          + "Use the '+revert' option to automatically cleanup and revert free variables.", target)
    }
    if let undecidable = firstUndecidable(target), undecidable.asUnaryOperation?.constant == .natPrime {
      throw failure(
        .unsupported,
        "decide on Nat.Prime (Mathlib's Nat.decidablePrime) is outside the native fragment: \(undecidable)",
        target)
    }
    if let undecidable = firstUndecidable(target) {
      throw failure(.unsupported, "failed to synthesize\n  Decidable (\(undecidable))", target)
    }
    let evaluator = Evaluator(
      maximumQuantifierBound: configuration.maximumQuantifierBound,
      maximumInstances: configuration.maximumInstances, maximumExponent: configuration.maximumExponent,
      maximumFactorialArgument: configuration.maximumFactorialArgument)
    let holds: Bool
    do {
      holds = try evaluator.truth(target)
    } catch {
      switch error.kind {
      case .budgetExceeded:
        throw failure(
          .budgetExceeded,
          "maximum recursion depth has been reached\nuse `set_option maxRecDepth <num>` to increase limit\n"
            + "(\(error.message))", target)
      default:
        throw failure(.unsupported, "failed to reduce the Decidable instance: \(error)", target)
      }
    }
    guard holds else {
      throw failure(.failed, "tactic 'decide' proved that the proposition\n  \(target)\nis false", target)
    }
    do {
      return try Theorem.oracle(.decide, conclusion: target, hypotheses: [])
    } catch {
      throw DecisionFailure.kernel("decide", error, goal: target)
    }
  }

  private static func failure(_ reason: DecisionFailure.Reason, _ message: String, _ goal: Term) -> DecisionFailure {
    DecisionFailure(tactic: "decide", reason: reason, message: message, goal: goal)
  }

  /// The first subproposition that has no `Decidable` instance in core, or nil when the whole
  /// proposition is decidable.
  static func firstUndecidable(_ proposition: Term) -> Term? {
    switch proposition.constantValue {
    case .true?, .false?: return nil
    default: break
    }
    if let (constant, operand) = proposition.asUnaryOperation {
      switch constant {
      case .not: return firstUndecidable(operand)
      case .forall, .exists:
        guard let bounded = BoundedQuantifier(proposition), isComputable(bounded.bound) else { return proposition }
        return firstUndecidable(bounded.body)
      case .natEven, .intEven, .natOdd, .intOdd:
        return isComputable(operand) ? nil : proposition
      default: return proposition
      }
    }
    guard let (constant, lhs, rhs) = proposition.asBinaryOperation else { return proposition }
    switch constant {
    case .and, .or, .implies, .iff:
      return firstUndecidable(lhs) ?? firstUndecidable(rhs)
    case .equal(let type), .notEqual(let type):
      guard type == .nat || type == .int else { return proposition }
      return isComputable(lhs) && isComputable(rhs) ? nil : proposition
    case .natLe, .natLt, .natGe, .natGt, .natDvd, .intLe, .intLt, .intGe, .intGt, .intDvd:
      return isComputable(lhs) && isComputable(rhs) ? nil : proposition
    default:
      return proposition
    }
  }

  /// Whether a ℕ or ℤ term is built from numerals, variables bound by enclosing bounded
  /// quantifiers, and operations that reduce on numerals.
  static func isComputable(_ term: Term) -> Bool {
    switch term.kind {
    case .natLiteral, .intLiteral, .variable: return true
    default: break
    }
    if let (constant, lhs, rhs) = term.asBinaryOperation {
      switch constant {
      case .natAdd, .natSub, .natMul, .natDiv, .natMod, .natPow, .natMin, .natMax, .natGcd,
        .intAdd, .intSub, .intMul, .intDiv, .intMod, .intPow, .intMin, .intMax:
        return isComputable(lhs) && isComputable(rhs)
      default: return false
      }
    }
    if let (constant, operand) = term.asUnaryOperation {
      switch constant {
      case .natSucc, .intNeg, .intNatAbs, .intToNat, .intOfNat, .natFactorial: return isComputable(operand)
      default: return false
      }
    }
    return false
  }
}
