import LeanSyntax
import ProverCore
import SearchDoubles
import Testing

@testable import ProofSearch

@Suite struct ProofRunTests {
  @Test func twoJobsGiveTheSameResultsAsOneInSourceOrder() async throws {
    let files = [
      SourceFile(text: ToyProblems.provable, path: "A.lean"),
      SourceFile(text: ToyProblems.falseStatements, path: "B.lean"),
    ]
    let prover = Prover(configuration: ProverConfiguration(budget: SearchBudget(expansions: 100)))
    let one = await ProofRun.run(files: files, prover: prover, jobs: 1, makeBackend: { ToyBackend() })
    let two = await ProofRun.run(files: files, prover: prover, jobs: 2, makeBackend: { ToyBackend() })
    for (first, second) in zip(one.files, two.files) {
      #expect(first.results.map(\.holeIndex) == first.results.map(\.holeIndex).sorted())
      #expect(first.results.map(\.status) == second.results.map(\.status))
      #expect(first.splicedText == second.splicedText)
    }
    #expect(one.files[0].results.allSatisfy { $0.status == .proved })
    #expect(one.files[1].results.allSatisfy { $0.status == .failed })
    #expect(one.files[1].splicedText == ToyProblems.falseStatements)
  }

  @Test func declarationsWithLargeNumeralsAreExpectedToTakeLongest() {
    let file = SourceFile(
      text: """
        theorem short (a b c : Nat) (h : a ≤ b) (k : b ≤ c) : a ≤ c ∧ a ≤ c + 1 ∧ a ≤ c + 2 := by sorry
        theorem big : (2 : Nat) ^ 64 = 18446744073709551615 := by sorry
        """, path: "C.lean")
    #expect(ProofRun.expectedCost(file, 1) > ProofRun.expectedCost(file, 0))
  }

  @Test func aBackendThatCannotStartMakesEveryHoleAnError() async {
    struct Broken: Error {}
    let file = SourceFile(text: ToyProblems.falseStatements, path: "B.lean")
    let report = await ProofRun.run(
      files: [file], prover: Prover(), jobs: 2, makeBackend: { throw Broken() })
    #expect(report.files[0].results.count == 5)
    #expect(report.files[0].results.allSatisfy { $0.status == .error })
    #expect(report.files[0].backendFailures.count == 1)
  }
}
