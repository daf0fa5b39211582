import DecisionProcedures
import Kernel
import Testing

/// Goals that Lean's omega is documented to fail on must fail here too: it never proves an `∃`
/// goal, never instantiates a `∀` hypothesis, treats `x * y` and division by a variable as atoms,
/// and has no dark shadow. Each true statement is checked by brute force first, so the failure is
/// incompleteness and not a false goal.
@Suite struct OmegaFidelityTests {
  @Test func existentialGoalsAreNotProved() throws {
    #expect(try !OmegaTestSupport.proves("", [], "∃ x : Nat, x > 3"))
    #expect(try !OmegaTestSupport.proves("x : Nat", ["x = 1"], "∃ y : Nat, y = x + 1"))
    #expect(try !OmegaTestSupport.proves("x : Int", [], "∃ y : Int, y + y = 2 * x"))
  }

  @Test func existentialHypothesesGiveWitnesses() throws {
    #expect(try OmegaTestSupport.proves("x : Nat", ["∃ y : Nat, x = 2 * y"], "x % 2 = 0"))
    #expect(try OmegaTestSupport.proves("", ["∃ y z : Int, y < z ∧ z < y"], "False"))
  }

  @Test func universalHypothesesAreNotInstantiated() throws {
    #expect(try !OmegaTestSupport.proves("", ["∀ n : Nat, n ≤ 3"], "False"))
    #expect(try !OmegaTestSupport.proves("f : Nat → Nat", ["∀ n : Nat, f n > n"], "f 2 > 2"))
    #expect(try OmegaTestSupport.proves("x : Nat", ["∀ n : Nat, n ≤ 3", "x < 2"], "x < 5"))
  }

  @Test func universalGoalsAreIntroduced() throws {
    #expect(try OmegaTestSupport.proves("", [], "∀ x : Nat, x + 1 > x"))
    #expect(try OmegaTestSupport.proves("", [], "∀ x y : Int, x < y → x + 1 ≤ y"))
    #expect(try !OmegaTestSupport.proves("", [], "∀ x : Int, x + 1 > 2 * x"))
  }

  @Test func nonlinearProductsAreAtoms() throws {
    #expect(try !OmegaTestSupport.proves("x y : Int", ["0 ≤ x", "0 ≤ y"], "0 ≤ x * y"))
    #expect(try !OmegaTestSupport.proves("x y : Int", [], "x * y = y * x"))
    #expect(try !OmegaTestSupport.proves("x : Nat", ["x * x = 4"], "x = 2"))
    #expect(try OmegaTestSupport.proves("x y : Int", ["x * y = 3"], "x * y + 1 = 4"))
  }

  @Test func nonLiteralDivisorsAreAtoms() throws {
    #expect(try !OmegaTestSupport.proves("x y : Nat", ["0 < y"], "x / y ≤ x"))
    #expect(try !OmegaTestSupport.proves("x y : Nat", ["0 < y"], "x % y < y"))
    #expect(try !OmegaTestSupport.proves("k x : Nat", ["k ∣ x"], "k ∣ 2 * x"))
    #expect(try OmegaTestSupport.proves("x y : Nat", [], "0 ≤ x % y"))
    // Lean's `analyzeAtom` gives no fact at all for `↑x % ↑(y ^ e)` with a variable base.
    #expect(try !OmegaTestSupport.proves("x y e : Nat", [], "(x : Int) % ((y ^ e : Nat) : Int) ≥ 0"))
    #expect(try OmegaTestSupport.proves("x e : Nat", [], "x % 2 ^ e < 2 ^ e"))
  }

  @Test func theDarkShadowIsNotComputed() throws {
    // Pugh's example: a real solution exists, no integer one does.
    let hypotheses = ["27 ≤ 11 * x + 13 * y", "11 * x + 13 * y ≤ 45", "-10 ≤ 7 * x - 9 * y", "7 * x - 9 * y ≤ 4"]
    var integerSolutions = 0
    for x in -20...20 {
      for y in -20...20 {
        let a = 11 * x + 13 * y
        let b = 7 * x - 9 * y
        if 27 <= a && a <= 45 && -10 <= b && b <= 4 { integerSolutions += 1 }
      }
    }
    #expect(integerSolutions == 0)
    #expect(try !OmegaTestSupport.proves("x y : Int", hypotheses, "False"))
  }

  @Test func groundPowersOfLiteralBasesUnfoldOneStep() throws {
    // Lean rewrites `b ^ (k + 1)` to `b ^ k * b` for a ground base, so this is in reach.
    #expect(try OmegaTestSupport.proves("n : Nat", [], "2 ∣ 4 ^ (n + 1)"))
    #expect(try !OmegaTestSupport.proves("n : Nat", [], "2 ∣ 4 ^ n + 2"))
    #expect(try !OmegaTestSupport.proves("x : Nat", [], "x ^ 2 ≥ 0 → x ^ 2 + 1 > x"))
  }

  @Test func castPowersOfLiteralBasesHaveNoSignFact() throws {
    // Lean rewrites `↑(2 ^ n)` to `↑2 ^ n` (`Int.ofNat_pow`), an atom that is not a cast, so
    // `analyzeAtom` gives it no `0 ≤` fact: `0 ≤ 2 ^ n` fails in Lean (lean4 issue #9206), while
    // `↑(m ^ n)` with a variable base stays a cast atom and is nonnegative.
    #expect(try !OmegaTestSupport.proves("n : Nat", [], "0 ≤ 2 ^ n"))
    #expect(try !OmegaTestSupport.proves("n : Nat", [], "((2 ^ n : Nat) : Int) ≥ 0"))
    #expect(try OmegaTestSupport.proves("m n : Nat", [], "0 ≤ m ^ n"))
    #expect(try OmegaTestSupport.proves("m n : Nat", [], "((m ^ n : Nat) : Int) ≥ 0"))
    #expect(try OmegaTestSupport.proves("n : Nat", ["0 < 2 ^ n"], "((2 ^ n : Nat) : Int) ≥ 1"))
  }
}
