import Foundation
import LeanSyntax
import NativeChecker
import Testing

@testable import GenerativeLogic

/// Every theorem the Generative Logic engine derives from `corpora/gl/peano.def` is exported to
/// Lean, and the native checker accepts the whole exported file, the laws under Lean-style names.
@Suite struct GLExportCheckTests {
  @Test func exportedFileIsAccepted() async throws {
    let url = URL(fileURLWithPath: EndToEndPaths.packageRoot).appendingPathComponent("corpora/gl/peano.def")
    let definitions = try GLEngine.parse(String(contentsOf: url, encoding: .utf8), file: "peano.def")
    let derivation = await GLEngine(configuration: GLConfiguration()).derive(definitions)
    let lean = DerivationWriter(derivation: derivation).render().lean
    let verdicts = FileChecker().check(SourceFile(text: lean, path: "GLDerived.lean"))
    #expect(verdicts.count > 1_000, "only \(verdicts.count) theorems exported")
    let refused = verdicts.filter { $0.status != .accepted }
    #expect(
      refused.isEmpty, "\(refused.count) refused, first: \(refused.prefix(3).map { "\($0.label) \($0.diagnostics)" })")
    let names = Set(verdicts.compactMap(\.name))
    for law in ["gl_add_comm", "gl_add_assoc", "gl_mul_comm", "gl_mul_assoc", "gl_left_distrib", "gl_succ_inj"] {
      #expect(names.contains(law), "\(law) is not exported")
    }
  }
}
