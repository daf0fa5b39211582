import Testing

@testable import NativeChecker

/// `unfold` of the reducible definitions behind `≠`, `≥` and `>` (`Ne`, `GE.ge`, `GT.gt`), at the
/// target, at hypotheses and at `*`, with Lean's error when there is nothing to unfold.
@Suite struct UnfoldTests {
  @Test func unfoldsWhereAsked() {
    let proofs = [
      "theorem t (a b : Nat) (h : a < b) : a ≠ b := by\n  unfold Ne\n  intro e\n  omega",
      "theorem t (a b : Int) (h : a ≥ b) : b ≤ a := by\n  unfold GE.ge at h\n  exact h",
      "theorem t (a : Nat) (h : a > 2) : a ≠ 1 := by\n  unfold Ne GT.gt at *\n  intro e\n  omega",
      "theorem t (a : Nat) (h : a > 2) : a > 1 := by\n  unfold GT.gt at h ⊢\n  omega",
    ]
    for proof in proofs {
      let verdict = CheckerTestSupport.verdicts(proof).last
      #expect(verdict?.status == .accepted, "\(proof)\n\(verdict?.diagnostics ?? [])")
    }
  }

  @Test func showsTheUnfoldedGoal() {
    let verdict = CheckerTestSupport.verdicts("theorem t (a b : Nat) : a ≠ b := by\n  unfold Ne").last
    #expect(verdict?.diagnostics.first?.message == "unsolved goals\na b : Nat\n⊢ ¬a = b")
  }

  @Test func refusesWhatItCannotUnfold() {
    let falseStatement = CheckerTestSupport.verdicts(
      "theorem t (a b : Nat) (h : a ≤ b) : a ≠ b := by\n  unfold Ne\n  omega")
    #expect(falseStatement.last?.status == .rejected)
    let nothing = CheckerTestSupport.verdicts("theorem t (a b : Nat) (h : a ≤ b) : a ≤ b := by\n  unfold Ne\n  exact h")
    #expect(nothing.last?.status == .rejected)
    #expect(nothing.last?.diagnostics.first?.message == "tactic 'unfold' failed to unfold 'Ne' at\n  a ≤ b")
    #expect(nothing.last?.diagnostics.first?.location.range.start.line == 2)
    // Each place named must unfold, as Lean's `withLocation` requires: here the target has no `>`.
    let strict = "theorem t (a : Nat) (h : a > 2) : 2 < a := by\n  unfold GT.gt at h ⊢\n  exact h"
    #expect(CheckerTestSupport.status(strict) == .rejected)
    let other = CheckerTestSupport.verdicts("theorem t (a : Nat) : a = a := by\n  unfold Nat.add\n  rfl")
    #expect(other.last?.status == .unsupported)
  }
}
