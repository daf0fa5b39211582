import TestSupport
import Testing

@testable import NativeChecker

/// Mathlib's `interval_cases` (`Mathlib/Tactic/IntervalCases.lean`): bounds `a ≤ x`, `a < x`,
/// `x ≤ b`, `x < b` (also `≥`, `>`, `¬`) with sides `norm_num` evaluates, the best of each kind,
/// `0 ≤ n` for free on ℕ; one goal `case «k»` per value, with `x` replaced by the numeral in the
/// target and in the hypotheses, which move after the others (Lean's `generalize` then `subst`);
/// its error messages; the examples of Mathlib's `MathlibTest/interval_cases.lean`.
@Suite struct IntervalCasesTests {
  typealias Support = MathlibTacticTestSupport

  static let header = "import Mathlib\nset_option maxHeartbeats 0\nopen BigOperators Real Nat Topology Rat\n\n"

  static func checked(_ statement: String, _ tactics: [String]) -> DeclarationVerdict? {
    CheckerTestSupport.verdicts(header + statement + "\n" + tactics.map { "  " + $0 + "\n" }.joined()).last
  }

  @Test func miniF2FHumanProofsAreAccepted() {
    let numbertheory48 = Self.checked(
      "theorem mathd_numbertheory_48 (b : ℕ) (h₀ : 0 < b) (h₁ : 3 * b ^ 2 + 2 * b + 1 = 57) : b = 4 := by",
      ["have : b ≤ 4 := by nlinarith", "interval_cases b <;> omega"])
    #expect(numbertheory48?.status == .accepted)
    let amc2001 = Self.checked(
      """
      theorem amc12_2001_p2 (a b n : ℕ) (h₀ : 1 ≤ a ∧ a ≤ 9) (h₁ : 0 ≤ b ∧ b ≤ 9) (h₂ : n = 10 * a + b)
        (h₃ : n = a * b + a + b) : b = 9 := by
      """, ["obtain ⟨ha1, ha2⟩ := h₀", "obtain ⟨hb1, hb2⟩ := h₁", "interval_cases a <;> interval_cases b <;> omega"])
    #expect(amc2001?.status == .accepted)
    let amc2015 = Self.checked(
      "theorem amc12a_2015_p10 (x y : ℤ) (h₀ : 0 < y) (h₁ : y < x) (h₂ : x + y + x * y = 80) : x = 26 := by",
      ["have hy : y ≤ 8 := by nlinarith", "interval_cases y <;> omega"])
    #expect(amc2015?.status == .accepted)
  }

  @Test func falseVariantsAreRefused() {
    let wrongAnswer = Self.checked(
      """
      theorem amc12_2001_p2 (a b n : ℕ) (h₀ : 1 ≤ a ∧ a ≤ 9) (h₁ : 0 ≤ b ∧ b ≤ 9) (h₂ : n = 10 * a + b)
        (h₃ : n = a * b + a + b) : b = 8 := by
      """, ["obtain ⟨ha1, ha2⟩ := h₀", "obtain ⟨hb1, hb2⟩ := h₁", "interval_cases a <;> interval_cases b <;> omega"])
    #expect(wrongAnswer?.status == .rejected)
    let wrongBound = Self.checked(
      "theorem t (b : ℕ) (h₀ : 0 < b) (h₁ : 3 * b ^ 2 + 2 * b + 1 = 57) : b = 4 := by",
      ["have : b ≤ 3 := by nlinarith", "interval_cases b <;> omega"])
    #expect(wrongBound?.status != .accepted)
    #expect(!Support.accepted("(n : ℕ) (h : n ≤ 3) : n * n ≠ 9", ["interval_cases n <;> omega"]))
    #expect(Support.accepted("(n : ℕ) (h : n ≤ 3) : n * n ≠ 8", ["interval_cases n <;> omega"]))
  }

