import Testing

@testable import NativeChecker

/// Mathlib's generic lemmas are reached through Lean core's ℕ/ℤ instances with the same statement;
/// a use at a type the prelude lacks is unsupported, never accepted or wrongly rejected.
@Suite struct MathlibGenericLemmaTests {
  @Test func instancesProveWhatMathlibsLemmasProve() {
    let proofs = [
      "import Mathlib\ntheorem t (a b : ℤ) : 0 ≤ (a - b) ^ 2 := sq_nonneg (a - b)",
      "import Mathlib\ntheorem t (a b : ℕ) (ha : 0 < a) (hb : 0 < b) : 0 < a * b := mul_pos ha hb",
      "import Mathlib\ntheorem t (a b : ℤ) (ha : 0 < a) (hb : 0 < b) : 0 < a * b := mul_pos ha hb",
      "import Mathlib\ntheorem t (x : ℤ) (h : x * x = 4) (hx : 0 < x) : x = 2 := by\n  nlinarith [sq_nonneg (x - 2)]",
    ]
    for proof in proofs { #expect(CheckerTestSupport.status(proof) == .accepted, "\(proof)") }
  }

  @Test func wrongUsesAreNotAccepted() {
    #expect(CheckerTestSupport.status("import Mathlib\ntheorem t (a : ℤ) : 0 < a ^ 2 := sq_nonneg a") != .accepted)
    #expect(CheckerTestSupport.status("import Mathlib\ntheorem t (a : ℕ) : 0 ≤ a ^ 2 := sq_nonneg a") == .unsupported)
    #expect(CheckerTestSupport.status("theorem t (a : Int) : 0 ≤ a ^ 2 := sq_nonneg a") == .rejected)
  }
}
