import Testing

@testable import NativeChecker

/// `rw [..] at *` and `simp at *`, run as Lean's `withLocation` and `simpGoal` run them: the
/// target and every hypothesis, failing only when nothing changed.
@Suite struct WildcardLocationTests {
  @Test func rewritesAndSimplifiesEverywhere() {
    let proofs = [
      "theorem t (a b c : Nat) (h : a = b) (h2 : b + 1 = c) : a + 1 = c := by\n  rw [← h] at *\n  exact h2",
      "theorem t (a b : Nat) (h : a = b) (h2 : a + 1 = 5) : b + 1 = 5 := by\n  rw [h] at *\n  exact h2",
      "theorem t (x : Nat) (h : x + 0 = 5) : 0 + x = 5 := by\n  simp at *\n  exact h",
      "theorem t (x : Nat) (h : x + 0 = 5) (h' : ¬x = 5) : False := by\n  simp at *\n  exact h' h",
      "theorem t (p : Prop) (hp : p) (h : p → False) : False := by\n  simp [*] at *",
    ]
    for proof in proofs {
      let verdict = CheckerTestSupport.verdicts(proof).last
      #expect(verdict?.status == .accepted, "\(proof)\n\(verdict?.diagnostics ?? [])")
    }
  }

  @Test func rewritesTheRulesOwnHypothesisAsLeanDoes() {
    // Lean rewrites `h : a = b` itself into `b = b` (lean4#2320), so `h` is useless afterwards.
    let verdict = CheckerTestSupport.verdicts(
      "theorem t (a b : Nat) (h : a = b) (h2 : a = 3) : a = b := by\n  rw [h] at *\n  exact h")
    #expect(verdict.last?.status == .rejected)
  }

  @Test func failsWhereNothingChanges() {
    let rewrite = CheckerTestSupport.verdicts(
      "theorem t (a b : Nat) (h : a = b) : a + 1 = 7 := by\n  rw [Nat.mul_comm] at *"
    ).last
    #expect(rewrite?.status == .rejected)
    #expect(
      rewrite?.diagnostics.first?.message.hasPrefix(
        "tactic 'rewrite' failed, did not find instance of the pattern in the current goal") == true)
    #expect(rewrite?.diagnostics.first?.location.range.start.line == 2)
    let simp = CheckerTestSupport.verdicts("theorem t (x : Nat) (h : x < 2) : x < 3 := by\n  simp at *").last
    #expect(simp?.diagnostics.first?.message == "simp made no progress")
    #expect(CheckerTestSupport.status("theorem t (x : Nat) (h : x + 0 = 5) : x = 6 := by\n  simp at *") == .rejected)
  }
}
