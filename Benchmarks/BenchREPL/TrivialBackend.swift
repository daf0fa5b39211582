import ProverCore

/// The smallest real backend for measuring the server loop: every `load` gives one hole with one
/// goal, and every tactic succeeds with that goal again (`done` closes it).
actor TrivialBackend: ProofBackend {
  private var next = 0
  private let goal = Goal(hypotheses: [Hypothesis(names: ["n", "m"], type: "ℕ")], target: "n + m = m + n")

  func load(_ source: String, context: EnvironmentID?) async throws -> LoadResult {
    let start = SourcePosition(offset: 0, line: 1, column: 0)
    return LoadResult(
      environment: EnvironmentID(0),
      holes: [Hole(declarationName: nil, range: SourceRange(at: start), state: ProofState(id: issue(), goals: [goal]))],
      diagnostics: [])
  }

  func run(_ tactic: String, on state: ProofStateID) async throws -> TacticOutcome {
    .success(ProofState(id: issue(), goals: tactic == "done" ? [] : [goal]))
  }

  func check(_ declaration: String, context: EnvironmentID?) async throws -> CheckResult {
    CheckResult(accepted: true, diagnostics: [])
  }

  private func issue() -> ProofStateID {
    next += 1
    return ProofStateID(next - 1)
  }
}
