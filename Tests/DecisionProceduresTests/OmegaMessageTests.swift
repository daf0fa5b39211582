import DecisionProcedures
import Kernel
import Testing

/// Failure messages follow Lean's `formatErrorMessage`, checked against the `#guard_msgs` blocks
/// of Lean's omega test file (constraint order aside: Lean's depends on hashing).
@Suite struct OmegaMessageTests {
  static func message(_ declarations: String, _ hypotheses: [String], _ goal: String) throws -> OmegaFailure? {
    switch try OmegaTestSupport.omega(declarations, hypotheses, goal) {
    case .success: return nil
    case .failure(let failure): return failure
    }
  }

  static func lines(_ text: String) -> Set<Substring> { Set(text.split(separator: "\n")) }

  @Test func noUsableConstraints() throws {
    let failure = try #require(try Self.message("", [], "0 < 0"))
    #expect(failure.kind == .couldNotProve)
    #expect(
      failure.message == """
        omega could not prove the goal:
        No usable constraints found. You may need to unfold definitions so `omega` can see
        linear arithmetic facts about `Nat` and `Int`, which may also involve multiplication,
        division, and modular remainder by constants.
        """)
  }

  @Test func counterexampleOverOneAtom() throws {
    let failure = try #require(try Self.message("x : Nat", [], "x < 0"))
    #expect(
      failure.message == """
        omega could not prove the goal:
        a possible counterexample may satisfy the constraints
          a ≥ 0
        where
         a := ↑x
        """)
  }

  @Test func counterexampleOverTwoAtoms() throws {
    let failure = try #require(try Self.message("x : Nat, y : Int", [], "x < y"))
    let expected = """
      omega could not prove the goal:
      a possible counterexample may satisfy the constraints
        a - b ≥ 0
        a ≥ 0
      where
       a := ↑x
       b := y
      """
    #expect(Self.lines(failure.message) == Self.lines(expected))
    #expect(failure.message.hasPrefix("omega could not prove the goal:\na possible counterexample"))
  }

  @Test func boundsOnBothSides() throws {
    let failure = try #require(try Self.message("x y : Int", [], "5 < x ∧ x < 10 → y > 0"))
    let expected = """
      omega could not prove the goal:
      a possible counterexample may satisfy the constraints
        b ≤ 0
        6 ≤ a ≤ 9
      where
       a := x
       b := y
      """
    #expect(Self.lines(failure.message) == Self.lines(expected))
  }

  @Test func namesInScopeAreSkipped() throws {
    let failure = try #require(
      try Self.message("a b c : Nat", [], "a < b + c"))
    #expect(failure.message.contains(" d := ↑a"))
    #expect(failure.message.contains(" e := ↑b"))
    #expect(failure.message.contains("  d - e - f ≥ 0"))
  }
}
