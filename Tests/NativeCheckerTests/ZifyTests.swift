import Testing

@testable import NativeChecker

/// `zify` as Mathlib's `simp -decide only [zify_simps, push_cast, args]` (`Mathlib/Tactic/Zify.lean`):
/// its docstring gives `h : ¬x * y * z < 0` becoming `h : ¬↑x * ↑y * ↑z < 0`, `c < a + 3 * b`
/// becoming `↑c < ↑a + 3 * ↑b`, and `zify [hab] at h` with `hab : b ≤ a` turning `a - b < c`
/// into `↑a - ↑b < ↑c`.
@Suite struct ZifyTests {
  typealias Support = MathlibTacticTestSupport

  @Test func corpusProofsAreAccepted() {
    #expect(Support.accepted("(a b c : ℕ) (h : a + b ≤ c) : (a : ℤ) ≤ c - b", ["zify at h", "linarith"]))
    #expect(
      Support.accepted("(m n : ℕ) (h : n ≤ m) (h2 : m - n = 5) : (m : ℤ) = n + 5", ["zify [h] at h2", "linarith"]))
  }

  @Test func resultsPrintAsTheDocstringShows() {
    #expect(
      Support.goals("(x y z : ℕ) (h : ¬x * y * z < 0) : False", ["zify at h"])
        == "x y z : ℕ\nh : ¬↑x * ↑y * ↑z < 0\n⊢ False")
    #expect(Support.goals("(a b c : ℕ) : c < a + 3 * b", ["zify"]) == "a b c : ℕ\n⊢ ↑c < ↑a + 3 * ↑b")
    #expect(
      Support.goals("(a b c : ℕ) (h : a - b < c) (hab : b ≤ a) : False", ["zify [hab] at h"])
        == "a b c : ℕ\nhab : b ≤ a\nh : ↑a - ↑b < ↑c\n⊢ False")
    #expect(
      Support.goals("(x y : ℕ) (h : x ^ 2 ≠ y) (h2 : x ≥ y) : x ∣ y", ["zify at h h2 ⊢"])
        == "x y : ℕ\nh : ↑x ^ 2 ≠ ↑y\nh2 : ↑y ≤ ↑x\n⊢ ↑x ∣ ↑y")
  }

  @Test func subtractionNeedsItsSideCondition() {
    let verdict = Support.verdict("(m n : ℕ) (h2 : m - n = 5) : False", ["zify at h2"])
    #expect(verdict?.status == .unsupported)
    #expect(
      Support.goals("(m n : ℕ) (h : n < m) (h2 : m - n = 5) : False", ["zify at h2"])
        == "m n : ℕ\nh : n < m\nh2 : ↑m - ↑n = 5\n⊢ False")
  }

  @Test func noProgressIsSimpsError() {
    #expect(Support.message("(x : ℤ) (h : x = 2) : True", ["zify at h"]) == "simp made no progress")
  }

  @Test func falseConsequencesAreRefused() {
    #expect(!Support.accepted("(m n : ℕ) (h2 : m - n = 5) : (m : ℤ) = n + 5", ["zify at h2", "linarith"]))
    #expect(!Support.accepted("(a b c : ℕ) (h : a + b ≤ c) : (a : ℤ) < c - b", ["zify at h", "linarith"]))
  }

  @Test func coreFilesDoNotHaveZify() {
    let message = Support.message("(a : Nat) (h : a ≤ 2) : a ≤ 3", ["zify at h", "omega"], mathlib: false)
    #expect(message?.hasPrefix("unknown tactic") == true)
  }
}
