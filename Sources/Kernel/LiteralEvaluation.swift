/// Evaluates one operation applied to literal values, with GMP: the arithmetic that Lean's
/// kernel does on numerals (`Nat.add`, `Nat.sub`, …, `Nat.pow` up to an exponent bound) and the
/// ℤ operations that reduce to it. ℕ values are numerals; ℤ values are numerals and negated
/// numerals. Predicates evaluate to `True` or `False`. Mathlib's `Nat.factorial n` of a numeral
/// `n ≤ maximumFactorialArgument` evaluates too: Lean unfolds its structural recursion once per step.
enum LiteralEvaluation {
  /// The largest argument of `Nat.factorial` evaluated (a reduction of that depth is in Lean's reach).
  static let maximumFactorialArgument = 100

  static func evaluate(_ term: Term) throws(KernelError) -> Term {
    if let (constant, lhs, rhs) = term.asBinaryOperation {
      if let result = try binary(constant, lhs, rhs, term) { return result }
    } else if let (constant, operand) = term.asUnaryOperation {
      if let result = try unary(constant, operand) { return result }
    }
    throw KernelError(.evaluate, "not one operation applied to literals", [term])
  }

  private static func nat(_ value: BigInt) -> Term {
    Term.make(.natLiteral(value), .nat)
  }

  private static func truth(_ value: Bool) -> Term {
    value ? Term.trueProposition : Term.falseProposition
  }

  private static func unary(_ constant: Constant, _ operand: Term) throws(KernelError) -> Term? {
    switch constant {
    case .natSucc:
      return operand.natLiteralValue.map { nat($0 + 1) }
    case .intOfNat:
      return operand.natLiteralValue.map { Term.intLiteral($0) }
    case .intNeg:
      return operand.intLiteralValue.map { Term.intLiteral(-$0) }
    case .intNatAbs:
      return operand.intLiteralValue.map { nat($0.magnitude) }
    case .intToNat:
      return operand.intLiteralValue.map { nat($0.isNegative ? 0 : $0) }
    case .natFactorial:
      guard let n = operand.natLiteralValue?.asInt, n <= maximumFactorialArgument else { return nil }
      return nat((0..<n).reduce(BigInt(1)) { $0 * BigInt($1 + 1) })
    default:
      return nil
    }
  }

  private static func binary(_ constant: Constant, _ lhs: Term, _ rhs: Term, _ term: Term) throws(KernelError) -> Term?
  {
    if constant == .intPow {
      guard let base = lhs.intLiteralValue, let exponent = rhs.natLiteralValue else { return nil }
      return Term.intLiteral(try power(base, exponent, term))
    }
    if let a = lhs.natLiteralValue, let b = rhs.natLiteralValue {
      switch constant {
      case .natAdd: return nat(a + b)
      case .natSub: return nat(a.natSub(b))
      case .natMul: return nat(a * b)
      case .natDiv: return nat(a.natDiv(b))
      case .natMod: return nat(a.natMod(b))
      case .natPow: return nat(try power(a, b, term))
      case .natMin: return nat(min(a, b))
      case .natMax: return nat(max(a, b))
      case .natGcd: return nat(a.gcd(b))
      case .natLe: return truth(a <= b)
      case .natLt: return truth(a < b)
      case .natGe: return truth(a >= b)
      case .natGt: return truth(a > b)
      case .notEqual(.nat): return truth(a != b)
      case .natDvd: return truth(divides(a, b))
      case .equal(.nat): return truth(a == b)
      default: return nil
      }
    }
    if let a = lhs.intLiteralValue, let b = rhs.intLiteralValue {
      switch constant {
      case .intAdd: return Term.intLiteral(a + b)
      case .intSub: return Term.intLiteral(a - b)
      case .intMul: return Term.intLiteral(a * b)
      case .intDiv: return Term.intLiteral(a.ediv(b))
      case .intMod: return Term.intLiteral(a.emod(b))
      case .intMin: return Term.intLiteral(min(a, b))
      case .intMax: return Term.intLiteral(max(a, b))
      case .intLe: return truth(a <= b)
      case .intLt: return truth(a < b)
      case .intGe: return truth(a >= b)
      case .intGt: return truth(a > b)
      case .notEqual(.int): return truth(a != b)
      case .intDvd: return truth(divides(a, b))
      case .equal(.int): return truth(a == b)
      default: return nil
      }
    }
    return nil
  }

  /// `a ∣ b`: some `c` has `b = a * c` (so `0 ∣ 0` holds and `0 ∣ 1` does not).
  private static func divides(_ a: BigInt, _ b: BigInt) -> Bool {
    a.isZero ? b.isZero : b.emod(a).isZero
  }

  private static func power(_ base: BigInt, _ exponent: BigInt, _ term: Term) throws(KernelError) -> BigInt {
    do {
      return try base.power(exponent)
    } catch {
      throw KernelError(.evaluate, error.description, [term])
    }
  }
}