  /// Conjunctions are not bounds (Mathlib parses each hypothesis as one inequality).
  @Test func missingBoundsFailWithMathlibsMessage() {
    #expect(
      Support.message("(n : ℕ) (h : 2 ≤ n) : True", ["interval_cases n"])
        == "interval_cases failed: could not find upper bound on n")
    #expect(
      Support.message("(n : ℕ) (h : 1 ≤ n ∧ n ≤ 9) : True", ["interval_cases n"])
        == "interval_cases failed: could not find upper bound on n")
    #expect(
      Support.message("(z : ℤ) : True", ["interval_cases z"]) == "interval_cases failed: could not find bounds on z")
    #expect(
      Support.message("(z : ℤ) (h : z < 3) : True", ["interval_cases z"])
        == "interval_cases failed: could not find lower bound on z")
    #expect(
      Support.message("(n m : ℕ) (h : n ≤ m) : True", ["interval_cases n"])
        == "interval_cases failed: could not find upper bound on n")
  }

  @Test func coreFilesDoNotHaveIntervalCases() {
    let message = Support.message("(n : Nat) (h : n < 2) : n ≤ 1", ["interval_cases n <;> omega"], mathlib: false)
    #expect(message?.hasPrefix("unknown tactic") == true)
  }

  @Test func goalsAreMathlibsTestGoals() {
    #expect(
      Support.goals("(n : ℕ) (h1 : 4 < n) (h2 : n ≤ 6) : n < 20", ["interval_cases n"])
        == "case «5»\nn : ℕ\nh1 : 4 < 5\nh2 : 5 ≤ 6\n⊢ 5 < 20\n\ncase «6»\nn : ℕ\nh1 : 4 < 6\nh2 : 6 ≤ 6\n⊢ 6 < 20")
    let integers = Support.goals("(z : ℤ) (h1 : z ≥ -3) (h2 : z < 2) : z < 20", ["interval_cases z"]) ?? ""
    #expect(
      integers.split(separator: "\n").filter { $0.hasPrefix("⊢") }
        == ["⊢ -3 < 20", "⊢ -2 < 20", "⊢ -1 < 20", "⊢ 0 < 20", "⊢ 1 < 20"])
    #expect(
      Support.goals("(b c : ℕ) (h₀ : 0 < b) (hc : c = 2) (h : b ≤ 1) : b + c = 3", ["interval_cases b"])
        == "case «1»\nb c : ℕ\nhc : c = 2\nh₀ : 0 < 1\nh : 1 ≤ 1\n⊢ 1 + c = 3")
    #expect(
      Support.goals("(n : ℕ) (w₁ : n % 3 < 1) (w₂ : n < 1) : n = 0", ["interval_cases h : n"])
        == "case «0»\nn : ℕ\nh : n = 0\nw₁ : 0 % 3 < 1\nw₂ : 0 < 1\n⊢ 0 = 0")
  }

  @Test func emptyIntervalsCloseTheGoal() {
    #expect(Support.accepted("(n : ℕ) (w₂ : n < 0) : False", ["interval_cases n"]))
    #expect(Support.accepted("(z : ℤ) (h1 : 3 ≤ z) (h2 : z ≤ 2) : False", ["interval_cases z"]))
  }

  @Test func usingTakesTheGivenBounds() {
    #expect(
      Support.accepted("(n : ℕ) (w₁ : 1 ≤ n) (w₂ : n < 3) : n = 1 ∨ n = 2", ["interval_cases using w₁, w₂ <;> omega"]))
    #expect(
      Support.accepted(
        "(z : ℤ) (h1 : z ≥ -3) (h2 : z < 2) : z < 20", ["interval_cases using h1, h2", "all_goals omega"]))
    #expect(
      Support.message("(n : ℕ) (w₁ : 1 ≤ n) (w₂ : n < 3) : True", ["interval_cases using w₂, w₁"])?
        .hasPrefix("expected a term of the form") == true)
  }

  /// Random bounds (both kinds of each side, `≥`/`>` forms, a weaker extra bound) give exactly the
  /// integers of the interval as cases, and a nonlinear goal closed case by case by `omega` is
  /// accepted exactly when it is true.
  @Test func casesAreTheIntegersOfTheInterval() {
    var generator = SeededGenerator(seed: 0x1C_A5E5)
    for _ in 0..<40 {
      let integer = Bool.random(using: &generator)
      let type = integer ? "ℤ" : "ℕ"
      let low = Int.random(in: (integer ? -6 : 0)...5, using: &generator)
      let high = low + Int.random(in: -1...6, using: &generator)
      let strictLow = Bool.random(using: &generator) && (!integer ? low > 0 : true)
      let strictHigh = Bool.random(using: &generator) || (!integer && high < 0)
      let lowBound = strictLow ? low - 1 : low
      let highBound = strictHigh ? high + 1 : high
      func numeral(_ value: Int) -> String { value < 0 ? "(\(value))" : "\(value)" }
      let lowText =
        Bool.random(using: &generator)
        ? "\(numeral(lowBound)) \(strictLow ? "<" : "≤") x" : "x \(strictLow ? ">" : "≥") \(numeral(lowBound))"
      let highText =
        Bool.random(using: &generator)
        ? "x \(strictHigh ? "<" : "≤") \(numeral(highBound))" : "\(numeral(highBound)) \(strictHigh ? ">" : "≥") x"
      let weaker = "x ≤ \(numeral(highBound + 3))"
      let signature = "(x : \(type)) (hw : \(weaker)) (hl : \(lowText)) (hu : \(highText)) : x * x ≠ 7"
      let expected = high < low ? [] : Array(low...high)
      if expected.isEmpty {
        #expect(Support.accepted(signature, ["interval_cases x"]), "\(signature)")
        continue
      }
      let goals = Support.goals(signature, ["interval_cases x"]) ?? ""
      let tags = goals.split(separator: "\n").filter { $0.hasPrefix("case ") }.map {
        Int($0.dropFirst("case «".count).dropLast()) ?? Int.min
      }
      #expect(tags == expected, "\(signature)")
      let square = expected[Int.random(in: 0..<expected.count, using: &generator)]
      let target = Bool.random(using: &generator) ? square * square : square * square + 1
      let claim = "(x : \(type)) (hl : \(lowText)) (hu : \(highText)) : x * x ≠ \(target)"
      let truth = !expected.contains { $0 * $0 == target }
      #expect(Support.accepted(claim, ["interval_cases x <;> omega"]) == truth, "\(claim)")
    }
  }
}
