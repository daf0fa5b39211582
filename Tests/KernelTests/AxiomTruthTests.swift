import Kernel
import Testing

/// Evaluates closed statements by brute force: numbers with `BigInt`, `∀` on random samples,
/// `∃` by search in a window wide enough for the small instances used here.
struct BruteForceEvaluator {
  enum Value: Equatable {
    case number(BigInt)
    case truth(Bool)
  }

  struct Unsupported: Error {
    let term: Term
  }

  var generator: SeededGenerator
  var samples = 6

  mutating func sample(_ type: TermType) -> Term {
    switch type {
    case .int: Term.intLiteral(BigInt(Int.random(in: -6...6, using: &generator)))
    default: nat(BigInt(Int.random(in: 0...6, using: &generator)))
    }
  }

  static func window(_ type: TermType) -> [Term] {
    type == .int ? (-60...60).map { Term.intLiteral(BigInt($0)) } : (0...60).map { nat(BigInt($0)) }
  }

  mutating func holds(_ term: Term) throws -> Bool {
    guard case .truth(let truth) = try value(term) else { throw Unsupported(term: term) }
    return truth
  }

  mutating func number(_ term: Term) throws -> BigInt {
    guard case .number(let number) = try value(term) else { throw Unsupported(term: term) }
    return number
  }

  mutating func value(_ term: Term) throws -> Value {
    if let literal = term.natLiteralValue ?? term.intLiteralValue { return .number(literal) }
    if term === Term.trueProposition { return .truth(true) }
    if term === Term.falseProposition { return .truth(false) }
    if let (quantifier, _) = term.asQuantifier {
      if case .forall(let type) = quantifier {
        for _ in 0..<samples where !(try holds(term.instantiateBinder(with: sample(type)))) {
          return .truth(false)
        }
        return .truth(true)
      }
      if case .exists(let type) = quantifier {
        for candidate in Self.window(type) where try holds(term.instantiateBinder(with: candidate)) {
          return .truth(true)
        }
        return .truth(false)
      }
    }
    if let (constant, lhs, rhs) = term.asBinaryOperation {
      return try binary(constant, lhs, rhs, term)
    }
    if let (constant, operand) = term.asUnaryOperation {
      switch constant {
      case .not: return .truth(!(try holds(operand)))
      case .natSucc: return .number(try number(operand) + 1)
      case .intNeg: return .number(-(try number(operand)))
      case .intOfNat: return .number(try number(operand))
      case .intNatAbs: return .number(try number(operand).magnitude)
      case .intToNat: return .number(max(try number(operand), 0))
      default: break
      }
    }
    throw Unsupported(term: term)
  }

  mutating func binary(_ constant: Constant, _ lhs: Term, _ rhs: Term, _ term: Term) throws -> Value {
    switch constant {
    case .and: return .truth(try holds(lhs) && holds(rhs))
    case .or: return .truth(try holds(lhs) || holds(rhs))
    case .implies: return .truth(try !holds(lhs) || holds(rhs))
    case .iff: return .truth(try holds(lhs) == holds(rhs))
    case .equal: return .truth(try value(lhs) == value(rhs))
    default: break
    }
    let a = try number(lhs)
    let b = try number(rhs)
    switch constant {
    case .natAdd, .intAdd: return .number(a + b)
    case .natSub: return .number(a.natSub(b))
    case .intSub: return .number(a - b)
    case .natMul, .intMul: return .number(a * b)
    case .natDiv, .intDiv: return .number(a.ediv(b))
    case .natMod, .intMod: return .number(a.emod(b))
    case .natPow, .intPow: return .number(try a.power(b))
    case .natMin, .intMin: return .number(min(a, b))
    case .natMax, .intMax: return .number(max(a, b))
    case .natGcd: return .number(a.gcd(b))
    case .natLe, .intLe: return .truth(a <= b)
    case .natLt, .intLt: return .truth(a < b)
    case .natDvd, .intDvd: return .truth(a.isZero ? b.isZero : b.emod(a).isZero)
    default: throw Unsupported(term: term)
    }
  }

  /// Instantiates the leading `∀`s with random values and evaluates the rest.
  mutating func randomInstanceHolds(_ statement: Term) throws -> Bool {
    var current = statement
    while let (quantifier, _) = current.asQuantifier, case .forall(let type) = quantifier {
      current = try current.instantiateBinder(with: sample(type))
    }
    return try holds(current)
  }
}

@Suite struct AxiomTruthTests {
  var instances: Int { heavyTests ? 5_000 : 200 }

  @Test(arguments: Axiom.allCases)
  func axiomHoldsOnRandomInstances(_ axiom: Axiom) throws {
    var evaluator = BruteForceEvaluator(
      generator: SeededGenerator(seed: axiom.name.utf8.reduce(7) { $0 &* 31 &+ UInt64($1) }))
    for _ in 0..<instances {
      #expect(try evaluator.randomInstanceHolds(axiom.statement), "\(axiom.name) : \(axiom.statement)")
    }
  }

  @Test func theEvaluatorCatchesFalseStatements() throws {
    var evaluator = BruteForceEvaluator(generator: SeededGenerator(seed: 5))
    let a = Term.variable("a", .nat)
    let b = Term.variable("b", .nat)
    let wrong = [
      try Term.forall(a, Term.forall(b, Term.equal(Term.add(Term.subtract(a, b), b), a))),
      try Term.forall(a, Term.equal(Term.divide(a, nat(0)), a)),
      try Term.forall(intA, Term.forall(intB, Term.lessOrEqual(Term.intLiteral(0), Term.divide(intA, intB)))),
      try Term.forall(a, Term.exists(b, Term.equal(Term.multiply(nat(2), b), a))),
    ]
    for statement in wrong {
      var refuted = false
      for _ in 0..<200 where !(try evaluator.randomInstanceHolds(statement)) { refuted = true }
      #expect(refuted, "\(statement)")
    }
  }
}
