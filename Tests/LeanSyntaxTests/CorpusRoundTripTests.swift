import Foundation
import LeanSyntax
import ProverCore
import TestSupport
import Testing

/// Every declaration of every corpus file parses with the fragment parser, and printing the parse
/// and parsing it again gives the same tree.
@Suite struct CorpusRoundTripTests {
  static let corpusRoot = SharedData.packageRoot + "/corpora"

  static func corpusFiles() -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: corpusRoot)
    let paths = (enumerator?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".lean") }.sorted()
    return paths.map { corpusRoot + "/" + $0 }
  }

  @Test func corpusFilesAreThere() {
    #expect(Self.corpusFiles().count >= 20)
  }

  @Test(arguments: corpusFiles())
  func everyDeclarationParsesAndRoundTrips(path: String) throws {
    let file = try SourceFile.read(path: path)
    #expect(file.diagnostics.isEmpty, "\(file.diagnostics.map(\.description))")
    #expect(!file.declarations.isEmpty)
    for declaration in file.declarations {
      let parse = file.parseBody(of: declaration)
      let signature = try #require(
        parse.signature, "\(declaration.label): \(parse.diagnostics.map(\.description))")
      let proof = try #require(parse.proof, "\(declaration.label): \(parse.diagnostics.map(\.description))")
      let printed = Printer.printDeclarationBody(signature, proof)
      let reparsed = Parser.parseDeclarationBody(printed, file: "<printed>")
      #expect(
        reparsed.signature == signature && reparsed.proof == proof,
        "\(declaration.label) does not round-trip; printed:\n\(printed)\n\(reparsed.diagnostics)")
    }
  }

  @Test func holesInExercisesMatchTheirSolutions() throws {
    let exercises = Self.corpusRoot + "/exercises"
    let names = try FileManager.default.contentsOfDirectory(atPath: exercises).filter { $0.hasSuffix(".lean") }
    #expect(names.count >= 4)
    var total = 0
    for name in names {
      let exercise = try SourceFile.read(path: exercises + "/" + name)
      let solution = try SourceFile.read(path: exercises + "/solutions/" + name)
      #expect(exercise.declarations.map(\.fullName) == solution.declarations.map(\.fullName))
      #expect(solution.holes.isEmpty, "\(name) solutions still contain sorry")
      total += exercise.declarations.count
      for index in exercise.declarations.indices {
        #expect(!exercise.holes(inDeclaration: index).isEmpty, "\(exercise.declarations[index].label) has no hole")
      }
    }
    #expect(total >= 60)
  }
}
