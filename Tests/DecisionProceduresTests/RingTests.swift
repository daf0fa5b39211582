import DecisionProcedures
import Kernel
import TestSupport
import Testing

@Suite struct RingTests {
  let a = natVar("a")
  let b = natVar("b")
  let x = intVar("x")
  let y = intVar("y")

  @Test func provesBinomialSquareOnNat() throws {
    let goal = eq(pow(a + b, 2), pow(a, 2) + nat(2) * a * b + pow(b, 2))
    let theorem = try Ring.prove(goal)
    #expect(theorem.conclusion == goal)
    #expect(theorem.hypotheses.isEmpty)
    #expect(theorem.dependencies.contains(.oracle(.ring)))
  }

  @Test func provesDifferenceOfSquaresOnInt() {
    let goal = eq((x - y) * (x + y), x * x - y * y)
    #expect(proves { () throws(DecisionFailure) in try Ring.prove(goal) })
    let cube = eq(pow(x - y, 3), pow(x, 3) - int(3) * pow(x, 2) * y + int(3) * x * pow(y, 2) - pow(y, 3))
    #expect(proves { () throws(DecisionFailure) in try Ring.prove(cube) })
  }

  @Test func failsOnNonIdentityWithSubsidiaryGoal() {
    let goal = eq(pow(a + b, 2), pow(a, 2) + pow(b, 2))
    let failure = #expect(throws: DecisionFailure.self) { try Ring.prove(goal) }
    #expect(failure?.reason == .failed)
    #expect(failure?.message.contains("ring failed") == true)
  }

  @Test func truncatedSubtractionIsAnAtom() {
    #expect(!proves { () throws(DecisionFailure) in try Ring.prove(eq(a - b + b, a)) })
    #expect(!proves { () throws(DecisionFailure) in try Ring.prove(eq((a + b) - b, a)) })
    #expect(proves { () throws(DecisionFailure) in try Ring.prove(eq((a - b) * nat(2), nat(2) * (a - b))) })
    #expect(!proves { () throws(DecisionFailure) in try Ring.prove(eq(a / nat(2) * nat(2), a)) })
    #expect(!proves { () throws(DecisionFailure) in try Ring.prove(eq(x / int(2) * int(2), x)) })
  }

  @Test func numeralArithmeticIsEvaluated() {
    #expect(proves { () throws(DecisionFailure) in try Ring.prove(eq(a * (nat(7) - nat(3)), nat(4) * a)) })
    #expect(proves { () throws(DecisionFailure) in try Ring.prove(eq(a * (nat(3) - nat(7)), nat(0))) })
    #expect(!proves { () throws(DecisionFailure) in try Ring.prove(eq(a * (nat(3) - nat(7)), a)) })
  }

  @Test func ringNormalFormIsEquivalentAndClosesIdentities() throws {
    let target = le(pow(a + nat(1), 2), a * nat(3))
    let normal = try #require(ringNF(target, opaqueAtoms: false))
    #expect(normal.proof.conclusion == eq(target, normal.normalized) && normal.proof.hypotheses.isEmpty)
    #expect(normal.normalized.description == "1 + a * 2 + a ^ 2 ≤ a * 3")
    #expect(ringNF(eq(x * (y + int(1)), y * x + x))?.normalized == Term.trueProposition)
    #expect(ringNF(eq(x - int(2) * y, int(0)))?.normalized.description == "x - y * 2 = 0")
    #expect(ringNF(eq(a, b)) == nil)
  }

  /// Random identities, true by construction (one side is a random rewriting of the other with
  /// the commutative ring laws): `ring` proves them.
  @Test func provesRandomIdentities() {
    var generator = SeededGenerator(seed: 0x21A6)
    let count = heavyTests ? 10_000 : 300
    for index in 0..<count {
      let type: TermType = index % 2 == 0 ? .nat : .int
      let expression = RandomPolynomial.expression(type, depth: 4, using: &generator)
      let rewritten = RandomPolynomial.rewrite(expression, using: &generator)
      let goal = eq(expression, rewritten)
      #expect(proves { () throws(DecisionFailure) in try Ring.prove(goal) }, "\(goal)")
    }
  }

