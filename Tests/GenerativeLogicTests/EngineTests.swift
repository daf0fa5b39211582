import Foundation
import Testing

@testable import GenerativeLogic

/// The definitions file the tests derive from.
enum Fixtures {
  static let peanoURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("corpora/gl/peano.def")

  static func peano() throws -> DefinitionFile {
    try GLEngine.parse(String(contentsOf: peanoURL, encoding: .utf8), file: "peano.def")
  }

  static func derivation(workers: Int = 2) async throws -> Derivation {
    var configuration = GLConfiguration()
    configuration.prover.workers = workers
    return await GLEngine(configuration: configuration).derive(try peano())
  }
}

@Suite struct EngineTests {
  @Test func derivesTheAcceptanceLawsFromPeanoAlone() async throws {
    let start = Date()
    let derivation = try await Fixtures.derivation()
    let names = Set(derivation.theorems.map(\.name))
    print("candidates \(derivation.candidates.count) stats \(derivation.statistics) theorems \(derivation.theorems.count) rounds \(derivation.rounds) essential \(derivation.essential.count) time \(Date().timeIntervalSince(start))")
    for theorem in derivation.theorems where !theorem.name.hasPrefix("gl_t") { print(theorem.round, theorem.name, theorem.statement) }
    for target in KnownLaws.targets { #expect(names.contains(target), "\(target) not proved") }
  }
}
