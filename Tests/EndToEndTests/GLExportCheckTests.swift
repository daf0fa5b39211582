import Foundation
import LeanSyntax
import NativeChecker
import Testing

@testable import GenerativeLogic

/// Every theorem the Generative Logic engine derives from `corpora/gl/peano.def` is exported to
/// Lean, and the native checker accepts the whole exported file, the laws under Lean-style names.
/// By default the space of chains of at most two atoms; with `PROVER_HEAVY_TESTS=1` the full space.
@Suite struct GLExportCheckTests {
  static let heavy = ProcessInfo.processInfo.environment["PROVER_HEAVY_TESTS"] == "1"

  @Test func exportedFileIsAccepted() async throws {
    let url = URL(fileURLWithPath: EndToEndPaths.packageRoot).appendingPathComponent("corpora/gl/peano.def")
    let definitions = try GLEngine.parse(String(contentsOf: url, encoding: .utf8), file: "peano.def")
    var configuration = GLConfiguration()
    if !Self.heavy { configuration.conjecturer.maximumAtoms = 2 }
    let derivation = await GLEngine(configuration: configuration).derive(definitions)
    let lean = DerivationWriter(derivation: derivation).render().lean
    let verdicts = FileChecker().check(SourceFile(text: lean, path: "GLDerived.lean"))
    #expect(verdicts.count > (Self.heavy ? 1_000 : 100), "only \(verdicts.count) theorems exported")
    let refused = verdicts.filter { $0.status != .accepted }
    #expect(
      refused.isEmpty, "\(refused.count) refused, first: \(refused.prefix(3).map { "\($0.label) \($0.diagnostics)" })")
    let names = Set(verdicts.compactMap(\.name))
    let laws =
      Self.heavy
      ? ["gl_add_comm", "gl_add_assoc", "gl_mul_comm", "gl_mul_assoc", "gl_left_distrib", "gl_succ_inj"]
      : ["gl_zero_add", "gl_add_right_cancel", "gl_succ_inj"]
    for law in laws { #expect(names.contains(law), "\(law) is not exported") }
  }
}
