import Foundation
import LeanSyntax
import SoundnessSupport
import TestSupport
import Testing

/// The false-variant generator that the soundness suites of the checker and the search use: true
/// corpus theorems never get a counterexample, every trap does, and most theorems get variants.
@Suite struct FalseVariantTests {
  static let generator = FalseVariantGenerator()

  static func files(under folder: String) throws -> [SourceFile] {
    try CorpusRoundTripTests.corpusFiles().filter { $0.contains("/corpora/\(folder)/") }.map {
      try SourceFile.read(path: $0)
    }
  }

  @Test func trueCorpusTheoremsHaveNoCounterexample() throws {
    var checked = 0
    for folder in ["peano", "nat", "int", "logic", "exercises/solutions", "mathlib-like"] {
      for file in try Self.files(under: folder) {
        for declaration in file.declarations {
          guard let signature = file.parseBody(of: declaration).signature else { continue }
          let counterexample = Self.generator.counterexample(to: signature)
          #expect(counterexample == nil, "\(declaration.label) is refuted at \(counterexample ?? [:])")
          checked += 1
        }
      }
    }
    #expect(checked > 550)
  }

  @Test func everyTrapHasACounterexample() throws {
    let traps = try Self.files(under: "traps")
    let file = try #require(traps.first)
    var refuted = 0
    for declaration in file.declarations {
      let signature = try #require(file.parseBody(of: declaration).signature)
      if Self.generator.counterexample(to: signature) != nil { refuted += 1 }
    }
    print("FalseVariantTests: \(refuted) of \(file.declarations.count) traps refuted by the evaluator")
    #expect(refuted >= file.declarations.count - 7)
  }

  @Test func corpusTheoremsGetCertifiedFalseVariants() throws {
    var theorems = 0
    var withFive = 0
    var total = 0
    var byKind: [String: Int] = [:]
    for folder in ["peano", "nat", "int", "logic", "exercises/solutions"] {
      for file in try Self.files(under: folder) {
        for index in file.declarations.indices {
          let variants = Self.generator.variants(of: file, declaration: index)
          theorems += 1
          total += variants.count
          if variants.count >= 5 { withFive += 1 }
          for variant in variants {
            byKind[variant.mutation.split(separator: " ").first.map(String.init) ?? "", default: 0] += 1
            let reparsed = SourceFile(text: variant.fileText, path: "variant.lean")
            #expect(reparsed.declarations.count == file.declarations.count)
          }
        }
      }
    }
    print("FalseVariantTests: \(total) variants for \(theorems) theorems; \(withFive) theorems have at least 5")
    #expect(total >= 4 * theorems)
  }
}
