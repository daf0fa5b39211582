import DecisionProcedures
import Kernel
import Testing

/// The theorem omega returns: its conclusion is the goal, its hypotheses are the given ones that
/// gave a constraint (others, such as `∀` facts or unrelated predicates, are dropped), and it
/// rests on the omega oracle.
@Suite struct OmegaTheoremTests {
  @Test func theoremKeepsOnlyContributingHypotheses() throws {
    let parser = try OmegaTestParser("x y : Nat, p : Prop")
    let used = try parser.proposition("x < 3")
    let arithmeticButIdle = try parser.proposition("y = y + 0")
    let ignored = try [parser.proposition("∀ n : Nat, n ≤ 3"), parser.proposition("p")]
    let goal = try parser.proposition("x ≤ 5")
    let theorem = try Omega.prove(hypotheses: [ignored[0], used, ignored[1], arithmeticButIdle], target: goal)
    #expect(theorem.conclusion == goal)
    #expect(Set(theorem.hypotheses) == [used, arithmeticButIdle])
    #expect(theorem.dependencies.contains(.oracle(.omega)))
  }

  @Test func falseGoalUsesHypothesesOnly() throws {
    let parser = try OmegaTestParser("x : Int")
    let theorem = try Omega.prove(
      hypotheses: [parser.proposition("2 * x = 1")], target: Term.falseProposition)
    #expect(theorem.conclusion == Term.falseProposition)
    #expect(theorem.hypotheses.count == 1)
  }

  @Test func budgetsStopRunawaySplitting() throws {
    let parser = try OmegaTestParser("a b c d e f g h : Nat")
    let hypotheses = try ["a - b", "b - c", "c - d", "d - e", "e - f", "f - g", "g - h"].map {
      try parser.proposition("\($0) ≤ 1")
    }
    let goal = try parser.proposition("a ≤ h + 7")
    let tight = OmegaConfiguration(maximumCaseSplits: 4)
    #expect(throws: OmegaFailure.self) { try Omega.prove(hypotheses: hypotheses, target: goal, configuration: tight) }
    let theorem = try Omega.prove(hypotheses: hypotheses, target: goal)
    #expect(theorem.conclusion == goal)
  }

  @Test func constraintBudgetStopsLongEliminations() throws {
    let declarations = "x y z : Int"
    let hypotheses = ["2 * x + 3 * y + 4 * z = 0", "1 ≤ x + y", "1 ≤ y + z", "1 ≤ x + z"]
    let tight = OmegaConfiguration(maximumConstraints: 4)
    switch try OmegaTestSupport.omega(declarations, hypotheses, "False", tight) {
    case .success: Issue.record("proved within a budget of 4 constraints")
    case .failure(let failure): #expect(failure.kind == .budgetExceeded)
    }
    #expect(try OmegaTestSupport.proves(declarations, hypotheses, "False"))
  }

  @Test func numbersBeyondOneHundredTwentyEightBitsAreRefused() throws {
    let parser = try OmegaTestParser("x : Nat")
    let goal = try parser.proposition("x % 2 ^ 130 < 2 ^ 130")
    do {
      _ = try Omega.prove(hypotheses: [], target: goal)
      Issue.record("proved a goal whose constants exceed 128 bits")
    } catch {
      #expect(error.kind == .outsideFragment)
    }
  }

  @Test func groundValuesOnlyNeedToFitAtTheEnd() throws {
    #expect(try OmegaTestSupport.proves("", [], "(19 ^ 19 + 99 ^ 99) % 10 = 8"))
    #expect(try !OmegaTestSupport.proves("", [], "(19 ^ 19 + 99 ^ 99) % 10 = 7"))
    #expect(try OmegaTestSupport.proves("x : Nat", ["x = 2 ^ 200 % 7"], "x = 4"))
    // Exponents above Lean's `exponentiation.threshold` (256) are refused, not computed.
    #expect(try !OmegaTestSupport.proves("", [], "5 ^ 2005 % 100 = 25"))
  }
}
