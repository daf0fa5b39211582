import Kernel
import LeanSyntax
import ProverCore
import Testing

@testable import NativeChecker

@Suite struct TacticTests {
  func accepted(_ text: String) -> Bool {
    CheckerTestSupport.status(text) == .accepted
  }

  @Test func inductionAndRewriting() {
    #expect(
      accepted(
        """
        theorem zero_add' (n : Nat) : 0 + n = n := by
          induction n with
          | zero => rfl
          | succ k ih => rw [← Nat.add_assoc, ih]
        """))
  }

  /// `apply f a b` leaves as many goals as the layers the given arguments do not fill: none, one,
  /// or two; a wrong conclusion still fails.
  @Test func applyFillsTheLayersItsArgumentsLeave() {
    for script in [
      "apply Nat.le_trans h1 h2", "apply Nat.le_trans h1\n  exact h2", "apply Nat.le_trans\n  exact h1\n  exact h2",
      "apply h3 h1 h2", "apply h3\n  exact h1\n  exact h2",
    ] {
      let text = """
        theorem t (a b c : Nat) (h1 : a ≤ b) (h2 : b ≤ c) (h3 : a ≤ b → b ≤ c → a ≤ c) : a ≤ c := by
          \(script)
        """
      #expect(accepted(text), "\(script)")
    }
    #expect(!accepted("theorem t (a b c : Nat) (h1 : a ≤ b) (h2 : b ≤ c) : c ≤ a := by\n  apply Nat.le_trans h1 h2\n"))
  }

  @Test func logicalTactics() {
    #expect(
      accepted(
        """
        theorem t (p q : Prop) (hp : p) (hq : q) : (p ∧ q) ∧ (q ∨ p) := by
          constructor
          · exact ⟨hp, hq⟩
          · left; assumption
        """))
    #expect(
      accepted(
        """
        theorem t (p q : Prop) (h : p ∨ q) : q ∨ p := by
          rcases h with hp | hq
          · exact Or.inr hp
          · exact Or.inl hq
        """))
  }

  @Test func existentialsAndCases() {
    ArithmeticOracles.registerStandard()
    #expect(
      accepted(
        """
        theorem t (n : Nat) (h : ∃ k, n = 2 * k) : ∃ m, n + n = 4 * m := by
          obtain ⟨k, hk⟩ := h
          exists k
          rw [hk]
          omega
        """))
    #expect(
      accepted(
        """
        theorem t : ∃ m : Nat, m + 2 = 5 := by
          exists 3
        """))
  }

  @Test func falseProofsAreRefused() {
    #expect(!accepted("theorem t (n : Nat) : n + 1 = n := by\n  rfl\n"))
    #expect(!accepted("theorem t (p q : Prop) (hp : p) : q := by\n  exact hp\n"))
    #expect(!accepted("theorem t (a b : Nat) : a - b + b = a := by\n  rw [Nat.sub_add_cancel]\n"))
    #expect(!accepted("theorem t (n : Nat) : n < n := by\n  exact Nat.lt_irrefl n\n"))
  }

  @Test func unsolvedGoalsAreReportedAsLeanDoes() {
    let verdicts = CheckerTestSupport.verdicts(
      "theorem t (p q : Prop) (hp : p) : p ∧ q := by\n  constructor\n  exact hp\n")
    let message = verdicts.first?.diagnostics.first?.message ?? ""
    #expect(message.hasPrefix("unsolved goals\ncase right\np q : Prop\nhp : p\n⊢ q"))
  }

  @Test func mathlibTacticsNeedMathlib() {
    let verdicts = CheckerTestSupport.verdicts("theorem t (a b : Nat) : a + b = b + a := by\n  ring\n")
    #expect(verdicts.first?.status == .rejected)
    #expect(verdicts.first?.diagnostics.first?.message.hasPrefix("unknown tactic") == true)
  }

  @Test func laterDeclarationsUseEarlierTheorems() {
    let verdicts = CheckerTestSupport.verdicts(
      """
      theorem my_add_zero (a : Nat) : a + 0 = a := Nat.add_zero a
      theorem uses (b : Nat) : b + 0 + 0 = b := by
        rw [my_add_zero, my_add_zero]
      """)
    #expect(verdicts.map(\.status) == [.accepted, .accepted])
  }

  @Test func sorryIsNeverAccepted() {
    #expect(CheckerTestSupport.status("theorem t (n : Nat) : n = n := by\n  sorry\n") == .sorry)
  }
}
