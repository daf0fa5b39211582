import Kernel

/// The rewriting behind `norm_num`: bottom-up, it evaluates numeral arithmetic (`+ - * / % ^`,
/// `gcd`, negation, `succ`, casts and `natAbs` of numerals), decides `= ≠ < ≤ > ≥ ∣` between
/// numerals, and applies a small part of the default simp set: `add_zero`, `zero_add`, `mul_one`,
/// `one_mul`, `mul_zero`, `zero_mul`, `sub_zero`, `Nat.zero_sub`, `pow_one`, `pow_zero`,
/// `Nat.div_one`, `Nat.zero_div`, `Nat.mod_one`, `neg_zero`, `neg_neg`, `eq_self`, `le_refl`,
/// `lt_self_iff_false`, `Nat.zero_le`, `Nat.not_lt_zero`, `ge_iff_le`, `gt_iff_lt`, `ne_eq`,
/// `not_lt`, `not_le`, `not_not`, and the `True`/`False` laws of the connectives. It does not go
/// under binders.
struct NumeralSimplifier {
  /// The largest exponent evaluated.
  var maximumExponent = 1 << 16

  func simplify(_ term: Term) throws(KernelError) -> Term {
    if term.asQuantifier != nil { return term }
    let (head, arguments) = term.applicationSpine
    guard let constant = head.constantValue, !arguments.isEmpty else { return term }
    var simplified: [Term] = []
    for argument in arguments { simplified.append(try simplify(argument)) }
    let rebuilt = zip(simplified, arguments).allSatisfy { $0 === $1 } ? term : try Term.apply(head, simplified)
    return try rewrite(rebuilt, constant, simplified)
  }

  private func rewrite(_ term: Term, _ constant: Constant, _ arguments: [Term]) throws(KernelError) -> Term {
    if arguments.allSatisfy({ $0.numeralValue != nil }), let value = evaluate(term, constant) { return value }
    if arguments.count == 1 { return try unary(term, constant, arguments[0]) }
    guard arguments.count == 2 else { return term }
    return try binary(term, constant, arguments[0], arguments[1])
  }

  private func evaluate(_ term: Term, _ constant: Constant) -> Term? {
    switch constant {
    case .natMin, .natMax, .intMin, .intMax, .intToNat: return nil
    default: break
    }
    return try? Evaluator(maximumExponent: maximumExponent).evaluate(term).term
  }

  private func unary(_ term: Term, _ constant: Constant, _ operand: Term) throws(KernelError) -> Term {
    switch constant {
    case .not:
      if operand === Term.trueProposition { return Term.falseProposition }
      if operand === Term.falseProposition { return Term.trueProposition }
      if let inner = operand.negatedProposition { return inner }
      if let (lhs, rhs) = operand.operands(of: .natLt) ?? operand.operands(of: .intLt) {
        return try simplify(Term.lessOrEqual(rhs, lhs))
      }
      if let (lhs, rhs) = operand.operands(of: .natLe) ?? operand.operands(of: .intLe) {
        return try simplify(Term.lessThan(rhs, lhs))
      }
      return term
    case .intNeg:
      if let inner = operand.asUnaryOperation, inner.constant == .intNeg { return inner.operand }
      return term
    default:
      return term
    }
  }

  private func binary(_ term: Term, _ constant: Constant, _ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    let left = lhs.numeralValue
    let right = rhs.numeralValue
    switch constant {
    case .natAdd, .intAdd:
      if right == 0 { return lhs }
      if left == 0 { return rhs }
    case .natMul, .intMul:
      if right == 1 { return lhs }
      if left == 1 { return rhs }
      if right == 0 || left == 0 { return Term.numeral(0, term.type) }
    case .natSub, .intSub:
      if right == 0 { return lhs }
      if constant == .natSub && left == 0 { return lhs }
    case .natPow, .intPow:
      if rhs.natLiteralValue == 1 { return lhs }
      if rhs.natLiteralValue == 0 { return Term.numeral(1, term.type) }
    case .natDiv:
      if right == 1 || left == 0 { return lhs }
    case .natMod:
      if right == 1 { return Term.nat(0) }
    case .equal:
      if lhs == rhs { return Term.trueProposition }
    case .notEqual:
      if lhs == rhs { return Term.falseProposition }
      return try simplify(Term.not(Term.equal(lhs, rhs)))
    case .natLe, .intLe:
      if lhs == rhs { return Term.trueProposition }
      if constant == .natLe && left == 0 { return Term.trueProposition }
    case .natLt, .intLt:
      if lhs == rhs { return Term.falseProposition }
      if constant == .natLt && right == 0 { return Term.falseProposition }
    case .natGe, .intGe:
      return try rewrite(Term.lessOrEqual(rhs, lhs), constant == .natGe ? .natLe : .intLe, [rhs, lhs])
    case .natGt, .intGt:
      return try rewrite(Term.lessThan(rhs, lhs), constant == .natGt ? .natLt : .intLt, [rhs, lhs])
    case .and, .or, .implies, .iff:
      return try connective(term, constant, lhs, rhs)
    default:
      break
    }
    return term
  }

  private func connective(_ term: Term, _ constant: Constant, _ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    let truth = Term.trueProposition
    let falsity = Term.falseProposition
    switch constant {
    case .and:
      if lhs === truth { return rhs }
      if rhs === truth { return lhs }
      if lhs === falsity || rhs === falsity { return falsity }
      if lhs == rhs { return lhs }
    case .or:
      if lhs === falsity { return rhs }
      if rhs === falsity { return lhs }
      if lhs === truth || rhs === truth { return truth }
      if lhs == rhs { return lhs }
    case .implies:
      if lhs === truth { return rhs }
      if lhs === falsity || rhs === truth { return truth }
      if rhs === falsity { return try unary(Term.not(lhs), .not, lhs) }
      if lhs == rhs { return truth }
    case .iff:
      if lhs == rhs { return truth }
      if lhs === truth { return rhs }
      if rhs === truth { return lhs }
      if lhs === falsity { return try unary(Term.not(rhs), .not, rhs) }
      if rhs === falsity { return try unary(Term.not(lhs), .not, lhs) }
    default:
      break
    }
    return term
  }
}
