import Testing

@testable import NativeChecker

/// `simp_all`: hypotheses and target simplified with each other until nothing changes, as Lean
/// core's `SimpAll` does.
@Suite struct SimpAllTests {
  @Test func provesWithTheHypotheses() {
    let proofs = [
      "theorem t (x y : Nat) (h : x = 2) (h2 : y = x + 1) : y = 3 := by\n  simp_all",
      "theorem t (p q : Prop) (hp : p) (hpq : p → q) : q := by\n  simp_all",
      "theorem t (x : Nat) (h : x + 0 = 5) (h2 : 0 + x = 6) : False := by\n  simp_all",
      "theorem t (a b : Int) (h : a = b) (h2 : b = 4) : a + 0 = 4 := by\n  simp_all only [Int.add_zero]",
      "theorem t (p : Prop) (x : Nat) (h : p ∧ x = 1) : x + 1 = 2 ∧ p := by\n  simp_all",
    ]
    for proof in proofs {
      let verdict = CheckerTestSupport.verdicts(proof).last
      #expect(verdict?.status == .accepted, "\(proof)\n\(verdict?.diagnostics ?? [])")
    }
  }

  @Test func leavesTheSimplifiedGoalWithChangedHypothesesLast() {
    let verdict = CheckerTestSupport.verdicts(
      "theorem t (x y : Nat) (h : x + 0 = y) (hy : y < 5) : x < 7 := by\n  simp_all\n  omega"
    ).last
    #expect(verdict?.status == .accepted, "\(verdict?.diagnostics ?? [])")
    let left = CheckerTestSupport.verdicts(
      "theorem t (x y : Nat) (h : x + 0 = y) (hy : y < 5) : x = y + 1 := by\n  simp_all"
    ).last
    #expect(left?.status == .rejected)
    // `h` changed, so Lean re-asserts it after `hy`; the target became `y = y + 1`, i.e. `False`.
    #expect(left?.diagnostics.first?.message == "unsolved goals\nx y : Nat\nhy : y < 5\nh : x = y\n⊢ False")
  }

  @Test func refusesFalseStatementsWithLeansErrors() {
    let false1 = CheckerTestSupport.verdicts("theorem t (x : Nat) (h : x = 2) : x = 3 := by\n  simp_all").last
    #expect(false1?.status == .rejected)
    #expect(false1?.diagnostics.first?.message.hasPrefix("unsolved goals") == true)
    let stuck = CheckerTestSupport.verdicts("theorem t (x : Nat) (h : x < 2) : x = 3 := by\n  simp_all").last
    #expect(stuck?.status == .rejected)
    #expect(stuck?.diagnostics.first?.message == "simp_all made no progress")
    #expect(stuck?.diagnostics.first?.location.range.start.line == 2)
    #expect(
      CheckerTestSupport.status("theorem t (p q : Prop) (hp : p) (hq : p → q) : ¬q := by\n  simp_all") == .rejected)
  }
}
