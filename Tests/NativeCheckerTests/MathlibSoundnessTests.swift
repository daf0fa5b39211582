import Foundation
import LeanSyntax
import SoundnessSupport
import TestSupport
import Testing

@testable import NativeChecker

/// Certified false variants of the Mathlib corpus theorems about `Even`, `Odd`, `Nat.Prime` and
/// `Nat.factorial` (each with a brute-force counterexample) are never accepted, neither with the
/// original proof nor with the finishing tactics that know these definitions.
@Suite struct MathlibSoundnessTests {
  static let heavy = ProcessInfo.processInfo.environment["PROVER_HEAVY_TESTS"] == "1"

  static let scripts = ["decide", "norm_num", "omega", "simp", "rfl", "positivity", "exact?", "trivial"]

  static let variants: [FalseVariant] = {
    let path = CheckerTestSupport.corpus + "/mathlib-like/NumberTheory.lean"
    guard let file = try? SourceFile.read(path: path) else { return [] }
    return FalseVariantGenerator().variants(of: file).filter { variant in
      ["Even", "Odd", "Prime", "factorial"].contains { variant.statement.contains($0) }
    }
  }()

  func status(_ variant: FalseVariant, proof replacement: String?) -> DeclarationVerdict.Status? {
    var text = variant.fileText
    if let replacement {
      let file = SourceFile(text: text)
      let declaration = file.declarations[variant.declarationIndex]
      guard let value = declaration.valueRange else { return nil }
      let prefix = String(decoding: text.utf8.prefix(value.start.offset), as: UTF8.self)
      let suffix = String(decoding: text.utf8.dropFirst(value.end.offset), as: UTF8.self)
      text = prefix + "by\n  " + replacement + "\n" + suffix
    }
    let verdicts = FileChecker().check(SourceFile(text: text))
    return verdicts.count > variant.declarationIndex ? verdicts[variant.declarationIndex].status : nil
  }

  @Test func thereAreVariantsOfTheParityPrimeAndFactorialTheorems() {
    #expect(Self.variants.count >= 8, "\(Self.variants.map(\.statement))")
  }

  @Test func falseVariantsAreRefused() {
    var generator = SeededGenerator(seed: 0xA7_5EED)
    var all = Self.variants
    if !Self.heavy { all = Array(all.shuffled(using: &generator).prefix(8)) }
    for variant in all {
      #expect(status(variant, proof: nil) != .accepted, "accepted with its proof: \(variant)")
      let scripts = Self.heavy ? Self.scripts : [Self.scripts.randomElement(using: &generator)!]
      for script in scripts {
        #expect(status(variant, proof: script) != .accepted, "accepted by \(script): \(variant)")
      }
    }
  }
}
