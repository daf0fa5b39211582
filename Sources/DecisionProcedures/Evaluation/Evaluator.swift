import Kernel

/// Evaluates kernel terms under Lean's semantics: ℕ subtraction truncates, `n / 0 = 0`,
/// `n % 0 = n`, ℤ `/` and `%` are Euclidean (`Int.ediv`, `Int.emod`), `0 ^ 0 = 1`, and `a ∣ b`
/// holds when some `c` has `b = a * c`. Free variables take their values from `assignment`;
/// quantifiers are evaluated only in the bounded shapes `∀ n < k`, `∀ n ≤ k`, `∃ n < k`,
/// `∃ n ≤ k` over ℕ, within a budget of instances.
public struct Evaluator: Sendable {
  /// Values of free variables (the keys are `Term.variable` terms).
  public var assignment: [Term: Value]
  /// The largest bound of one bounded quantifier (the number of its instances).
  public var maximumQuantifierBound: Int
  /// The largest number of quantifier instances visited in one evaluation.
  public var maximumInstances: Int
  /// The largest exponent of a power (beyond `BigInt.power`'s own limits).
  public var maximumExponent: Int
  /// The largest argument of Mathlib's `Nat.factorial`.
  public var maximumFactorialArgument: Int

  public init(
    assignment: [Term: Value] = [:], maximumQuantifierBound: Int = 1 << 16, maximumInstances: Int = 1 << 20,
    maximumExponent: Int = BigInt.maximumPowerExponent, maximumFactorialArgument: Int = 4096
  ) {
    self.assignment = assignment
    self.maximumQuantifierBound = maximumQuantifierBound
    self.maximumInstances = maximumInstances
    self.maximumExponent = maximumExponent
    self.maximumFactorialArgument = maximumFactorialArgument
  }

  /// The value of `term`.
  public func evaluate(_ term: Term) throws(EvaluationError) -> Value {
    var run = Run(evaluator: self, assignment: assignment)
    return try run.value(term)
  }

  /// The truth value of a proposition.
  public func truth(_ proposition: Term) throws(EvaluationError) -> Bool {
    guard let value = try evaluate(proposition).truthValue else {
      throw EvaluationError(kind: .unsupported, message: "not a proposition", term: proposition)
    }
    return value
  }

  /// One evaluation: the assignment grows as bounded quantifiers bind their variables.
  private struct Run {
    let evaluator: Evaluator
    var assignment: [Term: Value]
    var instances = 0

    mutating func value(_ term: Term) throws(EvaluationError) -> Value {
      guard TacticBudget.spend() else {
        throw EvaluationError(kind: .budgetExceeded, message: TacticBudget.message, term: term)
      }
      switch term.kind {
      case .natLiteral(let value): return .nat(value)
      case .intLiteral(let value): return .int(value)
      case .variable:
        guard let value = assignment[term] else {
          throw EvaluationError(kind: .unassignedVariable, message: "no value for the variable", term: term)
        }
        return value
      case .constant(.true): return .truth(true)
      case .constant(.false): return .truth(false)
      default: break
      }
      if let (constant, lhs, rhs) = term.asBinaryOperation {
        return try binary(constant, lhs, rhs, term)
      }
      if let (constant, operand) = term.asUnaryOperation {
        return try unary(constant, operand, term)
      }
      throw EvaluationError(kind: .unsupported, message: "no evaluation rule", term: term)
    }

    private mutating func number(_ term: Term) throws(EvaluationError) -> BigInt {
      guard let number = try value(term).number else {
        throw EvaluationError(kind: .unsupported, message: "not a number", term: term)
      }
      return number
    }

    private mutating func truth(_ term: Term) throws(EvaluationError) -> Bool {
      guard let truth = try value(term).truthValue else {
        throw EvaluationError(kind: .unsupported, message: "not a proposition", term: term)
      }
      return truth
    }

    private mutating func unary(_ constant: Constant, _ operand: Term, _ term: Term) throws(EvaluationError) -> Value {
      switch constant {
      case .natSucc: return .nat(try number(operand) + 1)
      case .intNeg: return .int(-(try number(operand)))
      case .intNatAbs: return .nat(try number(operand).magnitude)
      case .intToNat:
        let value = try number(operand)
        return .nat(value.isNegative ? 0 : value)
      case .intOfNat: return .int(try number(operand))
      case .not: return .truth(!(try truth(operand)))
      case .forall, .exists: return .truth(try quantifier(term))
      case .natEven, .intEven: return .truth(try number(operand).emod(BigInt(2)).isZero)
      case .natOdd, .intOdd: return .truth(try number(operand).emod(BigInt(2)) == BigInt(1))
      case .natPrime:
        guard let certificate = PrimalityCertificate.certify(try number(operand)) else {
          throw EvaluationError(
            kind: .budgetExceeded, message: "no primality certificate within the budget", term: term)
        }
        return .truth(certificate.isPrime)
      case .natFactorial: return .nat(try factorial(try number(operand), term))
      default: throw EvaluationError(kind: .unsupported, message: "no evaluation rule", term: term)
      }
    }