  /// Random equations, mostly non-identities: whatever `ring` proves has no counterexample.
  @Test func noCounterexampleToWhatItProves() {
    var generator = SeededGenerator(seed: 0x21A7)
    let count = heavyTests ? 10_000 : 300
    var refused = 0
    for index in 0..<count {
      let type: TermType = index % 2 == 0 ? .nat : .int
      let lhs = RandomPolynomial.expression(type, depth: 3, using: &generator, withAtoms: true)
      let rhs =
        Bool.random(using: &generator)
        ? RandomPolynomial.rewrite(lhs, using: &generator)
        : RandomPolynomial.expression(type, depth: 3, using: &generator, withAtoms: true)
      let goal = eq(lhs, rhs)
      guard proves({ () throws(DecisionFailure) in try Ring.prove(goal) }) else {
        refused += 1
        continue
      }
      let counterexample = InstanceGenerator().counterexample(
        hypotheses: [], conclusion: goal, instances: 40, using: &generator)
      #expect(counterexample == nil, "\(goal)")
    }
    #expect(refused > 0)
  }
}

/// Random polynomial expressions over a few variables, and random rewritings of them by the laws
/// of commutative (semi)rings.
enum RandomPolynomial {
  static func variables(_ type: TermType) -> [Term] {
    ["p", "q", "r"].map { Term.variable($0, type) }
  }

  static func expression<G: RandomNumberGenerator>(
    _ type: TermType, depth: Int, using generator: inout G, withAtoms: Bool = false
  ) -> Term {
    if depth == 0 || Int.random(in: 0..<5, using: &generator) == 0 {
      if Int.random(in: 0..<3, using: &generator) == 0 {
        return numeral(Int.random(in: 0...5, using: &generator), type)
      }
      return variables(type).randomElement(using: &generator)!
    }
    let lhs = expression(type, depth: depth - 1, using: &generator, withAtoms: withAtoms)
    let rhs = expression(type, depth: depth - 1, using: &generator, withAtoms: withAtoms)
    switch Int.random(in: 0..<(withAtoms ? 7 : 5), using: &generator) {
    case 0, 1: return lhs + rhs
    case 2: return lhs * rhs
    case 3: return pow(lhs, Int.random(in: 0...3, using: &generator))
    case 4: return type == .int ? lhs - rhs : lhs + rhs
    case 5: return lhs - rhs
    default: return lhs / numeral(Int.random(in: 0...3, using: &generator), type)
    }
  }

  /// A term equal to `term` in every commutative (semi)ring: operands swapped, products
  /// distributed, powers expanded, subtraction turned into addition of a negation on ℤ.
  static func rewrite<G: RandomNumberGenerator>(_ term: Term, using generator: inout G) -> Term {
    guard let (constant, lhs, rhs) = term.asBinaryOperation else {
      if let (constant, operand) = term.asUnaryOperation, constant == .intNeg {
        return -rewrite(operand, using: &generator)
      }
      return term
    }
    switch constant {
    case .natAdd, .intAdd:
      let (l, r) = (rewrite(lhs, using: &generator), rewrite(rhs, using: &generator))
      return Bool.random(using: &generator) ? r + l : l + r
    case .natMul, .intMul:
      let (l, r) = (rewrite(lhs, using: &generator), rewrite(rhs, using: &generator))
      if let (inner, p, q) = r.asBinaryOperation, inner == .natAdd || inner == .intAdd,
        Bool.random(using: &generator)
      {
        return l * p + q * l
      }
      return Bool.random(using: &generator) ? r * l : l * r
    case .intSub:
      return rewrite(lhs, using: &generator) + -rewrite(rhs, using: &generator)
    case .natPow, .intPow:
      let base = rewrite(lhs, using: &generator)
      guard let exponent = rhs.natLiteralValue?.asInt, exponent > 0 else { return term }
      return base * pow(base, exponent - 1)
    default:
      return term
    }
  }
}
