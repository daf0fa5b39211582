import DecisionProcedures
import Kernel
import Testing

/// The goals of `corpora/mathlib-like/Algebra.lean` that Mathlib closes with one call of `ring`,
/// `linarith`, `nlinarith` or `positivity`: each procedure here must close them too (and refuse
/// the false variants).
@Suite struct CorpusGoalTests {
  let a = intVar("a")
  let b = intVar("b")
  let c = intVar("c")
  let d = intVar("d")
  let x = intVar("x")
  let y = intVar("y")
  let n = natVar("n")
  let p = natVar("a")
  let q = natVar("b")
  let r = natVar("c")

  func ring(_ goal: Term) -> Bool { proves { () throws(DecisionFailure) in try Ring.prove(goal) } }

  @Test func identities() {
    #expect(ring(eq(pow(a + b, 2), pow(a, 2) + int(2) * a * b + pow(b, 2))))
    #expect(ring(eq(pow(a - b, 2), pow(a, 2) - int(2) * a * b + pow(b, 2))))
    #expect(ring(eq((a + b) * (a - b), pow(a, 2) - pow(b, 2))))
    #expect(ring(eq(pow(a + b, 3), pow(a, 3) + int(3) * pow(a, 2) * b + int(3) * a * pow(b, 2) + pow(b, 3))))
    #expect(ring(eq(pow(a, 3) - pow(b, 3), (a - b) * (pow(a, 2) + a * b + pow(b, 2)))))
    #expect(ring(eq(pow(n + nat(1), 2), pow(n, 2) + nat(2) * n + nat(1))))
    #expect(ring(eq(n * (n + nat(1)) * (n + nat(2)), pow(n, 3) + nat(3) * pow(n, 2) + nat(2) * n)))
    let germainRight =
      (pow(a, 2) + int(2) * pow(b, 2) + int(2) * a * b) * (pow(a, 2) + int(2) * pow(b, 2) - int(2) * a * b)
    #expect(ring(eq(pow(a, 4) + int(4) * pow(b, 4), germainRight)))
    #expect(
      ring(eq((pow(a, 2) + pow(b, 2)) * (pow(c, 2) + pow(d, 2)), pow(a * c - b * d, 2) + pow(a * d + b * c, 2))))
    #expect(ring(eq(pow(a, 2) * pow(b, 2), pow(a * b, 2))))
    #expect(ring(eq((p + q) * r + p * (q + r), p * r + q * r + p * q + p * r)))
    #expect(ring(eq(pow(a + b, 2) - pow(a - b, 2), int(4) * a * b)))
    #expect(!ring(eq(pow(a + b, 2) - pow(a - b, 2), int(2) * a * b)))
  }

  func linarith(_ hypotheses: [Term], _ goal: Term) -> Bool {
    proves { () throws(DecisionFailure) in try Linarith.prove(hypotheses: hypotheses, target: goal) }
  }

  @Test func linearArithmetic() {
    #expect(linarith([eq(x + y, int(10)), eq(x - y, int(2))], eq(x, int(6))))
    #expect(linarith([eq(int(2) * a - b, int(1)), eq(a + b, int(5))], eq(a, int(2))))
    #expect(linarith([eq(int(2) * a - b, int(1)), eq(a + b, int(5))], eq(b, int(3))))
    #expect(linarith([le(int(3) * a + int(2) * b, int(12)), le(int(0), b)], le(a, int(4))))
    #expect(linarith([le(a, b), lt(b, c)], lt(a, c)))
    #expect(linarith([le(n + nat(2), nat(5))], le(n, nat(3))))
    #expect(linarith([le(a, b)], le(int(2) * a, a + b)))
    #expect(!linarith([le(a, b)], le(int(2) * b, a + b)))
    let hypothesis = eq(x * (x + int(2)), int(8))
    let normalizedHypothesis = ringNF(hypothesis)?.normalized
    let normalizedGoal = ringNF(eq(pow(x, 2) + int(2) * x, int(8)))?.normalized
    if let normalizedHypothesis, let normalizedGoal {
      #expect(linarith([normalizedHypothesis], normalizedGoal))
    } else {
      Issue.record("ring_nf made no progress")
    }
  }

  func nlinarith(_ hypotheses: [Term], _ goal: Term, hints: [Term] = []) -> Bool {
    proves { () throws(DecisionFailure) in try Nlinarith.prove(hypotheses: hypotheses, target: goal, hints: hints) }
  }

  @Test func quadraticInequalities() {
    let square = { (t: Term) in le(int(0), pow(t, 2)) }
    #expect(nlinarith([], le(int(2) * a * b, pow(a, 2) + pow(b, 2)), hints: [square(a - b)]))
    #expect(nlinarith([], le(int(4) * a * b, pow(a + b, 2)), hints: [square(a - b)]))
    #expect(
      nlinarith(
        [], le(a * b + b * c + c * a, pow(a, 2) + pow(b, 2) + pow(c, 2)),
        hints: [square(a - b), square(b - c), square(c - a)]))
    #expect(nlinarith([], le(int(0), pow(x, 2) - int(2) * x + int(1)), hints: [square(x - int(1))]))
    #expect(nlinarith([], lt(int(0), pow(x, 2) + x + int(1)), hints: [square(int(2) * x + int(1))]))
    #expect(nlinarith([le(int(0), a), le(a, b)], le(pow(a, 2), pow(b, 2))))
    #expect(nlinarith([eq(pow(a, 2) + pow(b, 2), int(0))], eq(pow(a, 2), int(0)), hints: [square(a), square(b)]))
    let h = eq(pow(x, 2), int(4))
    #expect(nlinarith([h], eq((x + int(1)) * (x - int(1)), int(3)), hints: [h]))
    #expect(!nlinarith([], le(int(2) * a * b, pow(a, 2))))
  }

  func positivity(_ goal: Term, _ hypotheses: [Term] = []) -> Bool {
    proves { () throws(DecisionFailure) in try Positivity.prove(goal, hypotheses: hypotheses) }
  }

  @Test func signGoals() throws {
    #expect(positivity(le(int(0), pow(x, 2) + pow(x, 4))))
    #expect(positivity(lt(nat(0), pow(n, 2) + nat(1))))
    #expect(positivity(lt(nat(0), try Term.power(nat(2), n))))
    #expect(positivity(lt(int(0), pow(a - b, 2) + int(3))))
    #expect(positivity(lt(nat(0), pow(n, 3)), [lt(nat(0), n)]))
    #expect(!positivity(lt(nat(0), pow(n, 3))))
    #expect(positivity(lt(nat(0), n), [ne(n, nat(0))]))
    #expect(!positivity(lt(int(0), x), [ne(x, int(0))]))
    let theorem = try Positivity.prove(lt(nat(0), pow(n, 3)), hypotheses: [le(nat(0), n), lt(nat(0), n)])
    #expect(theorem.hypotheses == [lt(nat(0), n)])
  }
}

