import SoundnessSupport
import Testing

/// Certified false variants of the Mathlib corpus theorems about `Even`, `Odd`, `Nat.Prime` and
/// `Nat.factorial` (each with a brute-force counterexample) are never accepted, neither with the
/// original proof nor with the finishing tactics that know these definitions.
@Suite struct MathlibSoundnessTests {
  static let scripts = ["decide", "norm_num", "omega", "simp", "rfl", "positivity", "exact?", "trivial"]

  static let variants: [FalseVariant] = FalseVariantHarness.variants(
    ofFile: CheckerTestSupport.corpus + "/mathlib-like/NumberTheory.lean"
  ).filter { variant in
    ["Even", "Odd", "Prime", "factorial"].contains { variant.statement.contains($0) }
  }

  @Test func thereAreVariantsOfTheParityPrimeAndFactorialTheorems() {
    #expect(Self.variants.count >= 8, "\(Self.variants.map(\.statement))")
  }

  @Test func falseVariantsAreRefused() {
    FalseVariantHarness.expectRefused(Self.variants, scripts: Self.scripts, sample: 8, seed: 0xA7_5EED)
  }
}
