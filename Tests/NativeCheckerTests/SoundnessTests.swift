import Testing

/// Certified false variants of the corpus theorems (each with a brute-force counterexample) are
/// never accepted, neither with the original proof nor with generic tactic scripts.
@Suite struct SoundnessTests {
  static let scripts = [
    "rfl", "assumption", "trivial", "constructor <;> assumption", "intro h\n  exact h", "simp",
    "exact rfl", "contradiction", "rw [Nat.add_comm]", "simp_all", "decide", "omega",
  ]

  @Test(arguments: ["peano", "nat", "int", "logic", "exercises/solutions"])
  func falseVariantsAreRefused(_ folder: String) {
    let variants = CheckerTestSupport.files(folder).flatMap(FalseVariantHarness.variants(ofFile:))
    #expect(!variants.isEmpty)
    FalseVariantHarness.expectRefused(variants, scripts: Self.scripts, sample: 12, seed: 0x5EED)
  }
}
