import Testing

@testable import NativeChecker

/// `ring` and `ring_nf` on powers whose exponents are not numerals, checked from Lean source under
/// `import Mathlib`: Mathlib's `ring` splits `x ^ (a + b)` and pulls numeral factors out of
/// exponents (`Mathlib/Tactic/Ring/Basic.lean`), and stops where Mathlib's does.
@Suite struct RingExponentProofTests {
  typealias Support = MathlibTacticTestSupport

  @Test func ringProvesExponentIdentities() {
    #expect(Support.accepted("(k : ℕ) : 2 ^ (2 * (k + 1) + 1) = 2 ^ (2 * k + 1) * 4", ["ring"]))
    #expect(Support.accepted("(k : ℕ) : (2 : ℤ) ^ (2 * (k + 1) + 1) = 2 ^ (2 * k + 1) * 4", ["ring"]))
    #expect(Support.accepted("(x : ℤ) (n : ℕ) : x ^ (2 * n) = (x ^ n) ^ 2", ["ring"]))
    #expect(Support.accepted("(a b n : ℕ) : (a + b) ^ (n + 1) = (a + b) ^ n * a + (a + b) ^ n * b", ["ring"]))
  }

  @Test func ringRefusesFalseAndOutOfReachVariants() {
    #expect(!Support.accepted("(k : ℕ) : 2 ^ (2 * (k + 1) + 1) = 2 ^ (2 * k + 1) * 2", ["ring"]))
    #expect(!Support.accepted("(n : ℕ) : 2 ^ (n + 1) = 2 ^ n + 2", ["ring"]))
    #expect(!Support.accepted("(a n k : ℕ) : a ^ (n * k) = a ^ n * a ^ k", ["ring"]))
    // True, but Mathlib's `ring` keeps `2 ^ n` and `4 ^ n` apart (its documented limitation).
    #expect(!Support.accepted("(n : ℕ) : 2 ^ n * 2 ^ n = 4 ^ n", ["ring"]))
  }

  @Test func goalRingNFClosesExponentIdentities() {
    #expect(Support.accepted("(a n : ℕ) : a ^ (n + 1) = a * a ^ n", ["ring_nf"]))
    #expect(!Support.accepted("(a n : ℕ) : a ^ (n + 1) = a + a ^ n", ["ring_nf"]))
  }

  @Test func ringNFAtASymbolicPowerIsOutsideTheFragment() {
    let verdict = Support.verdict("(a n : ℕ) (h : a ^ (n + 1) = 3) : True", ["ring_nf at h", "trivial"])
    #expect(verdict?.status == .unsupported)
  }
}
