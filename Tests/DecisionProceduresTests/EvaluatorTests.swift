import DecisionProcedures
import Kernel
import TestSupport
import Testing

@Suite struct EvaluatorTests {
  let evaluator = Evaluator()

  func value(_ term: Term) throws -> Value { try evaluator.evaluate(term) }

  @Test func naturalNumberSemantics() throws {
    #expect(try value(nat(3) - nat(5)) == .nat(0))
    #expect(try value(nat(7) / nat(0)) == .nat(0))
    #expect(try value(nat(7) % nat(0)) == .nat(7))
    #expect(try value(nat(7) / nat(2)) == .nat(3))
    #expect(try value(pow(nat(0), 0)) == .nat(1))
  }

  @Test func integerDivisionIsEuclidean() throws {
    #expect(try value(int(-7) / int(2)) == .int(-4))
    #expect(try value(int(-7) % int(2)) == .int(1))
    #expect(try value(int(7) / int(-2)) == .int(-3))
    #expect(try value(int(7) % int(-2)) == .int(1))
    #expect(try value(int(-7) / int(0)) == .int(0))
    #expect(try value(int(-7) % int(0)) == .int(-7))
  }

  @Test func divisibility() throws {
    #expect(try evaluator.truth(dvd(nat(0), nat(0))))
    #expect(try !evaluator.truth(dvd(nat(0), nat(1))))
    #expect(try evaluator.truth(dvd(int(-3), int(12))))
    #expect(try !evaluator.truth(dvd(int(5), int(-12))))
  }

  @Test func variablesTakeAssignedValues() throws {
    let x = natVar("x")
    let assigned = Evaluator(assignment: [x: .nat(4)])
    #expect(try assigned.evaluate(x * x - nat(20)) == .nat(0))
    #expect(throws: EvaluationError.self) { try evaluator.evaluate(x + nat(1)) }
  }

  @Test func boundedQuantifiers() throws {
    let squaresBelowTen = forallBelow("n", nat(10), { n in ne(n * n, nat(2)) })
    #expect(try evaluator.truth(squaresBelowTen))
    let someSquareIsFortyNine = existsAtMost("n", nat(10), { n in eq(n * n, nat(49)) })
    #expect(try evaluator.truth(someSquareIsFortyNine))
    let noneIsFifty = existsAtMost("n", nat(10), { n in eq(n * n, nat(50)) })
    #expect(try !evaluator.truth(noneIsFifty))
    let nested = forallBelow("a", nat(6), { a in forallBelow("b", a, { b in lt(b, a) }) })
    #expect(try evaluator.truth(nested))
  }

  @Test func unboundedQuantifierIsRefused() throws {
    let n = natVar("n")
    let unbounded = try Term.forall(n, le(nat(0), n))
    let error = #expect(throws: EvaluationError.self) { try evaluator.truth(unbounded) }
    #expect(error?.kind == .unboundedQuantifier)
  }

  @Test func quantifierBudgetIsEnforced() throws {
    let limited = Evaluator(maximumQuantifierBound: 50)
    let error = #expect(throws: EvaluationError.self) {
      try limited.truth(forallBelow("n", nat(51), { n in le(nat(0), n) }))
    }
    #expect(error?.kind == .budgetExceeded)
  }

  @Test func randomInstancesFindCounterexamples() {
    var generator = SeededGenerator(seed: 7)
    let x = natVar("x")
    let y = natVar("y")
    let falseClaim = eq(x - y + y, x)
    let found = InstanceGenerator().counterexample(
      hypotheses: [], conclusion: falseClaim, instances: 200, using: &generator)
    #expect(found != nil)
    let trueClaim = le(x - y, x)
    #expect(
      InstanceGenerator().counterexample(hypotheses: [], conclusion: trueClaim, instances: 200, using: &generator)
        == nil)
  }
}
