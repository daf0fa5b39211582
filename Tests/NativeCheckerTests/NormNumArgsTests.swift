import Testing

@testable import NativeChecker

/// `norm_num [h]`: `simp` with the default set and the given facts, then numeral evaluation
/// (Mathlib's `norm_num` is `simp` with its extensions); only runs that close the goal are modelled.
@Suite struct NormNumArgsTests {
  typealias Support = MathlibTacticTestSupport

  @Test func corpusProofIsAccepted() {
    #expect(Support.accepted("(x : ℤ) (h : x = 3) : x ^ 2 + 1 = 10", ["norm_num [h]"]))
    #expect(Support.accepted("(a b : ℕ) (ha : a = 2) (hb : b = 5) : a * b + 1 = 11", ["norm_num [ha, hb]"]))
  }

  @Test func falseStatementsAreRefused() {
    #expect(!Support.accepted("(x : ℤ) (h : x = 3) : x ^ 2 + 1 = 11", ["norm_num [h]"]))
    #expect(!Support.accepted("(x : ℤ) (h : x = 3) : x ^ 2 + 1 = 10", ["norm_num"]))
    #expect(!Support.accepted("(x y : ℤ) (h : x = 3) : x + y = 3", ["norm_num [h]"]))
  }

  /// `norm_num at h` is modelled where `h` becomes `False` and closes the goal.
  @Test func aHypothesisRefutedByEvaluationClosesTheGoal() {
    #expect(Support.accepted("(h : (2 : ℕ) + 2 = 5) : False", ["norm_num at h"]))
    #expect(Support.accepted("(x : ℤ) (hx : x = 3) (h : x * 7 = 20) : x = 100", ["norm_num [hx] at h"]))
    #expect(!Support.accepted("(x : ℤ) (hx : x = 3) (h : x * 7 = 21) : x = 100", ["norm_num [hx] at h"]))
    #expect(Support.verdict("(h : (3 : ℤ) ^ 2 = 9) : False", ["norm_num at h"])?.status == .unsupported)
  }

  @Test func coreFilesDoNotHaveNormNum() {
    let message = Support.message("(x : Int) (h : x = 3) : x + 1 = 4", ["norm_num [h]"], mathlib: false)
    #expect(message?.hasPrefix("unknown tactic") == true)
  }
}
