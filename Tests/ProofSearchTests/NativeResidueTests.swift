import Foundation
import LeanSyntax
import NativeChecker
import ProverCore
import Testing

@testable import ProofSearch

/// Residue case splits: the policy states `x % m = 0 ∨ …` for a literal modulus of the target and
/// splits it with `rcases … <;> simp [mod lemmas]`; on the native checker that proves the square
/// residue facts, and never a false residue claim.
@Suite struct NativeResidueTests {
  func tactics(_ target: String, _ hypotheses: [Hypothesis], mathlib: Bool = true) -> [String] {
    PolicyHarness.tactics(target, hypotheses, mathlib: mathlib)
  }

  @Test func theSplitFollowsTheModulusAndTheVariableOfTheTarget() {
    let natural = tactics("3 ∣ n ^ 3 + 2 * n", [Hypothesis(names: ["n"], type: "ℕ")])
    #expect(natural.contains("have h : n % 3 = 0 ∨ n % 3 = 1 ∨ n % 3 = 2 := by omega"))
    #expect(!natural.contains { $0.contains("% 2 = 0 ∨") }, "no modulus the target lacks")
    let split = tactics(
      "3 ∣ n ^ 3 + 2 * n",
      [Hypothesis(names: ["n"], type: "ℕ"), Hypothesis(names: ["h"], type: "n % 3 = 0 ∨ n % 3 = 1 ∨ n % 3 = 2")])
    #expect(
      split.contains(
        "rcases h with h | h | h <;> simp [Nat.dvd_iff_mod_eq_zero, Nat.pow_mod, Nat.add_mod, Nat.mul_mod, h]"))
    #expect(!split.contains { $0.hasPrefix("have h₁ : n % 3") }, "no second split of the same variable")
    let integer = tactics(
      "(a + 1) ^ 2 % 4 = 1",
      [Hypothesis(names: ["a"], type: "ℤ"), Hypothesis(names: ["h"], type: "a % 4 = 0 ∨ a % 4 = 2")])
    #expect(
      integer.contains(
        "rcases h with h | h <;> simp [Int.dvd_iff_emod_eq_zero, show (a + 1) ^ 2 = (a + 1) * (a + 1) by ring, Int.mul_emod, h]"
      ))
    #expect(tactics("n % 20 = 1", [Hypothesis(names: ["n"], type: "ℕ")]).allSatisfy { !$0.contains("∨") })
  }

  func prove(_ statement: String) async throws -> TheoremResult {
    try await PolicyHarness.prove(statement, path: "Residue.lean")
  }

  @Test func knownResiduesAreRewrittenIntoTheTarget() async throws {
    let tactics = tactics(
      "(x + 1) ^ 2 % 19 = 6", [Hypothesis(names: ["x"], type: "ℤ"), Hypothesis(names: ["h₀"], type: "x % 19 = 4")])
    #expect(tactics.contains("simp [Int.dvd_iff_emod_eq_zero, pow_succ, Int.mul_emod, Int.add_emod, h₀]"))
    let otherModulus = self.tactics(
      "(x + 1) ^ 2 % 19 = 6", [Hypothesis(names: ["x"], type: "ℤ"), Hypothesis(names: ["h₀"], type: "x % 7 = 4")])
    #expect(!otherModulus.contains { $0.contains("h₀]") })
    let divides = try await prove("theorem divides (n : ℕ) (h₀ : n % 7 = 3) : 7 ∣ n ^ 2 + 2 * n + 6")
    #expect(divides.status == .proved)
    let wrong = try await prove("theorem wrong (n : ℕ) (h₀ : n % 7 = 3) : 7 ∣ n ^ 2 + 2 * n + 5")
    #expect(wrong.status != .proved)
  }

  @Test func squaresModuloFourAreProvedAndAFalseVariantIsNot() async throws {
    let square = try await prove("theorem square (a : ℤ) : a ^ 2 % 4 = 0 ∨ a ^ 2 % 4 = 1")
    #expect(square.status == .proved)
    #expect(square.proof?.contains { $0.hasPrefix("rcases") } == true)
    let wrong = try await prove("theorem wrong (a : ℤ) : a ^ 2 % 4 = 0 ∨ a ^ 2 % 4 = 2")
    #expect(wrong.status != .proved)
  }
}
