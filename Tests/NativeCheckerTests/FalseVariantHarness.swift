import Foundation
import LeanSyntax
import SoundnessSupport
import TestSupport
import Testing

@testable import NativeChecker

/// The shared harness of the soundness suites: certified false variants of corpus theorems (each
/// with a brute-force counterexample), checked with their original proof and with generic tactic
/// scripts, none of which may be accepted. Default runs sample the variants and draw one script
/// each; `PROVER_HEAVY_TESTS=1` runs every variant with every script.
enum FalseVariantHarness {
  static let heavy = ProcessInfo.processInfo.environment["PROVER_HEAVY_TESTS"] == "1"

  /// The false variants of the theorems of one corpus file.
  static func variants(ofFile path: String) -> [FalseVariant] {
    guard let file = try? SourceFile.read(path: path) else { return [] }
    return FalseVariantGenerator().variants(of: file)
  }

  /// The variant's declaration checked after the file before it, its proof replaced by
  /// `by <replacement>` when one is given.
  static func status(_ variant: FalseVariant, proof replacement: String?) -> DeclarationVerdict.Status? {
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

  /// Expects no variant accepted, with its proof or by any of `scripts`: a seeded sample of
  /// `sample` variants with one random script each, or everything in a heavy run.
  static func expectRefused(_ variants: [FalseVariant], scripts: [String], sample: Int, seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let chosen = heavy ? variants : Array(variants.shuffled(using: &generator).prefix(sample))
    for variant in chosen {
      #expect(status(variant, proof: nil) != .accepted, "accepted with its proof: \(variant)")
      let tried = heavy ? scripts : [scripts.randomElement(using: &generator)!]
      for script in tried {
        #expect(status(variant, proof: script) != .accepted, "accepted by \(script): \(variant)")
      }
    }
  }
}
