import DecisionProcedures
import Kernel
import TestSupport
import Testing

@Suite struct DecideTests {
  @Test func provesBigClosedArithmetic() throws {
    let goal = eq((pow(nat(19), 19) + pow(nat(99), 99)) % nat(10), nat(8))
    let theorem = try Decide.prove(goal)
    #expect(theorem.conclusion == goal)
    #expect(theorem.hypotheses.isEmpty)
    #expect(theorem.dependencies.contains(.oracle(.decide)))
  }

  @Test func refusesFalsePropositionWithLeanMessage() {
    let goal = eq(nat(2) + nat(2), nat(5))
    let failure = #expect(throws: DecisionFailure.self) { try Decide.prove(goal) }
    #expect(failure?.reason == .failed)
    #expect(failure?.message.contains("proved that the proposition") == true)
    #expect(failure?.message.contains("is false") == true)
  }

  @Test func refusesFreeVariables() {
    let x = natVar("x")
    let failure = #expect(throws: DecisionFailure.self) { try Decide.prove(eq(x + nat(0), x)) }
    #expect(failure?.reason == .unsupported)
    #expect(failure?.message.contains("free variables") == true)
  }

  @Test func refusesUnboundedQuantifiers() throws {
    let n = natVar("n")
    let goal = try Term.forall(n, le(nat(0), n))
    let failure = #expect(throws: DecisionFailure.self) { try Decide.prove(goal) }
    #expect(failure?.message.contains("failed to synthesize") == true)
  }

  @Test func refusesUndecidableDisjunctEvenWhenTheOtherSideHolds() throws {
    let n = natVar("n")
    let goal = or(Term.trueProposition, try Term.forall(n, le(nat(0), n)))
    #expect(throws: DecisionFailure.self) { try Decide.prove(goal) }
  }

  @Test func boundedQuantifiersWithinBudget() throws {
    let goal = forallBelow("n", nat(100), { n in ne(n * n, nat(2)) })
    #expect(proves { () throws(DecisionFailure) in try Decide.prove(goal) })
    let witness = existsAtMost("n", nat(20), { n in eq(n * n, nat(144)) })
    #expect(proves { () throws(DecisionFailure) in try Decide.prove(witness) })
  }

  @Test func deepReductionHitsTheRecursionLimit() {
    let goal = forallBelow("n", nat(100_000), { n in le(nat(0), n) })
    let failure = #expect(throws: DecisionFailure.self) { try Decide.prove(goal) }
    #expect(failure?.reason == .budgetExceeded)
    #expect(failure?.message.contains("maximum recursion depth has been reached") == true)
    let power = eq(pow(nat(2), 100_000) % nat(7), nat(2))
    #expect(throws: DecisionFailure.self) { try Decide.prove(power) }
  }

  @Test func integerSemantics() {
    #expect(proves { () throws(DecisionFailure) in try Decide.prove(eq(int(-7) / int(2), int(-4))) })
    #expect(proves { () throws(DecisionFailure) in try Decide.prove(eq(int(-7) % int(2), int(1))) })
    #expect(!proves { () throws(DecisionFailure) in try Decide.prove(eq(int(-7) / int(2), int(-3))) })
    #expect(proves { () throws(DecisionFailure) in try Decide.prove(dvd(nat(0), nat(0))) })
    #expect(!proves { () throws(DecisionFailure) in try Decide.prove(dvd(nat(0), nat(1))) })
  }

  /// Random closed propositions with big numbers: `decide` proves exactly the true ones.
  @Test func agreesWithEvaluationOnRandomClosedPropositions() throws {
    var generator = SeededGenerator(seed: 0xDEC1DE)
    let count = heavyTests ? 10_000 : 400
    var proved = 0
    for _ in 0..<count {
      let goal = RandomClosedProposition.make(using: &generator)
      let truth = try Evaluator(maximumExponent: 256).truth(goal)
      let verdict = proves { () throws(DecisionFailure) in try Decide.prove(goal) }
      #expect(verdict == truth, "\(goal)")
      if verdict { proved += 1 }
    }
    #expect(proved > 0 && proved < count)
  }
}

/// Random closed propositions over ℕ and ℤ numerals, some of them large, with every operation
/// and relation of the fragment and the connectives.
enum RandomClosedProposition {
  static func make<G: RandomNumberGenerator>(using generator: inout G, depth: Int = 2) -> Term {
    if depth > 0 && Int.random(in: 0..<3, using: &generator) == 0 {
      let lhs = make(using: &generator, depth: depth - 1)
      let rhs = make(using: &generator, depth: depth - 1)
      switch Int.random(in: 0..<4, using: &generator) {
      case 0: return and(lhs, rhs)
      case 1: return or(lhs, rhs)
      case 2: return implies(lhs, rhs)
      default: return not(lhs)
      }
    }
    let type: TermType = Bool.random(using: &generator) ? .nat : .int
    let lhs = number(type, depth: 3, using: &generator)
    let rhs = number(type, depth: 2, using: &generator)
    switch Int.random(in: 0..<7, using: &generator) {
    case 0: return eq(lhs, rhs)
    case 1: return ne(lhs, rhs)
    case 2: return le(lhs, rhs)
    case 3: return lt(lhs, rhs)
    case 4: return ge(lhs, rhs)
    case 5: return gt(lhs, rhs)
    default: return dvd(rhs, lhs)
    }
  }

  static func literal<G: RandomNumberGenerator>(_ type: TermType, using generator: inout G) -> Term {
    let magnitude: BigInt
    switch Int.random(in: 0..<10, using: &generator) {
    case 0:
      magnitude =
        BigInt(Int.random(in: 0...Int.max, using: &generator)) * BigInt(Int.random(in: 0...Int.max, using: &generator))
    case 1...3: magnitude = BigInt(Int.random(in: 0...1_000_000, using: &generator))
    default: magnitude = BigInt(Int.random(in: 0...12, using: &generator))
    }
    if type == .nat { return try! Term.natLiteral(magnitude) }
    return Term.intLiteral(Bool.random(using: &generator) ? magnitude : -magnitude)
  }

  static func number<G: RandomNumberGenerator>(_ type: TermType, depth: Int, using generator: inout G) -> Term {
    guard depth > 0, Int.random(in: 0..<4, using: &generator) != 0 else { return literal(type, using: &generator) }
    let lhs = number(type, depth: depth - 1, using: &generator)
    switch Int.random(in: 0..<7, using: &generator) {
    case 0: return lhs + number(type, depth: depth - 1, using: &generator)
    case 1: return lhs - number(type, depth: depth - 1, using: &generator)
    case 2: return lhs * number(type, depth: depth - 1, using: &generator)
    case 3: return lhs / number(type, depth: depth - 1, using: &generator)
    case 4: return lhs % number(type, depth: depth - 1, using: &generator)
    case 5: return pow(lhs, Int.random(in: 0...5, using: &generator))
    default: return type == .int ? -lhs : try! Term.successor(lhs)
    }
  }
}
