import ProverCore
import Testing

@Suite struct GoalTests {
  @Test func readsAndPrintsLeanGoalText() throws {
    let text = "case left\np q r : Prop\nh1 : p ∧ q\nh2 : q → r\n⊢ p"
    let goal = try #require(Goal(leanText: text))
    #expect(goal.caseTag == "left")
    #expect(
      goal.hypotheses == [
        Hypothesis(names: ["p", "q", "r"], type: "Prop"),
        Hypothesis(names: ["h1"], type: "p ∧ q"),
        Hypothesis(names: ["h2"], type: "q → r"),
      ])
    #expect(goal.target == "p")
    #expect(goal.description == text)
  }

  @Test func keepsWrappedLinesWithTheirEntry() throws {
    let text = "h : ∀ x : Nat,\n    x + 0 = x\n⊢ 1 = 1"
    let goal = try #require(Goal(leanText: text))
    #expect(goal.hypotheses == [Hypothesis(names: ["h"], type: "∀ x : Nat,\n    x + 0 = x")])
    #expect(goal.description == text)
  }

  @Test func refusesTextWithoutTurnstile() {
    #expect(Goal(leanText: "a b : Nat") == nil)
    #expect(Goal(leanText: "no goals") == nil)
  }

  @Test func diagnosticPrintsLocationAndLabel() {
    let location = SourceLocation(file: "A.lean", position: SourcePosition(offset: 10, line: 3, column: 4))
    let diagnostic = Diagnostic.unsupported("Real.sqrt", at: location)
    #expect(diagnostic.description == "A.lean:3:4: unsupported: Real.sqrt")
  }
}
