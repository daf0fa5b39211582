import LeanSyntax
import NativeChecker
import ProofSearch
import ProverCore
import Testing

@Suite struct TacticLimitTests {
  static let text = "theorem t (a b : Nat) (h : a = b) : (0 + a) * 1 + 0 = b := by\n  sorry\n"

  func prove(limit: TacticLimit?) async -> [TheoremResult] {
    let file = SourceFile(text: Self.text, path: "T.lean")
    var configuration = ProverConfiguration(budget: SearchBudget(expansions: 20), tacticLimit: limit)
    configuration.policy = GoalShapePolicy(premiseLimit: 0)
    let report = await ProofRun.run(
      files: [file], prover: Prover(configuration: configuration), jobs: 1, makeBackend: { NativeBackend() })
    return report.files.flatMap(\.results)
  }

  @Test func aTinyLimitFailsEveryTacticAndProvesNothing() async {
    let results = await prove(limit: TacticLimit(heartbeats: 1, seconds: nil))
    #expect(results.map(\.status) == [.failed])
    #expect(results.first?.proof == nil)
  }

  @Test func theDefaultLimitLeavesTheProofToBeFoundAndChecked() async {
    let results = await prove(limit: TacticLimit())
    #expect(results.map(\.status) == [.proved])
    #expect(results.first?.checks ?? 0 >= 1)
  }
}
