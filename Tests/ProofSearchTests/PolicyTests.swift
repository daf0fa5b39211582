import Foundation
import ProverCore
import TestSupport
import Testing

@testable import ProofSearch

@Suite struct PolicyTests {
  func tactics(_ target: String, _ hypotheses: [Hypothesis] = [], mathlib: Bool = false) -> [String] {
    GoalShapePolicy().tactics(
      for: [Goal(hypotheses: hypotheses, target: target)], context: PolicyContext(importsMathlib: mathlib)
    ).map(\.tactic)
  }

  @Test func binderAndConnectiveTacticsFollowTheGoalShape() {
    #expect(tactics("∀ (a b : Nat), a + b = b + a").contains("intro a b"))
    #expect(tactics("P → Q", [Hypothesis(names: ["h"], type: "R")]).contains("intro h₁"))
    #expect(tactics("1 = 1 ∧ 2 = 2").contains("constructor"))
    #expect(tactics("1 = 2 ∨ 2 = 2").contains("right"))
    let split = tactics(
      "n = 1",
      [
        Hypothesis(names: ["n"], type: "Nat"), Hypothesis(names: ["h"], type: "n = 1 ∨ n = 2"),
      ])
    #expect(split.contains("rcases h with h₁ | h₂"))
    #expect(split.contains("induction n with | zero => ?_ | succ n ih => ?_"))
    #expect(split.contains("induction n"))
    let inaccessible = tactics(
      "n✝ + 1 ≥ 1", [Hypothesis(names: ["n✝"], type: "Nat"), Hypothesis(names: ["a✝"], type: "n✝ ≥ 0")])
    #expect(!inaccessible.contains { $0.contains("✝") })
  }

  @Test func witnessesComeFromLiteralsAndTheContext() {
    let proposals = tactics("∃ k, n = 2 * k ∨ n = 2 * k + 1", [Hypothesis(names: ["n"], type: "Nat")])
    #expect(proposals.contains("exists n / 2"))
    #expect(proposals.contains("exists 0"))
    #expect(tactics("∃ x : Int, 3 * x + 5 = -7").contains("exists -4"))
    #expect(tactics("∃ n : Nat, n + 3 = 10").contains("exists 7"))
  }

  @Test func negationsAndPropositionVariablesGiveApplyAndCaseSplits() {
    let context = [
      Hypothesis(names: ["p", "q"], type: "Prop"), Hypothesis(names: ["h₁"], type: "p → q"),
      Hypothesis(names: ["h₂"], type: "¬p → q"), Hypothesis(names: ["hn"], type: "¬q"),
    ]
    let proposals = tactics("q", context)
    #expect(proposals.contains("by_cases h : p"))
    #expect(proposals.contains("apply h₁"))
    #expect(tactics("False", context).contains("apply hn"))
  }

  @Test func mathlibTacticsOnlyWithMathlib() {
    let core = tactics("a * b ≤ a * b + 1", [Hypothesis(names: ["a", "b"], type: "Nat")])
    #expect(!core.contains("nlinarith") && !core.contains("norm_num") && !core.contains("ring"))
    let withMathlib = tactics("a * b ≤ a * b + 1", [Hypothesis(names: ["a", "b"], type: "ℕ")], mathlib: true)
    #expect(withMathlib.contains("norm_num"))
    #expect(withMathlib.contains("nlinarith [sq_nonneg (a - b)]"))
  }

  @Test func priorsAreNormalisedAndStatisticsShiftThem() {
    let goal = [Goal(hypotheses: [Hypothesis(names: ["n"], type: "Nat")], target: "n + 0 = n")]
    let plain = GoalShapePolicy().tactics(for: goal, context: PolicyContext())
    #expect(abs(plain.reduce(0) { $0 + $1.prior } - 1) < 1e-9)
    var statistics = TacticStatistics()
    for _ in 0..<50 { statistics.record(family: "simp", succeeded: true) }
    for _ in 0..<50 { statistics.record(family: "omega", succeeded: false) }
    let learned = GoalShapePolicy().tactics(for: goal, context: PolicyContext(statistics: statistics))
    let rank = { (list: [ScoredTactic], tactic: String) in list.firstIndex { $0.tactic == tactic }! }
    #expect(rank(learned, "simp") < rank(learned, "omega"))
    #expect(rank(plain, "omega") < rank(plain, "simp"))
  }

  @Test func premiseRetrievalPrefersSharedSymbols() {
    let index = PremiseIndex([
      Premise(name: "Nat.pow_succ", statement: "(n m : Nat) : n^(succ m) = n^m * n"),
      Premise(name: "Nat.add_comm", statement: "(n m : Nat) : n + m = m + n"),
      Premise(name: "Nat.dvd_refl", statement: "(a : Nat) : a ∣ a"),
    ])
    #expect(index.retrieve("2 ^ (n + 1) ≥ n + 1 + 1", limit: 1).map(\.name) == ["Nat.pow_succ"])
    #expect(index.retrieve("3 ∣ 3", limit: 1).map(\.name) == ["Nat.dvd_refl"])
  }

  @Test func leanCoreLemmasLoadAndRankPowerLemmasForAPowerGoal() throws {
    let path = SharedData.path("lean-facts/lean-core-lemmas.jsonl")
    guard FileManager.default.fileExists(atPath: path) else {
      print("skipped: \(path) is absent")
      return
    }
    let index = try PremiseIndex.load(jsonLines: path)
    #expect(index.count > 1_000)
    let found = index.retrieve("2 ^ (n + 1) ≥ n + 1 + 1", limit: 8).map(\.name)
    #expect(found.count == 8)
    #expect(found.allSatisfy { $0.contains("pow") }, "\(found)")
  }

  @Test func preludeSourceGivesPremisesWithTheirStatements() {
    let source = """
      @[simp] axiom Nat.zero_le (n : Nat) : LE.le 0 n
      protected axiom Nat.pow_succ {b n : Nat} : HPow.hPow b (Nat.succ n) = HMul.hMul (HPow.hPow b n) b
      -- axiom Not.a_premise : True
      theorem Nat.skipped : True := trivial
      """
    let index = PremiseIndex(leanSource: source) { $0 != "Nat.skipped" }
    #expect(index.premises.map(\.name) == ["Nat.zero_le", "Nat.pow_succ"])
    #expect(index.premises[1].statement.contains("HPow.hPow b (Nat.succ n)"))
  }
}
