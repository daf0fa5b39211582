import DecisionProcedures
import Kernel
import TestSupport
import Testing

@testable import NativeChecker

/// `ring_nf at h ⊢` with Mathlib's normal form (`Mathlib/Tactic/Ring/RingNF.lean`, `ExProd.cmp` in
/// `Mathlib/Tactic/Ring/Basic.lean`): monomials ordered factor by factor (atom, then exponent),
/// the constant first, coefficients last, negative terms as subtraction; atoms numbered across
/// all locations of one call. Lean prints `(a + b) ^ 2` as `a * b * 2 + a ^ 2 + b ^ 2`
/// (seen in Lean output quoted in public repositories).
@Suite struct RingNFAtTests {
  typealias Support = MathlibTacticTestSupport

  @Test func corpusProofIsAccepted() {
    #expect(Support.accepted("(x : ℤ) (h : x * (x + 2) = 8) : x ^ 2 + 2 * x = 8", ["ring_nf at h ⊢", "linarith"]))
    #expect(Support.accepted("(A B : ℕ) (H : B * A = 2) : A * B = 2", ["ring_nf at H ⊢", "exact H"]))
    #expect(Support.accepted("(x : ℤ) (h : x - x + x = 0) : x = 0", ["ring_nf at h", "exact h"]))
  }

  @Test func normalFormsPrintAsLeanPrintsThem() {
    #expect(
      Support.goals("(x : ℤ) (h : x * (x + 2) = 8) : x ^ 2 + 2 * x = 8", ["ring_nf at h ⊢"])
        == "x : ℤ\nh : x * 2 + x ^ 2 = 8\n⊢ x * 2 + x ^ 2 = 8")
    #expect(
      Support.goals("(a b : ℤ) (h : (a + b) ^ 2 = 0) : (a - b) * 3 = b - 1", ["ring_nf at h ⊢"])
        == "a b : ℤ\nh : a * b * 2 + a ^ 2 + b ^ 2 = 0\n⊢ a * 3 - b * 3 = -1 + b")
    #expect(
      Support.goals("(y x : ℕ) (k : ℕ) (h : x * x + y = 3) : True", ["ring_nf at h"])
        == "y x k : ℕ\nh : x ^ 2 + y = 3\n⊢ True")
    #expect(
      Support.goals("(x : ℤ) (h : 2 * x ≤ x - 3) : False", ["ring_nf at h"]) == "x : ℤ\nh : x * 2 ≤ -3 + x\n⊢ False")
  }

  @Test func equalSidesBecomeTrue() {
    #expect(Support.goals("(x : ℤ) (h : x + 1 = 1 + x) : False", ["ring_nf at h"]) == "x : ℤ\nh : True\n⊢ False")
    #expect(Support.accepted("(x : ℤ) : (x + 1) ^ 2 = x ^ 2 + 2 * x + 1", ["ring_nf"]))
  }

  /// Lean rebuilds a ring expression or numeral with `ring`'s instances even when it prints the
  /// same (Mathlib's own test `ring_nf at H ⊢; exact H` with `H : B * A = 2` relies on it); only a
  /// location with neither fails.
  @Test func noProgressFailsAsLeanDoes() {
    #expect(Support.message("(x y : ℤ) (h : x = y) : True", ["ring_nf at h"]) == "ring_nf made no progress")
    #expect(Support.goals("(x : ℤ) (h : x = 2) : False", ["ring_nf at h"]) == "x : ℤ\nh : x = 2\n⊢ False")
  }

  @Test func atomsOtherThanVariablesAreRefused() {
    let verdict = Support.verdict("(f : ℤ → ℤ) (x : ℤ) (h : f x + f x = 2) : True", ["ring_nf at h", "trivial"])
    #expect(verdict?.status == .unsupported)
  }

  @Test func falseConsequencesAreRefused() {
    #expect(!Support.accepted("(x : ℤ) (h : x * (x + 2) = 8) : x ^ 2 + 3 * x = 8", ["ring_nf at h ⊢", "linarith"]))
    #expect(!Support.accepted("(x : ℕ) (h : x * 2 = 8) : x = 3", ["ring_nf at h", "omega"]))
  }

  /// On random polynomials the normalised side is equal to the original at random points, and
  /// its monomials are in Mathlib's order.
  @Test func normalFormsEvaluateLikeTheOriginal() throws {
    var generator = SeededGenerator(seed: 0x217)
    let variables = ["a", "b", "c"].map { KTerm.variable($0, .int) }
    for _ in 0..<200 {
      let lhs = try Self.randomPolynomial(variables, depth: 3, &generator)
      let proposition = try KTerm.equal(lhs, KTerm.intLiteral(0))
      var normalizer = RingNormalizer()
      guard let (normalized, _) = try normalizer.normalize(proposition),
        let (side, _) = normalized.asEquation
      else { continue }
      for _ in 0..<5 {
        let values = variables.map { _ in BigInt(Int.random(in: -9...9, using: &generator)) }
        let pairs = Array(zip(variables, values.map { KTerm.intLiteral($0) }))
        let evaluator = Evaluator()
        let original = try evaluator.evaluate(lhs.substituting(pairs.map { ($0.0, $0.1) })).number
        let printed = try evaluator.evaluate(side.substituting(pairs.map { ($0.0, $0.1) })).number
        #expect(original == printed, "\(lhs) normalised to \(side)")
      }
    }
  }

  static func randomPolynomial(_ variables: [KTerm], depth: Int, _ generator: inout SeededGenerator) throws -> KTerm {
    if depth == 0 || Int.random(in: 0..<3, using: &generator) == 0 {
      if Bool.random(using: &generator) { return variables[Int.random(in: 0..<variables.count, using: &generator)] }
      return KTerm.intLiteral(BigInt(Int.random(in: 0...5, using: &generator)))
    }
    let a = try randomPolynomial(variables, depth: depth - 1, &generator)
    let b = try randomPolynomial(variables, depth: depth - 1, &generator)
    switch Int.random(in: 0..<4, using: &generator) {
    case 0: return try KTerm.add(a, b)
    case 1: return try KTerm.subtract(a, b)
    case 2: return try KTerm.multiply(a, b)
    default: return try KTerm.power(a, KTerm.natLiteral(2))
    }
  }
}
