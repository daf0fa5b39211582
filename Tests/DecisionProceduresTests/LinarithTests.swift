import DecisionProcedures
import Kernel
import TestSupport
import Testing

@Suite struct LinarithTests {
  let x = intVar("x")
  let y = intVar("y")
  let z = intVar("z")
  let a = natVar("a")
  let b = natVar("b")

  func linarith(_ hypotheses: [Term], _ target: Term, hints: [Term] = []) -> Bool {
    proves { () throws(DecisionFailure) in try Linarith.prove(hypotheses: hypotheses, target: target, hints: hints) }
  }

  @Test func findsContradictionInMathlibExample() throws {
    let hypotheses = [
      lt(int(2) * x, int(3) * y), lt(-(int(4) * x) + int(2) * z, int(0)), lt(int(12) * y - int(4) * z, int(0)),
    ]
    let theorem = try Linarith.prove(hypotheses: hypotheses, target: Term.falseProposition)
    #expect(theorem.conclusion == Term.falseProposition)
    #expect(Set(theorem.hypotheses) == Set(hypotheses))
    #expect(theorem.dependencies.contains(.oracle(.linarith)))
  }

  @Test func premisesAreOnlyTheUsedFacts() throws {
    let used = le(x, y)
    let unused = le(z, int(100))
    let theorem = try Linarith.prove(hypotheses: [unused, used, ne(x, z)], target: lt(x, y + int(1)))
    #expect(theorem.hypotheses == [used])
  }

  @Test func naturalNumbersAreNonNegative() {
    #expect(linarith([le(a, b)], lt(a, b + nat(1))))
    // Mathlib's `natToInt` adds `0 ≤ ↑a` and `0 ≤ ↑b` but not `0 ≤ ↑a * ↑b`.
    #expect(!linarith([], le(nat(0), a * b)))
    #expect(linarith([lt(nat(0), a)], le(nat(1), a)))
    #expect(linarith([lt(int(0), x)], le(int(1), x)))
  }

  @Test func equalityAndDisequalityGoals() {
    #expect(linarith([le(x, y), le(y, x)], eq(x, y)))
    #expect(!linarith([le(x, y)], eq(x, y)))
    #expect(linarith([lt(x, y)], ne(x, y)))
    #expect(linarith([not(lt(x, int(3)))], le(int(3), x)))
    #expect(linarith([gt(x, int(3))], not(le(x, int(3)))))
    #expect(!linarith([not(not(lt(x, int(3))))], lt(x, int(4))))
    #expect(!linarith([lt(x, int(3))], not(not(lt(x, int(4))))))
  }

  @Test func nonlinearTermsAreAtoms() {
    #expect(linarith([le(x * y, int(3))], lt(x * y, int(4))))
    #expect(linarith([le(y * x + x, int(3))], lt(x * y + x, int(4))))
    #expect(!linarith([], le(int(0), x * x)))
  }

  @Test func hintsAreUsed() throws {
    let hint = le(int(0), x * x)
    #expect(linarith([], le(int(0), x * x + int(1)), hints: [hint]))
    let theorem = try Linarith.prove(hypotheses: [], target: le(int(0), x * x + int(1)), hints: [hint])
    #expect(theorem.hypotheses == [hint])
  }

  @Test func truncatedSubtractionAndDivisionAreOpaque() {
    #expect(!linarith([], eq(a - b + b, a)))
    #expect(!linarith([], le(a - b, a)))
    #expect(!linarith([], le(a / nat(2), a)))
    #expect(linarith([le(a - b, nat(3))], lt(a - b, nat(5))))
    #expect(!linarith([], le(int(0), x % int(2))))
  }

