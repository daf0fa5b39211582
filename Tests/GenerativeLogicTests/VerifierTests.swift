import Foundation
import Testing

@testable import GenerativeLogic

@Suite struct VerifierTests {
  func writeSmallDerivation() async throws -> URL {
    let derivation = try await Fixtures.derivation(Fixtures.smallConfiguration())
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gl-verify-\(UUID().uuidString)")
    try DerivationWriter(derivation: derivation).write(to: directory)
    return directory
  }

  @Test func aWrittenDerivationVerifies() async throws {
    let directory = try await writeSmallDerivation()
    defer { try? FileManager.default.removeItem(at: directory) }
    let report = try ProofVerifier.verify(directory: directory)
    #expect(report.failures.isEmpty, "\(report.failures.prefix(3))")
    #expect(report.stepsChecked > 0)
  }

  /// Rewrites one graph file through a closure on its decoded graph.
  func corrupt(_ directory: URL, theorem: String, _ change: (inout ProofGraph) -> Void) throws {
    let url = directory.appendingPathComponent("graphs/\(theorem).json")
    var graph = try JSONDecoder().decode(ProofGraph.self, from: Data(contentsOf: url))
    change(&graph)
    try DerivationWriter.encoder().encode(graph).write(to: url)
  }

  @Test func aCorruptedClaimIsCaught() async throws {
    let directory = try await writeSmallDerivation()
    defer { try? FileManager.default.removeItem(at: directory) }
    try corrupt(directory, theorem: "gl_zero_add") { graph in
      let index = graph.nodes.firstIndex { $0.inference == .rewrite }!
      graph.nodes[index].claim.rhs = .add(graph.nodes[index].claim.rhs, .zero)
    }
    let report = try ProofVerifier.verify(directory: directory)
    #expect(report.failures.contains { $0.theorem == "gl_zero_add" && $0.node != nil })
  }

  @Test func aWrongRuleInstanceIsCaught() async throws {
    let directory = try await writeSmallDerivation()
    defer { try? FileManager.default.removeItem(at: directory) }
    try corrupt(directory, theorem: "gl_zero_mul") { graph in
      let index = graph.nodes.firstIndex { $0.substitution?.isEmpty == false }!
      let key = graph.nodes[index].substitution!.keys.sorted()[0]
      graph.nodes[index].substitution![key] = .succ(graph.nodes[index].substitution![key]!)
    }
    let report = try ProofVerifier.verify(directory: directory)
    #expect(report.failures.contains { $0.theorem == "gl_zero_mul" })
  }

  @Test func citingALaterTheoremIsCaught() async throws {
    let directory = try await writeSmallDerivation()
    defer { try? FileManager.default.removeItem(at: directory) }
    try corrupt(directory, theorem: "gl_zero_add") { graph in
      let index = graph.nodes.firstIndex { $0.rule?.kind == .inductionHypothesis }!
      graph.nodes[index].rule = RuleReference(kind: .theorem, name: "gl_add_comm")
      graph.nodes[index].tag = .theorem
    }
    let report = try ProofVerifier.verify(directory: directory)
    #expect(report.failures.contains { $0.theorem == "gl_zero_add" && $0.message.contains("earlier theorem") })
  }
}
