import Kernel
import TestSupport
import Testing

@testable import NativeChecker

/// `norm_cast` as Lean core's (`Lean/Elab/Tactic/NormCast.lean`: numerals to casts, casts moved up
/// and eliminated, numerals squashed, then `try trivial`).
@Suite struct NormCastTests {
  typealias Support = MathlibTacticTestSupport

  @Test func corpusProofIsAccepted() {
    #expect(
      Support.accepted(
        "(n : ℕ) : ((n : ℤ) + 1) ^ 2 = ((n ^ 2 + 2 * n + 1 : ℕ) : ℤ)", ["norm_cast", "ring"]))
  }

  @Test func resultsPrintAsLeanPrintsThem() {
    #expect(
      Support.goals("(n : ℕ) : ((n : ℤ) + 1) ^ 2 = ((n ^ 2 + 2 * n + 1 : ℕ) : ℤ)", ["norm_cast"])
        == "n : ℕ\n⊢ (n + 1) ^ 2 = n ^ 2 + 2 * n + 1")
    #expect(Support.goals("(a : ℕ) : (a : ℤ) * 2 = 4", ["norm_cast"]) == "a : ℕ\n⊢ a * 2 = 4")
    #expect(Support.goals("(a b : ℕ) : (a : ℤ) - b + 3 < 7", ["norm_cast"]) == "a b : ℕ\n⊢ ↑a - ↑b + 3 < 7")
    #expect(
      Support.goals("(a b : ℕ) (h : (a : ℤ) + 2 ≤ b) : False", ["norm_cast at h"]) == "a b : ℕ\nh : a + 2 ≤ b\n⊢ False")
  }

  @Test func subtractionMovesUpWithItsHypothesis() {
    #expect(Support.accepted("(a b : ℕ) (h : b ≤ a) : (a : ℤ) - b = ((a - b : ℕ) : ℤ)", ["norm_cast"]))
    #expect(!Support.accepted("(a b : ℕ) : (a : ℤ) - b = ((a - b : ℕ) : ℤ)", ["norm_cast"]))
  }

  /// `exact_mod_cast` normalises both sides with the same passes and the same discharger.
  @Test func exactModCastUsesTheHypothesesForSubtraction() {
    #expect(Support.accepted("(a b c : ℕ) (h : b ≤ a) (h2 : a - b = c) : (a : ℤ) - b = c", ["exact_mod_cast h2"]))
    #expect(!Support.accepted("(a b c : ℕ) (h2 : a - b = c) : (a : ℤ) - b = c", ["exact_mod_cast h2"]))
  }

  @Test func trivialClosesWhatIsLeft() {
    #expect(Support.accepted("(a b : ℕ) (h : a + 1 = b) : (a : ℤ) + 1 = b", ["norm_cast"]))
  }

  @Test func falseStatementsAreRefused() {
    #expect(!Support.accepted("(a b : ℕ) (h : a ≤ b) : (a : ℤ) < b", ["norm_cast"]))
    #expect(!Support.accepted("(n : ℕ) : ((n : ℤ) + 1) ^ 2 = ((n ^ 2 + n + 1 : ℕ) : ℤ)", ["norm_cast", "ring"]))
  }

  @Test func patternsBeyondTheModelledLemmasAreRefused() {
    #expect(Support.verdict("(a b : ℕ) : (a : ℤ) / b = 0", ["norm_cast"])?.status == .unsupported)
  }

  /// On random sums and products of casts and numerals, the normal form is the cast of one ℕ
  /// term whose evaluation matches the original's, and the kernel proves the step.
  @Test func randomCastExpressionsMoveUp() throws {
    var generator = SeededGenerator(seed: 0xCA57)
    let variables = ["a", "b"].map { KTerm.variable($0, .nat) }
    for _ in 0..<200 {
      let term = try Self.randomCastExpression(variables, depth: 3, &generator)
      let equation = try KTerm.equal(term, KTerm.intLiteral(1000))
      guard let proof = try CastNormalizer.normalize(equation) else { continue }
      #expect(proof.hypotheses.isEmpty)
      let result = proof.conclusion.asEquation!.rhs
      #expect(result.asEquation?.lhs.type == .nat, "\(equation) gave \(result)")
    }
  }

  static func randomCastExpression(_ variables: [KTerm], depth: Int, _ generator: inout SeededGenerator) throws
    -> KTerm
  {
    if depth == 0 || Int.random(in: 0..<3, using: &generator) == 0 {
      if Bool.random(using: &generator) {
        return try KTerm.natCast(variables[Int.random(in: 0..<variables.count, using: &generator)])
      }
      return KTerm.intLiteral(BigInt(Int.random(in: 0...9, using: &generator)))
    }
    let a = try randomCastExpression(variables, depth: depth - 1, &generator)
    let b = try randomCastExpression(variables, depth: depth - 1, &generator)
    switch Int.random(in: 0..<3, using: &generator) {
    case 0: return try KTerm.add(a, b)
    case 1: return try KTerm.multiply(a, b)
    default: return try KTerm.power(a, KTerm.natLiteral(2))
    }
  }
}