  @Test func refusesNonArithmeticGoalWithoutExfalso() {
    let configuration = LinarithConfiguration(exfalso: false)
    let failure = #expect(throws: DecisionFailure.self) {
      try Linarith.prove(hypotheses: [lt(x, x)], target: dvd(x, y), configuration: configuration)
    }
    #expect(failure?.reason == .unsupported)
    #expect(linarith([lt(x, x)], dvd(x, y)))
  }

  @Test func conjunctionsAreSplitByDefault() throws {
    let both = and(le(x, y), le(y, x))
    let theorem = try Linarith.prove(hypotheses: [both], target: eq(x, y))
    #expect(theorem.hypotheses == [both])
    let unsplit = LinarithConfiguration(splitHypotheses: false)
    #expect(throws: DecisionFailure.self) {
      try Linarith.prove(hypotheses: [both], target: eq(x, y), configuration: unsplit)
    }
  }

  @Test func failureMessageIsMathlibs() {
    let failure = #expect(throws: DecisionFailure.self) {
      try Linarith.prove(hypotheses: [le(x, y)], target: lt(x, y))
    }
    #expect(failure?.message.contains("linarith failed to find a contradiction") == true)
  }

  /// Random linear systems over ℕ and ℤ, with truncated subtraction and `/`, `%` by numerals:
  /// whatever `linarith` proves has no counterexample on random instances.
  @Test func noCounterexampleToWhatItProves() {
    var generator = SeededGenerator(seed: 0x11A)
    let count = heavyTests ? 10_000 : 300
    var proved = 0
    for _ in 0..<count {
      let problem = RandomLinearProblem.make(using: &generator)
      guard linarith(problem.hypotheses, problem.target) else { continue }
      proved += 1
      let counterexample = InstanceGenerator(smallMagnitude: 8, largeMagnitude: 1000, largePercent: 20)
        .counterexample(hypotheses: problem.hypotheses, conclusion: problem.target, instances: 100, using: &generator)
      #expect(counterexample == nil, "\(problem.hypotheses) ⊢ \(problem.target)")
    }
    #expect(proved > count / 10)
  }
}

/// Random linear problems over three ℕ or three ℤ variables; about half of the goals are
/// consequences of the hypotheses by construction (a positive combination, loosened).
enum RandomLinearProblem {
  static func make<G: RandomNumberGenerator>(using generator: inout G) -> (hypotheses: [Term], target: Term) {
    let type: TermType = Bool.random(using: &generator) ? .nat : .int
    let count = Int.random(in: 1...3, using: &generator)
    var sides: [(Term, Term)] = []
    var hypotheses: [Term] = []
    for _ in 0..<count {
      let lhs = expression(type, using: &generator)
      let rhs = expression(type, using: &generator)
      sides.append((lhs, rhs))
      hypotheses.append(Bool.random(using: &generator) ? le(lhs, rhs) : lt(lhs, rhs))
    }
    if Bool.random(using: &generator) {
      let (l1, r1) = sides[0]
      let (l2, r2) = sides[Int.random(in: 0..<sides.count, using: &generator)]
      let slack = numeral(Int.random(in: 0...2, using: &generator), type)
      return (hypotheses, le(l1 + l2, r1 + r2 + slack))
    }
    let lhs = expression(type, using: &generator)
    let rhs = expression(type, using: &generator)
    switch Int.random(in: 0..<4, using: &generator) {
    case 0: return (hypotheses, le(lhs, rhs))
    case 1: return (hypotheses, lt(lhs, rhs))
    case 2: return (hypotheses, eq(lhs, rhs))
    default: return (hypotheses, ne(lhs, rhs))
    }
  }

  static func expression<G: RandomNumberGenerator>(_ type: TermType, using generator: inout G) -> Term {
    let variables = ["u", "v", "w"].map { Term.variable($0, type) }
    var result = numeral(Int.random(in: 0...4, using: &generator), type)
    for _ in 0..<Int.random(in: 1...3, using: &generator) {
      let variable = variables.randomElement(using: &generator)!
      let coefficient = numeral(Int.random(in: 1...3, using: &generator), type)
      let term: Term
      switch Int.random(in: 0..<8, using: &generator) {
      case 0: term = variable / numeral(Int.random(in: 0...3, using: &generator), type)
      case 1: term = variable % numeral(Int.random(in: 0...3, using: &generator), type)
      case 2: term = variable - variables.randomElement(using: &generator)!
      default: term = coefficient * variable
      }
      result = Bool.random(using: &generator) || type == .nat ? result + term : result - term
    }
    return result
  }
}
