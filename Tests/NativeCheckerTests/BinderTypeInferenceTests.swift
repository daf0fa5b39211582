import Testing

@testable import NativeChecker

/// An untyped bound variable gets the type Lean's unifier gives it; reading `∃ k, k = x` with
/// `x : ℤ` as `∃ k : ℕ, ↑k = x` would make a false statement provable.
@Suite struct BinderTypeInferenceTests {
  @Test func untypedBinderUnifiesWithInt() {
    let falseInLean = """
      theorem t (x : Int) (h : x < 0) : ¬∃ k, k = x := by
        intro ⟨k, hk⟩
        omega
      """
    #expect(CheckerTestSupport.status(falseInLean) != .accepted)
    let trueInLean = """
      theorem t (x : Int) : ∃ k, k = x := by
        exact ⟨x, rfl⟩
      """
    #expect(CheckerTestSupport.status(trueInLean) == .accepted)
  }

  @Test func numeralsAndNatOperationsKeepNat() {
    let natWitness = """
      theorem t : ∃ k, k + 1 = 5 := by
        exact ⟨4, rfl⟩
      """
    #expect(CheckerTestSupport.status(natWitness) == .accepted)
    let negativeWitness = """
      theorem t : ∃ k, k + 5 = 1 := by
        exact ⟨-4, rfl⟩
      """
    #expect(CheckerTestSupport.status(negativeWitness) != .accepted)
  }
}
