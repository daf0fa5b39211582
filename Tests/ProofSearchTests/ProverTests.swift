import LeanSyntax
import ProverCore
import SearchDoubles
import Testing

@testable import ProofSearch

@Suite struct ProverTests {
  static let strategies: [StrategyKind] = StrategyKind.allCases

  @Test(arguments: strategies)
  func everyStrategyProvesTheToyTheoremsAndEachProofChecks(kind: StrategyKind) async throws {
    let backend = ToyBackend()
    let configuration = ProverConfiguration(
      strategy: kind.makeStrategy(), budget: SearchBudget(expansions: 200), checksInvariants: true)
    let run = try await proveAll(ToyProblems.provable, backend: backend, configuration: configuration)
    #expect(run.results.count == ToyProblems.provableCount)
    for result in run.results {
      #expect(result.status == .proved, "\(kind.rawValue): \(result.name): \(result.message ?? "")")
      #expect(result.message == nil || !result.message!.contains("invariant"))
    }
    let spliced = ProofSplicer.apply(
      Prover.edits(
        Dictionary(uniqueKeysWithValues: run.results.compactMap { r in r.proof.map { (r.holeIndex, $0) } }),
        in: run.file),
      to: ToyProblems.provable)
    #expect(!spliced.contains("sorry"))
    let replayed = SourceFile(text: spliced)
    for declaration in replayed.declarations {
      let text = replayed.text(of: declaration.range)
      #expect(try await backend.check(text, context: nil).accepted, "\(declaration.label) in the spliced file")
    }
  }

  @Test(arguments: strategies)
  func falseStatementsAreNeverProved(kind: StrategyKind) async throws {
    let configuration = ProverConfiguration(strategy: kind.makeStrategy(), budget: SearchBudget(expansions: 100))
    let run = try await proveAll(ToyProblems.falseStatements, backend: ToyBackend(), configuration: configuration)
    #expect(run.results.count == 5)
    #expect(run.results.allSatisfy { $0.status == .failed })
  }

  @Test func theSemanticTrapsAreNeverProved() async throws {
    let path = SharedPaths.corpus("traps/SemanticTraps.lean")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let configuration = ProverConfiguration(strategy: BestFirstSearch(), budget: SearchBudget(expansions: 60))
    let run = try await proveAll(text, backend: ToyBackend(), configuration: configuration)
    #expect(!run.results.isEmpty)
    let proved = run.results.filter { $0.status == .proved }
    #expect(proved.isEmpty, "\(proved.map { "\($0.name): \($0.proof ?? [])" })")
  }

  @Test func aBackendThatFocusesGoalsGivesAndEdgesAndBulletedProofs() async throws {
    let configuration = ProverConfiguration(
      strategy: MCTSSearch(simulations: 3), budget: SearchBudget(expansions: 200), minimizes: false,
      checksInvariants: true)
    let run = try await proveAll(
      "theorem t (a : Nat) (h : a = 1) : a = 1 ∧ 2 = 2 := by sorry", backend: FocusingToyBackend(),
      configuration: configuration)
    let proof = try #require(run.results.first?.proof)
    #expect(run.results.first?.status == .proved)
    #expect(proof.contains { $0.hasPrefix("· ") })
  }

  @Test func minimisationDropsStepsTheProofDoesNotNeed() async throws {
    let backend = ToyBackend()
    let file = SourceFile(text: "theorem t : 2 + 2 = 4 := by sorry", path: "T.lean")
    let prover = Prover()
    var checks = 0
    let minimized = await prover.minimize(
      0, [0: ["simp", "decide"]], declaration: 0, file: file, backend: backend, checks: &checks)
    #expect(minimized[0] == ["decide"])
    #expect(checks == 1)
  }

  @Test func aCancelledSearchStopsAndReportsNothingProved() async throws {
    let cancellation = SearchCancellation()
    cancellation.cancel()
    let backend = ToyBackend()
    let text = "theorem t : 2 + 2 = 4 ∧ 1 = 1 := by sorry"
    let load = try await backend.load(text, context: nil)
    let outcome = await Prover().prove(
      declaration: 0, of: SourceFile(text: text), load: load, backend: backend, cancellation: cancellation)
    #expect(outcome.results.first?.status == .failed)
    #expect(outcome.results.first?.expansions == 0)
  }

  @Test func tracesLabelTheProofPathPositive() async throws {
    let configuration = ProverConfiguration(
      strategy: BreadthFirstSearch(), budget: SearchBudget(expansions: 100), collectsTraces: true)
    let run = try await proveAll(ToyProblems.provable, backend: ToyBackend(), configuration: configuration)
    #expect(run.traces.contains { $0.label == 1 && $0.source == "proof" })
    #expect(run.traces.allSatisfy { (0...1).contains($0.label) })
  }
}
