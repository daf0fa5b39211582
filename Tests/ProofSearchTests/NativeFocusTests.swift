import Foundation
import LeanSyntax
import NativeChecker
import ProverCore
import Testing

@testable import ProofSearch

/// The native backend focuses single goals, so a tactic that leaves several goals becomes an AND
/// edge whose children are searched apart, and the script nests one `·` block per goal.
@Suite struct NativeFocusTests {
  /// Proposes `constructor` on a conjunction and `exact h…` for the hypotheses that match a goal.
  struct FixedPolicy: TacticPolicy {
    func tactics(for goals: [Goal], context: PolicyContext) -> [ScoredTactic] {
      guard let goal = goals.first else { return [] }
      if goal.target.contains("∧") { return [ScoredTactic("constructor", prior: 1, family: "constructor")] }
      return goal.hypotheses.flatMap { hypothesis in
        hypothesis.names.map { ScoredTactic("exact \($0)", prior: 0.5, family: "exact") }
      }
    }
  }

  static let source = """
    theorem both (p q r : Prop) (hp : p) (hq : q) (hr : r) : p ∧ (q ∧ r) := by
      sorry
    """

  @Test func aConjunctionBecomesAnAndEdgeAndItsScriptChecks() async throws {
    let backend = NativeBackend()
    let load = try await backend.load(Self.source, context: nil)
    let root = try #require(load.holes.first?.state)
    let session = SearchSession(
      root: root, backend: backend, policy: FixedPolicy(), valueModel: HeuristicValueModel(),
      budget: SearchBudget(expansions: 50), checksInvariants: true)
    await BestFirstSearch().run(session)
    let tree = await session.tree
    #expect(tree.root.status == .proved)
    #expect(await session.invariantFailures.isEmpty)
    let splits = tree.edges.filter(\.isSplit)
    #expect(splits.count == 2, "constructor twice, each an AND edge")
    #expect(splits.allSatisfy { $0.children.count == 2 })
    let lines = try #require(ProofScript.lines(in: tree))
    #expect(lines == ["constructor", "· exact hp", "· constructor", "  · exact hq", "  · exact hr"])
    let proof = lines.map { "  " + $0 }.joined(separator: "\n")
    let text = Self.source.replacingOccurrences(of: "  sorry", with: proof)
    let verdicts = FileChecker().check(SourceFile(text: text))
    #expect(verdicts.map(\.status) == [.accepted], "\(text)")
  }

  @Test func aFocusedGoalKeepsItsContextAndOnlyThatGoal() async throws {
    let backend = NativeBackend()
    let load = try await backend.load(Self.source, context: nil)
    let root = try #require(load.holes.first?.state)
    guard case .success(let split) = try await backend.run("constructor", on: root.id) else {
      Issue.record("constructor failed")
      return
    }
    #expect(split.goals.count == 2)
    let second = try await backend.focus(split.id, goal: 1)
    #expect(second.goals == [split.goals[1]])
    guard case .success(let closed) = try await backend.run("exact ⟨hq, hr⟩", on: second.id) else {
      Issue.record("the focused goal did not close")
      return
    }
    #expect(closed.goals.isEmpty)
    guard case .failure = try await backend.run("exact hp", on: second.id) else {
      Issue.record("a focused goal accepted a proof of another goal")
      return
    }
    await #expect(throws: TacticFailure.self) { try await backend.focus(split.id, goal: 2) }
  }

  @Test func nativeSearchOfAFileSplitsGoalsAndEveryProofChecks() async throws {
    let file = SourceFile(text: Self.source, path: "Both.lean")
    let prover = Prover(
      configuration: ProverConfiguration(
        budget: SearchBudget(expansions: 50), policy: FixedPolicy(), minimizes: false, checksInvariants: true))
    let report = await ProofRun.run(files: [file], prover: prover, jobs: 1, makeBackend: { NativeBackend() })
    let result = try #require(report.files.first?.results.first)
    #expect(result.status == .proved)
    #expect(result.proof == ["constructor", "· exact hp", "· constructor", "  · exact hq", "  · exact hr"])
    let verdicts = FileChecker().check(SourceFile(text: report.files[0].splicedText))
    #expect(verdicts.map(\.status) == [.accepted])
  }
}