@Suite struct ArithmeticTacticTests {
  @Test func dispatchesByLeanName() throws {
    let a = intVar("a")
    let b = intVar("b")
    #expect(ArithmeticTactic(rawValue: "norm_num") == .normNum)
    #expect(ArithmeticTactic.decide.requiresMathlib == false)
    #expect(ArithmeticTactic.linarith.requiresMathlib)
    let identity = eq(pow(a + b, 2) - pow(a - b, 2), int(4) * a * b)
    let closed = try ArithmeticTactic.ringNF.prove(hypotheses: [], target: identity)
    #expect(closed.conclusion == identity)
    #expect(closed.hypotheses.isEmpty)
    #expect(throws: DecisionFailure.self) {
      try ArithmeticTactic.ringNF.prove(hypotheses: [], target: le(pow(a, 2), a))
    }
    let hint = le(int(0), pow(a - b, 2))
    let goal = le(int(2) * a * b, pow(a, 2) + pow(b, 2))
    let quadratic = try ArithmeticTactic.nlinarith.prove(hypotheses: [], target: goal, hints: [hint])
    #expect(quadratic.conclusion == goal)
    #expect(quadratic.hypotheses.allSatisfy { $0 == hint })
    #expect(throws: DecisionFailure.self) { try ArithmeticTactic.nlinarith.prove(hypotheses: [], target: goal) }
    #expect(throws: DecisionFailure.self) {
      try ArithmeticTactic.ring.prove(hypotheses: [], target: goal, hints: [hint])
    }
    let omega = try ArithmeticTactic.omega.prove(hypotheses: [lt(a, b)], target: le(a + int(1), b))
    #expect(omega.conclusion == le(a + int(1), b))
  }
}
