import DecisionProcedures
import Kernel
import TestSupport
import Testing

@Suite struct NormNumTests {
  let x = intVar("x")
  let n = natVar("n")

  func normNum(_ goal: Term, hypotheses: [Term] = []) -> Bool {
    proves { () throws(DecisionFailure) in try NormNum.prove(hypotheses: hypotheses, target: goal) }
  }

  @Test func numeralArithmetic() {
    #expect(normNum(eq(nat(2) + nat(2), nat(4))))
    #expect(normNum(eq(int(7) / int(-2), int(-3))))
    #expect(normNum(eq(int(-7) % int(2), int(1))))
    #expect(normNum(eq(pow(nat(2), 100) % nat(7), nat(2))))
    #expect(normNum(dvd(nat(3), nat(12))))
    #expect(normNum(not(dvd(nat(0), nat(1)))))
    #expect(normNum(lt(big("123456789012345678901234567890"), big("123456789012345678901234567891"))))
    #expect(!normNum(eq(nat(2) + nat(2), nat(5))))
    #expect(!normNum(eq(nat(3) - nat(5) + nat(5), nat(3))))
  }

  @Test func simpSetCleanup() {
    #expect(normNum(eq(x + int(0), x)))
    #expect(normNum(eq(n * nat(1) + nat(0) * n, n)))
    #expect(normNum(le(nat(0), n)))
    #expect(normNum(implies(lt(n, nat(0)), eq(n, nat(7)))))
    #expect(!normNum(eq(x + int(1), int(1) + x)))
    #expect(!normNum(le(int(0), x)))
  }

  /// Mathlib's `norm_num` without `at` does not read the hypotheses; `norm_num at h` is the
  /// caller's `normalize(h)` reaching `False`.
  @Test func hypothesesAreNotRead() throws {
    let absurd = lt(nat(2) + nat(3), nat(4))
    #expect(!normNum(eq(x, int(3)), hypotheses: [le(nat(0), n), absurd]))
    #expect(try NormNum.normalize(absurd).normalized == Term.falseProposition)
  }

  @Test func normalizeSimplifiesAndRecordsTheSequent() throws {
    let goal = le(x * int(1), int(3) + int(4))
    let (normalized, proof) = try NormNum.normalize(goal)
    #expect(normalized == le(x, int(7)))
    #expect(proof.conclusion == goal)
    #expect(proof.hypotheses == [normalized])
    let (flipped, _) = try NormNum.normalize(not(lt(x, int(2) * int(3))))
    #expect(flipped == le(int(6), x))
    #expect(throws: DecisionFailure.self) { try NormNum.normalize(le(x, int(7))) }
  }

  /// Closed propositions: `norm_num` proves exactly the true ones.
  @Test func agreesWithEvaluationOnRandomClosedPropositions() throws {
    var generator = SeededGenerator(seed: 0x4E4E)
    let count = heavyTests ? 10_000 : 400
    for _ in 0..<count {
      let goal = RandomClosedProposition.make(using: &generator)
      let truth = try Evaluator(maximumExponent: 256).truth(goal)
      #expect(normNum(goal) == truth, "\(goal)")
    }
  }
}
