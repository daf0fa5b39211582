import Kernel
import TestSupport
import Testing

@testable import NativeChecker

/// `zify` as Mathlib's `simp -decide only [zify_simps, push_cast, args]` (`Mathlib/Tactic/Zify.lean`):
/// its docstring gives `h : ¬x * y * z < 0` becoming `h : ¬↑x * ↑y * ↑z < 0`, `c < a + 3 * b`
/// becoming `↑c < ↑a + 3 * ↑b`, and `zify [hab] at h` with `hab : b ≤ a` turning `a - b < c`
/// into `↑a - ↑b < ↑c`. `x ≥ y` is `y ≤ x` to `simp`'s discrimination tree (`GE.ge` is reducible),
/// so `natCast_le` turns it into `↑y ≤ ↑x`.
@Suite struct ZifyTests {
  typealias Support = MathlibTacticTestSupport

  @Test func corpusProofsAreAccepted() {
    #expect(Support.accepted("(a b c : ℕ) (h : a + b ≤ c) : (a : ℤ) ≤ c - b", ["zify at h", "linarith"]))
    #expect(
      Support.accepted("(m n : ℕ) (h : n ≤ m) (h2 : m - n = 5) : (m : ℤ) = n + 5", ["zify [h] at h2", "linarith"]))
  }

  @Test func resultsPrintAsTheDocstringShows() {
    #expect(
      Support.goals("(x y z : ℕ) (h : ¬x * y * z < 0) : False", ["zify at h"])
        == "x y z : ℕ\nh : ¬↑x * ↑y * ↑z < 0\n⊢ False")
    #expect(Support.goals("(a b c : ℕ) : c < a + 3 * b", ["zify"]) == "a b c : ℕ\n⊢ ↑c < ↑a + 3 * ↑b")
    #expect(
      Support.goals("(a b c : ℕ) (h : a - b < c) (hab : b ≤ a) : False", ["zify [hab] at h"])
        == "a b c : ℕ\nhab : b ≤ a\nh : ↑a - ↑b < ↑c\n⊢ False")
    #expect(
      Support.goals("(x y : ℕ) (h : x ^ 2 ≠ y) (h2 : x ≥ y) : x ∣ y", ["zify at h h2 ⊢"])
        == "x y : ℕ\nh : ↑x ^ 2 ≠ ↑y\nh2 : ↑y ≤ ↑x\n⊢ ↑x ∣ ↑y")
  }

  @Test func subtractionNeedsItsSideCondition() {
    let verdict = Support.verdict("(m n : ℕ) (h2 : m - n = 5) : False", ["zify at h2"])
    #expect(verdict?.status == .unsupported)
    #expect(
      Support.goals("(m n : ℕ) (h : n < m) (h2 : m - n = 5) : False", ["zify at h2"])
        == "m n : ℕ\nh : n < m\nh2 : ↑m - ↑n = 5\n⊢ False")
  }

  @Test func noProgressIsSimpsError() {
    #expect(Support.message("(x : ℤ) (h : x = 2) : True", ["zify at h"]) == "simp made no progress")
  }

  @Test func falseConsequencesAreRefused() {
    #expect(!Support.accepted("(m n : ℕ) (h2 : m - n = 5) : (m : ℤ) = n + 5", ["zify at h2", "linarith"]))
    #expect(!Support.accepted("(a b c : ℕ) (h : a + b ≤ c) : (a : ℤ) < c - b", ["zify at h", "linarith"]))
  }

  @Test func coreFilesDoNotHaveZify() {
    let message = Support.message("(a : Nat) (h : a ≤ 2) : a ≤ 3", ["zify at h", "omega"], mathlib: false)
    #expect(message?.hasPrefix("unknown tactic") == true)
  }

  /// On random ℕ relations over `+`, `*`, `^` and numerals, the result is an ℤ relation whose casts
  /// sit on variables only, and the kernel proves `old = new` with no assumption.
  @Test func randomRelationsMoveToIntegersWithCastsAtTheLeaves() throws {
    var generator = SeededGenerator(seed: 0x21F)
    let variables = ["a", "b", "c"].map { KTerm.variable($0, .nat) }
    let pusher = CastPusher(facts: [])
    for _ in 0..<200 {
      let lhs = try Self.randomNat(variables, depth: 3, &generator)
      let rhs = try Self.randomNat(variables, depth: 2, &generator)
      let builders: [(KTerm, KTerm) throws -> KTerm] = [
        KTerm.equal, KTerm.lessOrEqual, KTerm.lessThan, KTerm.greaterOrEqual, KTerm.notEqual,
      ]
      let relation = try builders[Int.random(in: 0..<builders.count, using: &generator)](lhs, rhs)
      let proof = try #require(try pusher.rewrite(relation))
      #expect(proof.hypotheses.isEmpty)
      let result = try #require(proof.conclusion.asEquation?.rhs)
      #expect(proof.conclusion.asEquation?.lhs == relation)
      #expect(Self.castsOnlyOnVariables(result), "\(relation) gave \(result)")
      let sides = Self.relationSides(result)
      #expect(sides.allSatisfy { $0.type == .int }, "\(relation) gave \(result)")
    }
  }

  /// The two sides of `a R b` or of `¬(a = b)` behind `≠`.
  static func relationSides(_ term: KTerm) -> [KTerm] {
    guard let (_, lhs, rhs) = term.asBinaryOperation else { return [] }
    return [lhs, rhs]
  }

  static func castsOnlyOnVariables(_ term: KTerm) -> Bool {
    if let operand = CastNormalizer.castOperand(term) {
      if case .variable = operand.kind { return true }
      return false
    }
    if let (function, argument) = term.asApplication {
      return castsOnlyOnVariables(function) && castsOnlyOnVariables(argument)
    }
    return true
  }

  static func randomNat(_ variables: [KTerm], depth: Int, _ generator: inout SeededGenerator) throws -> KTerm {
    if depth == 0 || Int.random(in: 0..<3, using: &generator) == 0 {
      if Bool.random(using: &generator) { return variables[Int.random(in: 0..<variables.count, using: &generator)] }
      return try KTerm.natLiteral(BigInt(Int.random(in: 0...9, using: &generator)))
    }
    let a = try randomNat(variables, depth: depth - 1, &generator)
    switch Int.random(in: 0..<3, using: &generator) {
    case 0: return try KTerm.add(a, randomNat(variables, depth: depth - 1, &generator))
    case 1: return try KTerm.multiply(a, randomNat(variables, depth: depth - 1, &generator))
    default: return try KTerm.power(a, KTerm.natLiteral(BigInt(Int.random(in: 1...3, using: &generator))))
    }
  }
}
