import DecisionProcedures
import Kernel
import TestSupport
import Testing

@Suite struct NlinarithTests {
  let x = intVar("x")
  let y = intVar("y")
  let a = natVar("a")
  let b = natVar("b")

  func nlinarith(_ hypotheses: [Term], _ target: Term, hints: [Term] = []) -> Bool {
    proves { () throws(DecisionFailure) in try Nlinarith.prove(hypotheses: hypotheses, target: target, hints: hints) }
  }

  @Test func squaresAreNonNegative() throws {
    #expect(nlinarith([], le(int(0), x * x)))
    #expect(nlinarith([], le(int(0), pow(x, 2) + pow(y, 2))))
    let theorem = try Nlinarith.prove(hypotheses: [], target: le(int(0), x * x))
    #expect(theorem.dependencies.contains(.oracle(.nlinarith)))
  }

  @Test func productsOfHypotheses() {
    #expect(nlinarith([le(int(0), x), le(int(0), y)], le(int(0), x * y)))
    #expect(nlinarith([lt(int(0), x), lt(int(0), y)], lt(int(0), x * y)))
    #expect(nlinarith([], le(nat(0), a * b)))
    #expect(!nlinarith([le(int(0), x)], le(int(0), x * y)))
  }

  @Test func hintTermsTakePartInProducts() {
    let goal = le(int(2) * x * y, pow(x, 2) + pow(y, 2))
    let hint = le(int(0), pow(x - y, 2))
    #expect(nlinarith([], goal, hints: [hint]))
  }

  @Test func refusesFalseNonlinearClaims() {
    #expect(!nlinarith([], lt(int(0), x * x)))
    #expect(!nlinarith([le(x, y)], le(x * x, y * y)))
    #expect(!nlinarith([], eq(a - b + b, a)))
  }

  /// Random quadratic problems: whatever `nlinarith` proves has no counterexample.
  @Test func noCounterexampleToWhatItProves() {
    var generator = SeededGenerator(seed: 0x2011A)
    let count = heavyTests ? 10_000 : 150
    var proved = 0
    for _ in 0..<count {
      let problem = RandomLinearProblem.make(using: &generator)
      let variables = problem.target.freeVariables + problem.hypotheses.flatMap(\.freeVariables)
      guard let first = variables.first else { continue }
      let squared = Bool.random(using: &generator) ? first * first : first * variables.last!
      let target: Term
      if let (lhs, rhs) = problem.target.operands(of: first.type == .nat ? .natLe : .intLe) {
        target = le(lhs + squared, rhs + squared * numeral(Int.random(in: 0...2, using: &generator), first.type))
      } else {
        target = problem.target
      }
      guard nlinarith(problem.hypotheses, target) else { continue }
      proved += 1
      let counterexample = InstanceGenerator(smallMagnitude: 8, largeMagnitude: 1000, largePercent: 20)
        .counterexample(hypotheses: problem.hypotheses, conclusion: target, instances: 100, using: &generator)
      #expect(counterexample == nil, "\(problem.hypotheses) ⊢ \(target)")
    }
    #expect(proved > 0)
  }
}
