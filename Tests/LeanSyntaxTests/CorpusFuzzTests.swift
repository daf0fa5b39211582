import Foundation
import LeanSyntax
import ProverCore
import TestSupport
import Testing

/// Random mutations of corpus declarations run through the whole pipeline (lexer, file splitter,
/// fragment parser): each gives declarations or located diagnostics, never a crash or a hang.
@Suite struct CorpusFuzzTests {
  static func declarationTexts() throws -> [String] {
    try CorpusRoundTripTests.corpusFiles().flatMap { path in
      let file = try SourceFile.read(path: path)
      return file.declarations.map { file.text(of: $0.range) }
    }
  }

  @Test(.timeLimit(.minutes(2))) func tenThousandMutatedCorpusDeclarations() throws {
    let texts = try Self.declarationTexts()
    try #require(texts.count > 500)
    var generator = SeededGenerator(seed: 0xC0_FFEE)
    var parsed = 0
    var diagnosed = 0
    for _ in 0..<10_000 {
      let original = texts.randomElement(using: &generator) ?? ""
      let mutated = ParserFuzzTests.mutate(original, using: &generator)
      let file = SourceFile(text: mutated, path: "Fuzz.lean")
      diagnosed += file.diagnostics.isEmpty ? 0 : 1
      for declaration in file.declarations {
        let parse = file.parseBody(of: declaration)
        if parse.proof != nil { parsed += 1 }
        for diagnostic in parse.diagnostics + file.diagnostics {
          #expect(diagnostic.location.file == "Fuzz.lean")
          #expect(diagnostic.location.range.start.line >= 1)
          #expect(diagnostic.location.range.end.offset <= mutated.utf8.count)
        }
      }
    }
    print("CorpusFuzzTests: 10000 mutations, \(parsed) declarations still parse, \(diagnosed) files with split errors")
  }
}
