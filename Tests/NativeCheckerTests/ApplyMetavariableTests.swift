import Testing

@testable import NativeChecker

/// `apply` whose implicit arguments the goal leaves open (`apply Nat.le_trans`): the premises
/// become goals mentioning `?m`, `?m` its own goal, and a later `exact` assigns it, as in Lean.
@Suite struct ApplyMetavariableTests {
  @Test func laterTacticsAssignTheMetavariable() {
    let proofs = [
      "theorem t (a b c : Nat) (h1 : a ≤ b) (h2 : b ≤ c) : a ≤ c := by\n  apply Nat.le_trans\n  exact h1\n  exact h2",
      "theorem t (a b c : Nat) (h1 : a ≤ b) (h2 : b ≤ c) : a ≤ c := by\n  apply Nat.le_trans\n  · exact h1\n  · exact h2",
      "theorem t (a b c : Nat) (h1 : a ≤ b) (h2 : b ≤ c) : a ≤ c := by\n  apply Nat.le_trans\n  case m => exact b\n"
        + "  · exact h1\n  · exact h2",
      "theorem t (a b c : Int) (h1 : a < b) (h2 : b ≤ c) : a < c := by\n  apply Int.lt_of_lt_of_le\n  exact h1\n  exact h2",
    ]
    for proof in proofs {
      let verdict = CheckerTestSupport.verdicts(proof).last
      #expect(verdict?.status == .accepted, "\(proof)\n\(verdict?.diagnostics ?? [])")
    }
  }

  @Test func printsTheGoalsAsLeanDoes() {
    let open = CheckerTestSupport.verdicts("theorem t (a c : Nat) : a ≤ c := by\n  apply Nat.le_trans").last
    #expect(
      open?.diagnostics.first?.message
        == "unsolved goals\ncase a\na c : Nat\n⊢ a ≤ ?m\n\ncase a\na c : Nat\n⊢ ?m ≤ c\n\ncase m\na c : Nat\n⊢ Nat")
    let assigned = CheckerTestSupport.verdicts(
      "theorem t (a b c : Nat) (h : a ≤ b) : a ≤ c := by\n  apply Nat.le_trans\n  exact h"
    ).last
    #expect(assigned?.diagnostics.first?.message == "unsolved goals\ncase a\na b c : Nat\nh : a ≤ b\n⊢ b ≤ c")
  }

  @Test func refusesWrongAssignments() {
    let wrongSide = CheckerTestSupport.verdicts(
      "theorem t (a b c : Nat) (h1 : a ≤ b) (h2 : c ≤ b) : a ≤ c := by\n  apply Nat.le_trans\n  exact h1\n  exact h2")
    #expect(wrongSide.last?.status == .rejected)
    #expect(wrongSide.last?.diagnostics.first?.message.hasPrefix("type mismatch") == true)
    let wrongValue = CheckerTestSupport.verdicts(
      "theorem t (a b c : Nat) (h1 : a ≤ b) (h2 : b ≤ c) : a ≤ c := by\n  apply Nat.le_trans\n  case m => exact c\n"
        + "  · exact h1\n  · exact h2")
    #expect(wrongValue.last?.status == .rejected)
    #expect(
      CheckerTestSupport.status("theorem t (a c : Nat) : a ≤ c := by\n  apply Nat.le_trans\n  all_goals omega")
        == .rejected)
  }

  /// Lean instantiates assigned metavariables in hypotheses too (`h : ¬a ≤ ?m` shows as
  /// `h : ¬a ≤ b` once `case m => exact b` ran), and the proof through them still checks.
  @Test func hypothesesShowAssignedMetavariables() {
    let prefix =
      "import Mathlib\n\ntheorem t (a b c : ℕ) (h₁ : a ≤ b) (h₂ : b ≤ c) : a ≤ c := by\n"
      + "  apply Nat.le_trans\n  by_contra h\n"
    let open = CheckerTestSupport.verdicts(prefix + "  case m => exact b").last
    #expect(
      open?.diagnostics.first?.message
        == "unsolved goals\ncase a\na b c : ℕ\nh₁ : a ≤ b\nh₂ : b ≤ c\nh : ¬a ≤ b\n⊢ False\n\n"
        + "case a\na b c : ℕ\nh₁ : a ≤ b\nh₂ : b ≤ c\n⊢ b ≤ c")
    #expect(CheckerTestSupport.status(prefix + "  case m => exact b\n  · exact h h₁\n  · exact h₂") == .accepted)
    #expect(CheckerTestSupport.status(prefix + "  case m => exact c\n  · exact h h₁\n  · exact h₂") == .rejected)
  }
}
