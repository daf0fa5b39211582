extension Term {
  /// The free variable `name : type`. Variables are identified by name and type together.
  public static func variable(_ name: String, _ type: TermType) -> Term {
    make(.variable(name), type)
  }

  public static func constant(_ constant: Constant) -> Term {
    switch constant {
    case .equal, .notEqual, .forall, .exists: make(.constant(constant), constant.type)
    default: constantTerms[constant] ?? make(.constant(constant), constant.type)
    }
  }

  /// The constants without a type parameter, made once.
  private static let constantTerms: [Constant: Term] = {
    let all: [Constant] = [
      .natSucc, .natAdd, .natSub, .natMul, .natDiv, .natMod, .natPow, .natMin, .natMax, .natGcd, .natLe, .natLt,
      .natDvd, .natGe, .natGt, .intNeg, .intAdd, .intSub, .intMul, .intDiv, .intMod, .intPow, .intMin, .intMax,
      .intNatAbs,
      .intToNat, .intOfNat, .intLe, .intLt, .intDvd, .intGe, .intGt, .true, .false, .not, .and, .or, .implies, .iff,
      .natEven, .intEven, .natOdd, .intOdd, .natPrime, .natFactorial,
    ]
    return Dictionary(uniqueKeysWithValues: all.map { ($0, make(.constant($0), $0.type)) })
  }()

  /// The ℕ numeral `value`; throws on a negative value.
  public static func natLiteral(_ value: BigInt) throws(KernelError) -> Term {
    guard !value.isNegative else {
      throw KernelError(rule: "Term.natLiteral", message: "negative natural number literal \(value)")
    }
    return make(.natLiteral(value), .nat)
  }

  /// The ℤ value `value` in its normal form: the numeral `(n : Int)` for `n ≥ 0`, and `-(n : Int)`
  /// (negation of a numeral, as Lean elaborates `-5`) for a negative value.
  public static func intLiteral(_ value: BigInt) -> Term {
    if value.isNegative {
      return make(.application(constant(.intNeg), make(.intLiteral(-value), .int)), .int)
    }
    return make(.intLiteral(value), .int)
  }

  /// `function argument`; throws unless `function : A → B` and `argument : A`.
  public static func application(_ function: Term, _ argument: Term) throws(KernelError) -> Term {
    guard case .function(let domain, let codomain) = function.type, domain == argument.type else {
      throw KernelError(
        rule: "Term.application",
        message: "cannot apply a term of type \(function.type) to an argument of type \(argument.type)",
        terms: [function, argument])
    }
    return make(.application(function, argument), codomain)
  }

  /// `function a₁ a₂ …`, applied left to right.
  public static func apply(_ function: Term, _ arguments: [Term]) throws(KernelError) -> Term {
    var result = function
    for argument in arguments { result = try application(result, argument) }
    return result
  }

  /// `fun x => body`, abstracting the free variable `x` of `body`.
  public static func lambda(_ variable: Term, _ body: Term) throws(KernelError) -> Term {
    guard case .variable(let name) = variable.node else {
      throw KernelError(rule: "Term.lambda", message: "the binder is not a variable", terms: [variable])
    }
    return make(.lambda(name, body.abstracting(variable, depth: 0)), .function(variable.type, body.type))
  }

  /// `∀ x : T, body`, that is `forall(T) (fun x => body)`; `body` must be a proposition.
  public static func forall(_ variable: Term, _ body: Term) throws(KernelError) -> Term {
    try quantifier(.forall(variable.type), variable, body)
  }

  /// `∃ x : T, body`, that is `Exists (fun x => body)`; `body` must be a proposition.
  public static func exists(_ variable: Term, _ body: Term) throws(KernelError) -> Term {
    try quantifier(.exists(variable.type), variable, body)
  }

  private static func quantifier(_ quantifier: Constant, _ variable: Term, _ body: Term) throws(KernelError) -> Term {
    guard body.isProposition else {
      throw KernelError(
        rule: "Term.\(quantifier.leanName)", message: "the body of a quantifier must be a proposition", terms: [body])
    }
    return try application(constant(quantifier), lambda(variable, body))
  }

  public static let trueProposition = constant(.true)
  public static let falseProposition = constant(.false)

  public static func not(_ proposition: Term) throws(KernelError) -> Term {
    try application(constant(.not), proposition)
  }

  public static func and(_ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    try apply(constant(.and), [lhs, rhs])
  }

  public static func or(_ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    try apply(constant(.or), [lhs, rhs])
  }

  public static func implies(_ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    try apply(constant(.implies), [lhs, rhs])
  }

  public static func iff(_ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    try apply(constant(.iff), [lhs, rhs])
  }

  /// `lhs = rhs` at the type of `lhs`.
  public static func equal(_ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    try apply(constant(.equal(lhs.type)), [lhs, rhs])
  }

  /// `lhs ≠ rhs` (`Ne`) at the type of `lhs`.
  public static func notEqual(_ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    try apply(constant(.notEqual(lhs.type)), [lhs, rhs])
  }

  /// The operation chosen by the type of the first operand (`Nat` or `Int`).
  private static func overloaded(
    _ name: String, nat: Constant?, int: Constant?, _ operands: [Term]
  ) throws(KernelError) -> Term {
    let chosen: Constant? =
      switch operands.first?.type {
      case .nat: nat
      case .int: int
      default: nil
      }
    guard let chosen else {
      throw KernelError(
        rule: "Term.\(name)", message: "no \(name) on \(operands.first?.type.description ?? "nothing")",
        terms: operands)
    }
    return try apply(constant(chosen), operands)
  }

  public static func add(_ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    try overloaded("add", nat: .natAdd, int: .intAdd, [lhs, rhs])
  }

  /// Truncated on `Nat`.
  public static func subtract(_ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    try overloaded("subtract", nat: .natSub, int: .intSub, [lhs, rhs])
  }

  public static func multiply(_ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    try overloaded("multiply", nat: .natMul, int: .intMul, [lhs, rhs])
  }

  /// `Nat.div` or `Int.ediv`.
  public static func divide(_ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    try overloaded("divide", nat: .natDiv, int: .intDiv, [lhs, rhs])
  }

  /// `Nat.mod` or `Int.emod`.
  public static func modulo(_ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    try overloaded("modulo", nat: .natMod, int: .intMod, [lhs, rhs])
  }

  /// `base ^ exponent` with a `Nat` exponent.
  public static func power(_ base: Term, _ exponent: Term) throws(KernelError) -> Term {
    try overloaded("power", nat: .natPow, int: .intPow, [base, exponent])
  }

  public static func minimum(_ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    try overloaded("minimum", nat: .natMin, int: .intMin, [lhs, rhs])
  }

  public static func maximum(_ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    try overloaded("maximum", nat: .natMax, int: .intMax, [lhs, rhs])
  }

  public static func lessOrEqual(_ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    try overloaded("lessOrEqual", nat: .natLe, int: .intLe, [lhs, rhs])
  }

  public static func lessThan(_ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    try overloaded("lessThan", nat: .natLt, int: .intLt, [lhs, rhs])
  }

  /// `lhs ≥ rhs` (`GE.ge`, which unfolds to `rhs ≤ lhs`).
  public static func greaterOrEqual(_ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    try overloaded("greaterOrEqual", nat: .natGe, int: .intGe, [lhs, rhs])
  }

  /// `lhs > rhs` (`GT.gt`, which unfolds to `rhs < lhs`).
  public static func greaterThan(_ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    try overloaded("greaterThan", nat: .natGt, int: .intGt, [lhs, rhs])
  }

  /// `lhs ∣ rhs`.
  public static func divides(_ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    try overloaded("divides", nat: .natDvd, int: .intDvd, [lhs, rhs])
  }

  /// `Nat.gcd lhs rhs`.
  public static func gcd(_ lhs: Term, _ rhs: Term) throws(KernelError) -> Term {
    try overloaded("gcd", nat: .natGcd, int: nil, [lhs, rhs])
  }

  /// `-x` on `Int`.
  public static func negate(_ operand: Term) throws(KernelError) -> Term {
    try overloaded("negate", nat: nil, int: .intNeg, [operand])
  }

  /// `Nat.succ n`.
  public static func successor(_ operand: Term) throws(KernelError) -> Term {
    try overloaded("successor", nat: .natSucc, int: nil, [operand])
  }

  /// The cast `↑n : Int` of `n : Nat` (`Int.ofNat`).
  public static func natCast(_ operand: Term) throws(KernelError) -> Term {
    try overloaded("natCast", nat: .intOfNat, int: nil, [operand])
  }

  public static func natAbs(_ operand: Term) throws(KernelError) -> Term {
    try overloaded("natAbs", nat: nil, int: .intNatAbs, [operand])
  }

  public static func toNat(_ operand: Term) throws(KernelError) -> Term {
    try overloaded("toNat", nat: nil, int: .intToNat, [operand])
  }

  /// Mathlib's `Even n` on `Nat` or `Int`.
  public static func even(_ operand: Term) throws(KernelError) -> Term {
    try overloaded("even", nat: .natEven, int: .intEven, [operand])
  }

  /// Mathlib's `Odd n` on `Nat` or `Int`.
  public static func odd(_ operand: Term) throws(KernelError) -> Term {
    try overloaded("odd", nat: .natOdd, int: .intOdd, [operand])
  }

  /// Mathlib's `Nat.Prime p`.
  public static func prime(_ operand: Term) throws(KernelError) -> Term {
    try overloaded("prime", nat: .natPrime, int: nil, [operand])
  }

  /// Mathlib's `Nat.factorial n`.
  public static func factorial(_ operand: Term) throws(KernelError) -> Term {
    try overloaded("factorial", nat: .natFactorial, int: nil, [operand])
  }
}

extension Term {
  /// `c a b` for a binary constant whose argument types the caller has checked.
  static func makeBinary(_ constant: Constant, _ lhs: Term, _ rhs: Term) -> Term {
    let partialType = constant.type.codomain!
    let partial = make(.application(Term.constant(constant), lhs), partialType)
    return make(.application(partial, rhs), partialType.codomain!)
  }

  /// `c a` for a unary constant whose argument type the caller has checked.
  static func makeUnary(_ constant: Constant, _ operand: Term) -> Term {
    make(.application(Term.constant(constant), operand), constant.type.codomain!)
  }

  /// `lhs = rhs` for terms of the same type.
  static func makeEquation(_ lhs: Term, _ rhs: Term) -> Term {
    makeBinary(.equal(lhs.type), lhs, rhs)
  }
}
