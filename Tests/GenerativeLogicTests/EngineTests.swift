import Foundation
import Testing

@testable import GenerativeLogic

/// The definitions file the tests derive from, and derivations shared between tests.
enum Fixtures {
  static let peanoURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("corpora/gl/peano.def")

  static func peano() throws -> DefinitionFile {
    try GLEngine.parse(String(contentsOf: peanoURL, encoding: .utf8), file: "peano.def")
  }

  /// A small space (chains of at most three atoms) that derives in well under a second.
  static func smallConfiguration(workers: Int = 2) -> GLConfiguration {
    var configuration = GLConfiguration()
    configuration.conjecturer.maximumAtoms = 3
    configuration.prover.workers = workers
    return configuration
  }

  static func derivation(_ configuration: GLConfiguration) async throws -> Derivation {
    await GLEngine(configuration: configuration).derive(try peano())
  }
}

/// Computes the full default derivation once for all tests that need it.
actor DerivationCache {
  static let shared = DerivationCache()
  private var task: Task<Derivation, any Error>?

  func full() async throws -> Derivation {
    if let task { return try await task.value }
    let task = Task { try await Fixtures.derivation(GLConfiguration()) }
    self.task = task
    return try await task.value
  }
}

@Suite struct EngineTests {
  @Test func derivesTheAcceptanceLawsFromPeanoAlone() async throws {
    let derivation = try await DerivationCache.shared.full()
    let names = Set(derivation.theorems.map(\.name))
    for target in KnownLaws.targets { #expect(names.contains(target), "\(target) not proved") }
    for lemma in ["gl_zero_add", "gl_succ_add", "gl_zero_mul", "gl_succ_mul", "gl_add_left_comm"] {
      #expect(names.contains(lemma), "supporting lemma \(lemma) not proved")
    }
    #expect(derivation.essential.count > 0 && derivation.essential.count < derivation.theorems.count)
  }

  @Test func commutativityIsProvedByInductionWithItsLemmas() async throws {
    let derivation = try await DerivationCache.shared.full()
    let commutativity = try #require(derivation.theorems.first { $0.name == "gl_add_comm" })
    guard case .induction = commutativity.graph.method else {
      Issue.record("gl_add_comm should need induction")
      return
    }
    let cited = commutativity.graph.citedRules.filter { $0.kind == .theorem }.map(\.name)
    #expect(!cited.isEmpty, "commutativity needs lemmas about 0 and s")
    let earlier = Set(derivation.theorems.filter { $0.round < commutativity.round }.map(\.name))
    #expect(cited.allSatisfy(earlier.contains), "a theorem may only cite theorems of earlier rounds")
  }

  @Test func everyMirrorIsProvedFromItsTheorem() async throws {
    let derivation = try await DerivationCache.shared.full()
    #expect(!derivation.mirrors.isEmpty)
    for mirror in derivation.mirrors {
      let original = String(mirror.name.dropLast("_symm".count))
      #expect(mirror.graph.citedRules == [RuleReference(kind: .theorem, name: original)])
    }
  }

  @Test func theFullDerivationVerifiesWithZeroFailures() async throws {
    let derivation = try await DerivationCache.shared.full()
    let report = ProofVerifier.verify(
      file: derivation.file, storedAxioms: AxiomListing(derivation.axioms),
      theorems: derivation.allTheorems.map { ($0.name, $0.statement, $0.graph) })
    #expect(report.failures.isEmpty, "\(report.failures.prefix(3))")
    #expect(report.theoremsChecked == derivation.allTheorems.count)
  }

  @Test(.enabled(if: ProcessInfo.processInfo.environment["PROVER_HEAVY_TESTS"] == "1"))
  func theFullDerivationIsDeterministic() async throws {
    let first = try await DerivationCache.shared.full()
    var sequential = GLConfiguration()
    sequential.prover.workers = 1
    let second = try await Fixtures.derivation(sequential)
    #expect(DerivationWriter(derivation: first).render().lean == DerivationWriter(derivation: second).render().lean)
    #expect(
      DerivationWriter(derivation: first).render().listing == DerivationWriter(derivation: second).render().listing)
  }
}
