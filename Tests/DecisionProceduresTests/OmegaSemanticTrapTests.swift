import DecisionProcedures
import Kernel
import Testing

/// The semantic traps of FRAGMENT.md: truncated subtraction, division and remainder by zero,
/// Euclidean `Int` division, and `0 ∣ 0`. The false version of each is never proved; the true
/// version is proved where Lean's omega proves it.
@Suite struct OmegaSemanticTrapTests {
  struct Trap: Sendable, CustomTestStringConvertible {
    let declarations: String
    let truth: String
    let falsehood: String
    /// False where Lean's omega fails on the true version too.
    var leanProvesTruth = true
    var testDescription: String { "\(truth) / not \(falsehood)" }
  }

  static let traps: [Trap] = [
    Trap(declarations: "", truth: "(3 : Nat) - 5 = 0", falsehood: "(3 : Nat) - 5 + 5 = 3"),
    Trap(declarations: "x y : Nat", truth: "x < y → x - y = 0", falsehood: "x - y + y = x"),
    Trap(declarations: "x y : Nat", truth: "x - y + y = max x y", falsehood: "x - y + y = y"),
    Trap(declarations: "x : Nat", truth: "x / 0 = 0", falsehood: "x / 0 = x"),
    Trap(declarations: "x : Int", truth: "x / 0 = 0", falsehood: "x / 0 = x"),
    Trap(declarations: "x : Nat", truth: "x % 0 = x", falsehood: "x % 0 = 0"),
    Trap(declarations: "x : Int", truth: "x % 0 = x", falsehood: "x % 0 = 0"),
    Trap(declarations: "", truth: "(-7 : Int) / 2 = -4", falsehood: "(-7 : Int) / 2 = -3"),
    Trap(declarations: "", truth: "(-7 : Int) % 2 = 1", falsehood: "(-7 : Int) % 2 = -1"),
    Trap(declarations: "", truth: "(7 : Int) / -2 = -3", falsehood: "(7 : Int) / -2 = -4"),
    Trap(declarations: "x : Int", truth: "x / -1 = -x", falsehood: "x / -1 = x"),
    Trap(declarations: "x : Int", truth: "0 ≤ x % 3 ∧ x % 3 < 3", falsehood: "x < 0 → x % 3 < 0"),
    Trap(declarations: "", truth: "(0 : Nat) ∣ 0", falsehood: "(0 : Nat) ∣ 1"),
    // `¬ 0 ∣ 0` over Int becomes `0 = 0 ∨ 0 < 0 % 0` (`Int.emod_pos_of_not_dvd`), which Lean's
    // omega cannot refute, so it fails on this true goal, and so do we.
    Trap(declarations: "", truth: "(0 : Int) ∣ 0", falsehood: "(0 : Int) ∣ 1", leanProvesTruth: false),
    Trap(declarations: "x : Nat", truth: "0 ∣ x → x = 0", falsehood: "0 ∣ x"),
    Trap(declarations: "x : Int", truth: "x.natAbs = x.natAbs", falsehood: "x.natAbs = x"),
    Trap(declarations: "x : Int", truth: "x < 0 → x.toNat = 0", falsehood: "x.toNat = x.natAbs"),
  ]

  @Test(arguments: traps) func trueVersionProvedFalseVersionRefused(_ trap: Trap) throws {
    #expect(try OmegaTestSupport.proves(trap.declarations, [], trap.truth) == trap.leanProvesTruth)
    #expect(try !OmegaTestSupport.proves(trap.declarations, [], trap.falsehood))
  }
}
