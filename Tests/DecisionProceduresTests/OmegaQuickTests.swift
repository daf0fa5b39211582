import DecisionProcedures
import Kernel
import Testing

@Suite struct OmegaQuickTests {
  @Test func basics() throws {
    #expect(try OmegaTestSupport.proves("x y : Nat", ["x + y > 10", "x < 5", "y < 5"], "False"))
    #expect(try !OmegaTestSupport.proves("x y : Int", ["6 * x + 7 * y = 5"], "False"))
    #expect(try OmegaTestSupport.proves("x y : Nat", ["6 * x + 7 * y = 5"], "False"))
    #expect(try OmegaTestSupport.proves("x : Nat", [], "x / 0 = 0"))
    #expect(try OmegaTestSupport.proves("n : Nat", [], "2 ∣ 4 ^ (n + 1)"))
  }
}
