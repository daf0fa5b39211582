import Foundation
import LeanSyntax
import NativeChecker
import ProverCore
import Testing

@testable import ProofSearch

/// Finite case analysis: the policy enumerates a variable with literal bounds by `interval_cases`,
/// states bounds read off a nonlinear hypothesis with `nlinarith`, and splits a ℕ factor into zero
/// or positive; on the native checker that proves bounded Diophantine facts, and never a false one.
@Suite struct NativeIntervalCasesTests {
  func tactics(_ target: String, _ hypotheses: [Hypothesis], mathlib: Bool = true) -> [String] {
    PolicyHarness.tactics(target, hypotheses, mathlib: mathlib)
  }

  @Test func boundedVariablesAreEnumerated() {
    let bounded = tactics(
      "b = 9",
      [
        Hypothesis(names: ["a", "b"], type: "ℕ"), Hypothesis(names: ["ha"], type: "1 ≤ a"),
        Hypothesis(names: ["hb"], type: "b ≤ 9"), Hypothesis(names: ["ha'"], type: "a < 10"),
        Hypothesis(names: ["h"], type: "10 * a + b = a * b + a + b"),
      ])
    #expect(bounded.contains("interval_cases a <;> omega"))
    #expect(bounded.contains("interval_cases b <;> omega"))
    #expect(bounded.contains("interval_cases a <;> interval_cases b <;> omega"))
    let integer = tactics("x = 2", [Hypothesis(names: ["x"], type: "ℤ"), Hypothesis(names: ["h"], type: "x ≤ 3")])
    #expect(!integer.contains { $0.hasPrefix("interval_cases") }, "an integer needs a lower bound too")
    let conjunction = tactics(
      "n = 2", [Hypothesis(names: ["n"], type: "ℕ"), Hypothesis(names: ["h"], type: "1 ≤ n ∧ n ≤ 9")])
    #expect(!conjunction.contains { $0.hasPrefix("interval_cases") }, "a conjunction is not a bound")
    let core = tactics(
      "n = 2", [Hypothesis(names: ["n"], type: "Nat"), Hypothesis(names: ["h"], type: "n ≤ 9")], mathlib: false)
    #expect(!core.contains { $0.contains("interval_cases") || $0.contains("nlinarith") })
  }

  @Test func boundsAreReadOffNonlinearHypotheses() {
    let quadratic = tactics(
      "b = 4",
      [
        Hypothesis(names: ["b"], type: "ℕ"), Hypothesis(names: ["h₀"], type: "0 < b"),
        Hypothesis(names: ["h₁"], type: "3 * b ^ 2 + 2 * b + 1 = 57"),
      ])
    #expect(quadratic.contains("have hb : b ≤ 4 := by nlinarith"), "√(57 / 3)")
    #expect(quadratic.contains("have hb : b ≤ 7 := by nlinarith"), "√57")
    let linear = tactics(
      "n = 321", [Hypothesis(names: ["n"], type: "ℕ"), Hypothesis(names: ["h"], type: "123 * n + 17 = 39500")])
    #expect(!linear.contains { $0.contains(":= by nlinarith") }, "omega decides linear hypotheses")
    let product = tactics(
      "rows = 25",
      [Hypothesis(names: ["rows", "seats"], type: "ℕ"), Hypothesis(names: ["h₀"], type: "rows * seats = 450")])
    #expect(product.contains("rcases Nat.eq_zero_or_pos seats with hseats | hseats"))
    #expect(GoalShapePolicy.candidateBounds([57, 3, 2, 1]) == [3, 4, 5, 7, 19, 28, 57])
  }

  func prove(_ statement: String) async throws -> TheoremResult {
    try await PolicyHarness.prove(statement, path: "Bounds.lean")
  }

  /// `n * (n + 1) % 13` takes the value 3 at n = 6 only among small n: the claim holds because n ≤ 5.
  @Test func aBoundedSquareIsEnumeratedAndAFalseClaimIsNot() async throws {
    let bounded = try await prove("theorem bounded (n : ℕ) (h₀ : n * n < 30) : (n * n + n) % 13 ≠ 3")
    #expect(bounded.status == .proved)
    #expect(bounded.proof?.contains { $0.hasPrefix("interval_cases n") } == true, "\(bounded.proof ?? [])")
    let wrong = try await prove("theorem wrong (n : ℕ) (h₀ : n * n < 30) : (n * n + n) % 13 ≠ 4")
    #expect(wrong.status != .proved)
  }
}