    private mutating func binary(
      _ constant: Constant, _ lhs: Term, _ rhs: Term, _ term: Term
    ) throws(EvaluationError) -> Value {
      switch constant {
      case .and:
        guard try truth(lhs) else { return .truth(false) }
        return .truth(try truth(rhs))
      case .or:
        if try truth(lhs) { return .truth(true) }
        return .truth(try truth(rhs))
      case .implies:
        guard try truth(lhs) else { return .truth(true) }
        return .truth(try truth(rhs))
      case .iff, .equal(.prop): return .truth(try truth(lhs) == truth(rhs))
      case .notEqual(.prop): return .truth(try truth(lhs) != truth(rhs))
      default: break
      }
      let a = try number(lhs)
      let b = try number(rhs)
      switch constant {
      case .natAdd: return .nat(a + b)
      case .natSub: return .nat(a.natSub(b))
      case .natMul: return .nat(a * b)
      case .natDiv: return .nat(a.natDiv(b))
      case .natMod: return .nat(a.natMod(b))
      case .natPow: return .nat(try power(a, b, term))
      case .natMin: return .nat(min(a, b))
      case .natMax: return .nat(max(a, b))
      case .natGcd: return .nat(a.gcd(b))
      case .intAdd: return .int(a + b)
      case .intSub: return .int(a - b)
      case .intMul: return .int(a * b)
      case .intDiv: return .int(a.ediv(b))
      case .intMod: return .int(a.emod(b))
      case .intPow: return .int(try power(a, b, term))
      case .intMin: return .int(min(a, b))
      case .intMax: return .int(max(a, b))
      case .natLe, .intLe: return .truth(a <= b)
      case .natLt, .intLt: return .truth(a < b)
      case .natGe, .intGe: return .truth(a >= b)
      case .natGt, .intGt: return .truth(a > b)
      case .natDvd, .intDvd: return .truth(Evaluator.divides(a, b))
      case .equal: return .truth(a == b)
      case .notEqual: return .truth(a != b)
      default: throw EvaluationError(kind: .unsupported, message: "no evaluation rule", term: term)
      }
    }

    private func power(_ base: BigInt, _ exponent: BigInt, _ term: Term) throws(EvaluationError) -> BigInt {
      let trivialBase = base == 0 || base == 1 || base == -1
      guard trivialBase || exponent <= BigInt(evaluator.maximumExponent) else {
        throw EvaluationError(
          kind: .budgetExceeded, message: "exponent \(exponent) above the limit \(evaluator.maximumExponent)",
          term: term)
      }
      do {
        return try base.power(exponent)
      } catch {
        throw EvaluationError(kind: .budgetExceeded, message: error.description, term: term)
      }
    }

    private func factorial(_ argument: BigInt, _ term: Term) throws(EvaluationError) -> BigInt {
      guard let n = argument.asInt, n <= evaluator.maximumFactorialArgument else {
        throw EvaluationError(
          kind: .budgetExceeded,
          message: "factorial of \(argument), above the limit \(evaluator.maximumFactorialArgument)", term: term)
      }
      var product = BigInt(1)
      if n >= 2 {
        for factor in 2...n { product = product * BigInt(factor) }
      }
      return product
    }

    private mutating func quantifier(_ term: Term) throws(EvaluationError) -> Bool {
      guard let bounded = BoundedQuantifier(term) else {
        throw EvaluationError(
          kind: .unboundedQuantifier, message: "only quantifiers bounded by `<` or `≤` over ℕ are decidable",
          term: term)
      }
      let bound = try number(bounded.bound)
      let count = bounded.inclusive ? bound + 1 : bound
      guard count <= BigInt(evaluator.maximumQuantifierBound), let total = count.asInt else {
        throw EvaluationError(
          kind: .budgetExceeded,
          message: "bounded quantifier with \(count) instances, above the limit \(evaluator.maximumQuantifierBound)",
          term: term)
      }
      let saved = assignment[bounded.variable]
      defer { assignment[bounded.variable] = saved }
      for index in 0..<total {
        instances += 1
        guard instances <= evaluator.maximumInstances else {
          throw EvaluationError(
            kind: .budgetExceeded, message: "more than \(evaluator.maximumInstances) quantifier instances",
            term: term)
        }
        assignment[bounded.variable] = .nat(BigInt(index))
        let holds = try truth(bounded.body)
        if bounded.isUniversal && !holds { return false }
        if !bounded.isUniversal && holds { return true }
      }
      return bounded.isUniversal
    }
  }

  /// `a ∣ b` in Lean's sense: some `c` has `b = a * c` (so `0 ∣ 0` and not `0 ∣ 1`).
  public static func divides(_ a: BigInt, _ b: BigInt) -> Bool {
    a.isZero ? b.isZero : b.emod(a).isZero
  }
}
