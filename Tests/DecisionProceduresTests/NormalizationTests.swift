import DecisionProcedures
import Kernel
import TestSupport
import Testing

/// `ring_nf` and `norm_num` as rewriting: the sequent `normalized ⊢ target` they return must be
/// valid, and here the two are even equivalent, on every random instance.
@Suite struct NormalizationTests {
  static func randomComparison<G: RandomNumberGenerator>(using generator: inout G) -> Term {
    let type: TermType = Bool.random(using: &generator) ? .nat : .int
    let lhs = RandomPolynomial.expression(type, depth: 3, using: &generator, withAtoms: true)
    let rhs = RandomPolynomial.expression(type, depth: 2, using: &generator, withAtoms: true)
    switch Int.random(in: 0..<4, using: &generator) {
    case 0: return eq(lhs, rhs)
    case 1: return le(lhs, rhs)
    case 2: return lt(lhs, rhs)
    default: return not(ne(lhs, rhs))
    }
  }

  func checkEquivalent<G: RandomNumberGenerator>(_ normalized: Term, _ target: Term, using generator: inout G) {
    let forward = InstanceGenerator().counterexample(
      hypotheses: [normalized], conclusion: target, instances: 30, using: &generator)
    #expect(forward == nil, "\(normalized) ⊢ \(target)")
    let backward = InstanceGenerator().counterexample(
      hypotheses: [target], conclusion: normalized, instances: 30, using: &generator)
    #expect(backward == nil, "\(target) ⊢ \(normalized)")
  }

  @Test func ringNormalFormIsEquivalent() {
    var generator = SeededGenerator(seed: 0x4F4F)
    let count = heavyTests ? 10_000 : 200
    var normalizedCount = 0
    for _ in 0..<count {
      let target = Self.randomComparison(using: &generator)
      guard let (normalized, proof) = ringNF(target) else { continue }
      normalizedCount += 1
      #expect(proof.conclusion == eq(target, normalized) && proof.hypotheses.isEmpty)
      checkEquivalent(normalized, target, using: &generator)
    }
    #expect(normalizedCount > count / 2)
  }

  @Test func normNumSimplificationIsEquivalent() {
    var generator = SeededGenerator(seed: 0x4E4F)
    let count = heavyTests ? 10_000 : 200
    var normalizedCount = 0
    for _ in 0..<count {
      var target = Self.randomComparison(using: &generator)
      if Bool.random(using: &generator) {
        target = implies(RandomClosedProposition.make(using: &generator, depth: 1), target)
      }
      guard let (normalized, proof) = try? NormNum.normalize(target) else { continue }
      normalizedCount += 1
      #expect(proof.conclusion == target && proof.hypotheses == [normalized])
      checkEquivalent(normalized, target, using: &generator)
    }
    #expect(normalizedCount > 0)
  }
}
