import Foundation
import LeanSyntax
import SoundnessSupport
import Testing
import TestSupport

@testable import NativeChecker

/// Certified false variants of the corpus theorems (each with a brute-force counterexample) are
/// never accepted, neither with the original proof nor with generic tactic scripts.
@Suite struct SoundnessTests {
  static let heavy = ProcessInfo.processInfo.environment["PROVER_HEAVY_TESTS"] == "1"

  static let scripts = [
    "rfl", "assumption", "trivial", "constructor <;> assumption", "intro h\n  exact h", "simp",
    "exact rfl", "contradiction", "rw [Nat.add_comm]", "simp_all", "decide", "omega",
  ]

  static func variants(_ folder: String) -> [FalseVariant] {
    CheckerTestSupport.files(folder).flatMap { path -> [FalseVariant] in
      guard let file = try? SourceFile.read(path: path) else { return [] }
      return FalseVariantGenerator().variants(of: file)
    }
  }

  /// The variant's declaration alone, with the file before it.
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

  @Test(arguments: ["peano", "nat", "int", "logic", "exercises/solutions"])
  func falseVariantsAreRefused(_ folder: String) {
    var generator = SeededGenerator(seed: 0x5EED)
    var all = Self.variants(folder)
    #expect(!all.isEmpty)
    if !Self.heavy { all = Array(all.shuffled(using: &generator).prefix(12)) }
    for variant in all {
      #expect(status(variant, proof: nil) != .accepted, "accepted with its proof: \(variant)")
      let scripts = Self.heavy ? Self.scripts : [Self.scripts.randomElement(using: &generator)!]
      for script in scripts {
        #expect(status(variant, proof: script) != .accepted, "accepted by \(script): \(variant)")
      }
    }
  }
}
