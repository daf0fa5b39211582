import Kernel

/// Kernel term construction and ground evaluation for the omega front end. Constructors turn a
/// kernel type error (which would be a bug here) into an `OmegaFailure`; the ground evaluators
/// follow Lean's `groundNat?` and `groundInt?`, including which operations count as ground.
enum OmegaTerms {
  static func build(_ make: () throws(KernelError) -> Term) throws(OmegaFailure) -> Term {
    do {
      return try make()
    } catch {
      throw OmegaFailure(.outsideFragment, "\(OmegaFailure.header)\ninternal term error: \(error)")
    }
  }

  static func int(_ value: OmegaInteger) -> Term { Term.intLiteral(big(value)) }

  static func big(_ value: OmegaInteger) -> BigInt {
    if let small = Int(exactly: value) { return BigInt(small) }
    return BigInt(String(value))!
  }

  static func nat(_ value: Int) throws(OmegaFailure) -> Term {
    try build { () throws(KernelError) -> Term in try Term.natLiteral(BigInt(value)) }
  }

  static func cast(_ term: Term) throws(OmegaFailure) -> Term {
    try build { () throws(KernelError) -> Term in try Term.natCast(term) }
  }

  static func binary(
    _ make: (Term, Term) throws(KernelError) -> Term, _ lhs: Term, _ rhs: Term
  ) throws(OmegaFailure) -> Term {
    try build { () throws(KernelError) -> Term in try make(lhs, rhs) }
  }

  static func negate(_ term: Term) throws(OmegaFailure) -> Term {
    try build { () throws(KernelError) -> Term in try Term.negate(term) }
  }

  /// The argument of `n + 1` or `Nat.succ n` (Lean's `succ?`).
  static func predecessor(_ term: Term) -> Term? {
    if let (constant, operand) = term.asUnaryOperation, constant == .natSucc { return operand }
    if let (constant, lhs, rhs) = term.asBinaryOperation, constant == .natAdd, rhs.natLiteralValue == BigInt(1) {
      return lhs
    }
    return nil
  }

  private static func small(_ value: BigInt) throws(OmegaFailure) -> OmegaInteger {
    if let result = value.asInt { return OmegaInteger(result) }
    guard value.magnitudeBitWidth < 127, let result = OmegaInteger(value.description) else {
      throw OmegaFailure.overflow()
    }
    return result
  }

  /// The largest exponent ground evaluation takes on a base other than `0`, `1` and `-1`: Lean's
  /// default `exponentiation.threshold`. Lean's omega itself computes any power, but whether the
  /// rest of Lean lets a larger one through is not certain, so larger ones are refused.
  static let maximumExponent = 256

  private static func power(_ base: BigInt, _ exponent: BigInt) throws(OmegaFailure) -> BigInt {
    // A ground value only has to fit in 128 bits at the end (`(19 ^ 19 + 99 ^ 99) % 10` is fine).
    if base.magnitude > BigInt(1) {
      guard let exponent = exponent.asInt, exponent <= maximumExponent else {
        throw OmegaFailure(
          .outsideFragment,
          "\(OmegaFailure.header)\nthe power \(base) ^ \(exponent) has an exponent above \(maximumExponent) "
            + "(outside the native fragment)")
      }
    }
    do {
      return try base.power(exponent)
    } catch {
      throw OmegaFailure.overflow()
    }
  }

  /// Lean's `groundNat?` on a term of any type: numerals (a nonnegative `Int` numeral counts),
  /// casts, and `+ * - / ^` of ground terms, all computed with `Nat` operations (so `-` truncates).
  static func groundNat(_ term: Term) throws(OmegaFailure) -> OmegaInteger? {
    guard let value = try groundNatValue(term) else { return nil }
    return try small(value)
  }

  private static func groundNatValue(_ term: Term) throws(OmegaFailure) -> BigInt? {
    if let value = term.natLiteralValue { return value }
    if case .intLiteral(let value) = term.kind { return value }
    if let (constant, operand) = term.asUnaryOperation, constant == .intOfNat { return try groundNatValue(operand) }
    guard let (constant, lhs, rhs) = term.asBinaryOperation else { return nil }
    switch constant {
    case .natAdd, .intAdd, .natMul, .intMul, .natSub, .intSub, .natDiv, .intDiv, .natPow, .intPow:
      guard let a = try groundNatValue(lhs), let b = try groundNatValue(rhs) else { return nil }
      switch constant {
      case .natAdd, .intAdd: return a + b
      case .natMul, .intMul: return a * b
      case .natSub, .intSub: return a.natSub(b)
      case .natDiv, .intDiv: return a.natDiv(b)
      default: return try power(a, b)
      }
    default:
      return nil
    }
  }

  /// Lean's `groundInt?` on an `Int` term: numerals and negated numerals, casts of ground `Nat`
  /// terms, and `+ * - / ^` of ground terms (`/` is `Int.ediv`).
  static func groundInt(_ term: Term) throws(OmegaFailure) -> OmegaInteger? {
    guard let value = try groundIntValue(term) else { return nil }
    return try small(value)
  }

  private static func groundIntValue(_ term: Term) throws(OmegaFailure) -> BigInt? {
    if let value = term.intLiteralValue { return value }
    if let (constant, operand) = term.asUnaryOperation, constant == .intOfNat { return try groundNatValue(operand) }
    guard let (constant, lhs, rhs) = term.asBinaryOperation else { return nil }
    switch constant {
    case .intAdd, .intMul, .intSub, .intDiv:
      guard let a = try groundIntValue(lhs), let b = try groundIntValue(rhs) else { return nil }
      switch constant {
      case .intAdd: return a + b
      case .intMul: return a * b
      case .intSub: return a - b
      default: return a.ediv(b)
      }
    case .intPow:
      guard let a = try groundIntValue(lhs), let b = try groundNatValue(rhs) else { return nil }
      return try power(a, b)
    default:
      return nil
    }
  }

  /// Lean's `natCast?`: a `Nat` numeral, or the cast of one, or a nonnegative `Int` numeral.
  static func literalNat(_ term: Term) -> BigInt? {
    if let value = term.natLiteralValue { return value }
    if case .intLiteral(let value) = term.kind { return value }
    if let (constant, operand) = term.asUnaryOperation, constant == .intOfNat { return operand.natLiteralValue }
    return nil
  }
}
