import DecisionProcedures
import Testing

@Suite struct TacticBudgetTests {
  @Test func spendingPastTheHeartbeatsExhaustsTheBudgetForGood() {
    let budget = TacticBudget(heartbeats: 10)
    #expect(budget.spend(4))
    #expect(budget.spend(6))
    #expect(!budget.isExhausted)
    #expect(!budget.spend())
    #expect(budget.isExhausted)
    #expect(!budget.spend(0))
  }

  @Test func aPassedDeadlineStopsTheCallAtTheNextClockReading() {
    let budget = TacticBudget(heartbeats: .max, seconds: 0)
    var spent = 0
    while budget.spend(), spent < 1_000 { spent += 1 }
    #expect(budget.isExhausted)
    #expect(spent < 64)
  }

  @Test func withoutABoundBudgetNothingIsLimited() {
    #expect(TacticBudget.current == nil)
    for _ in 0..<1_000 { #expect(TacticBudget.spend(1_000)) }
  }

  @Test func omegaStopsWithTheBudgetsMessageAndProvesWithoutIt() throws {
    let goal = ("x y z : Nat", ["x % 3 = 1 ∨ x % 3 = 2", "y % 3 = 1 ∨ y % 3 = 2"], "(x + y + z) % 3 ≠ 7")
    #expect(try OmegaTestSupport.proves(goal.0, goal.1, goal.2))
    let budget = TacticBudget(heartbeats: 3)
    let limited = try TacticBudget.$current.withValue(budget) { try OmegaTestSupport.omega(goal.0, goal.1, goal.2) }
    guard case .failure(let failure) = limited else {
      Issue.record("omega proved the goal within 3 heartbeats")
      return
    }
    #expect(failure.message == TacticBudget.message)
    #expect(budget.isExhausted)
  }
}
