import LeanSyntax
import NativeChecker
import ProverCore
import Testing

@testable import ProofSearch

/// What the policy tests share: the built-in policy's proposals for one goal, and a search of one
/// Mathlib statement on `NativeBackend` whose proof, when found, must check in the written file.
enum PolicyHarness {
  /// The tactics `GoalShapePolicy` proposes for a goal.
  static func tactics(_ target: String, _ hypotheses: [Hypothesis], mathlib: Bool = true) -> [String] {
    GoalShapePolicy().tactics(
      for: [Goal(hypotheses: hypotheses, target: target)], context: PolicyContext(importsMathlib: mathlib)
    ).map(\.tactic)
  }

  /// Searches `statement := by sorry` under `import Mathlib` (budget 40, 20 s); a proved result's
  /// spliced file must be accepted by the checker.
  static func prove(_ statement: String, path: String) async throws -> TheoremResult {
    let file = SourceFile(text: "import Mathlib\n\n" + statement + " := by\n  sorry\n", path: path)
    let prover = Prover(configuration: ProverConfiguration(budget: SearchBudget(expansions: 40, seconds: 20)))
    let report = await ProofRun.run(files: [file], prover: prover, jobs: 1, makeBackend: { NativeBackend() })
    let result = try #require(report.files.first?.results.first)
    if result.status == .proved {
      let verdicts = FileChecker().check(SourceFile(text: report.files[0].splicedText))
      #expect(verdicts.map(\.status) == [.accepted], "\(report.files[0].splicedText)")
    }
    return result
  }
}
