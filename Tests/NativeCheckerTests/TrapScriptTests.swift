import Foundation
import LeanSyntax
import Testing

@testable import NativeChecker

/// Every false statement of `corpora/traps/SemanticTraps.lean` (one or more per rule of Lean's
/// semantics in FRAGMENT.md) stays unproved under every decision procedure and every combination
/// of tactics tried, in a core file and under `import Mathlib`.
@Suite struct TrapScriptTests {
  static let trapsPath = CheckerTestSupport.corpus + "/traps/SemanticTraps.lean"

  static let coreScripts = [
    "omega", "decide", "simp", "simp_all", "trivial", "rfl", "exact?", "intros; omega", "intro a; omega",
    "intro a b; omega", "intro a b c; omega", "constructor <;> omega", "simp <;> omega", "simp at * <;> omega",
    "first | omega | decide | simp | rfl", "intros; simp_all", "intros; decide",
  ]

  static let mathlibScripts = [
    "norm_num", "ring", "ring_nf", "linarith", "nlinarith", "positivity", "intros; norm_num", "intros; linarith",
    "intros; nlinarith", "intros; ring", "intros; positivity", "norm_num <;> omega", "intros; norm_num <;> linarith",
    "push_neg; omega", "simp <;> ring_nf <;> omega",
  ]

  static let heavy = ProcessInfo.processInfo.environment["PROVER_HEAVY_TESTS"] == "1"

  /// The default run tries one script per procedure; PROVER_HEAVY_TESTS=1 tries them all.
  static let defaultScripts: Set<String> = [
    "omega", "decide", "simp", "intros; omega", "norm_num", "linarith", "nlinarith", "positivity", "ring_nf",
  ]

  static var cases: [(String, Bool)] {
    let all = coreScripts.map { ($0, false) } + mathlibScripts.map { ($0, true) }
    return heavy ? all : all.filter { defaultScripts.contains($0.0) }
  }

  /// The trap file with every `sorry` replaced by `script`, optionally under `import Mathlib`.
  static func replaced(_ text: String, _ script: String, mathlib: Bool) -> String {
    let body = text.replacingOccurrences(of: "by\n  sorry", with: "by\n  " + script)
    return mathlib ? "import Mathlib\n" + body : body
  }

  @Test func thereAreEnoughTraps() throws {
    let file = try SourceFile.read(path: Self.trapsPath)
    #expect(file.declarations.count >= 60)
    #expect(file.holes.count == file.declarations.count)
  }

  @Test(arguments: cases)
  func noTrapIsProved(_ script: String, _ mathlib: Bool) throws {
    let text = try String(contentsOfFile: Self.trapsPath, encoding: .utf8)
    let replaced = Self.replaced(text, script, mathlib: mathlib)
    let file = SourceFile(text: replaced, path: "SemanticTraps.lean")
    #expect(file.holes.isEmpty, "some sorry was not replaced")
    let verdicts = FileChecker().check(file)
    #expect(verdicts.count == file.declarations.count)
    for verdict in verdicts {
      #expect(verdict.status != .accepted, "\(verdict.label) was proved by `\(script)`")
    }
  }
}
