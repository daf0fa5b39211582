import DecisionProcedures
import Kernel
import TestSupport
import Testing

@Suite struct PositivityTests {
  let x = intVar("x")
  let y = intVar("y")
  let n = natVar("n")

  func positivity(_ goal: Term) -> Bool {
    proves { () throws(DecisionFailure) in try Positivity.prove(goal) }
  }

  @Test func provesMathlibStyleGoals() throws {
    #expect(positivity(lt(int(0), pow(x, 2) + int(1))))
    #expect(positivity(le(int(0), pow(x, 2) + pow(y, 4))))
    #expect(positivity(le(nat(0), n)))
    #expect(positivity(lt(nat(0), n + nat(1))))
    #expect(positivity(lt(nat(0), try Term.successor(n))))
    #expect(positivity(le(int(0), cast(n))))
    #expect(positivity(gt(int(3) * cast(n + nat(1)), int(0))))
    #expect(positivity(ne(int(3), int(0))))
    #expect(positivity(ne(int(-3) * int(2), int(0))))
    #expect(positivity(lt(nat(0), try Term.power(nat(2), n))))
    let theorem = try Positivity.prove(le(int(0), pow(x, 2)))
    #expect(theorem.dependencies.contains(.oracle(.positivity)))
  }

  @Test func refusesWhatItCannotSeeOrIsFalse() {
    #expect(!positivity(lt(int(0), pow(x, 2))))
    #expect(!positivity(lt(nat(0), n)))
    #expect(!positivity(ne(x, int(0))))
    #expect(!positivity(le(int(0), x - y)))
    #expect(!positivity(lt(int(0), int(-3))))
    #expect(!positivity(le(int(0), pow(x, 3))))
    #expect(!positivity(le(x, int(0))))
  }

  @Test func failureMessages() {
    let failure = #expect(throws: DecisionFailure.self) { try Positivity.prove(lt(int(0), x)) }
    #expect(failure?.message == "failed to prove positivity")
    let shape = #expect(throws: DecisionFailure.self) { try Positivity.prove(le(x, int(1))) }
    #expect(shape?.reason == .unsupported)
  }

  /// Random expressions: whenever `positivity` proves a sign goal, no instance contradicts it.
  @Test func noCounterexampleToWhatItProves() {
    var generator = SeededGenerator(seed: 0x9051)
    let count = heavyTests ? 10_000 : 400
    var proved = 0
    for index in 0..<count {
      let type: TermType = index % 2 == 0 ? .nat : .int
      let expression = RandomPolynomial.expression(type, depth: 3, using: &generator, withAtoms: true)
      let zero = numeral(0, type)
      let goal: Term
      switch Int.random(in: 0..<3, using: &generator) {
      case 0: goal = le(zero, expression)
      case 1: goal = lt(zero, expression)
      default: goal = ne(expression, zero)
      }
      guard positivity(goal) else { continue }
      proved += 1
      let counterexample = InstanceGenerator().counterexample(
        hypotheses: [], conclusion: goal, instances: 60, using: &generator)
      #expect(counterexample == nil, "\(goal)")
    }
    #expect(proved > 0)
  }
}
