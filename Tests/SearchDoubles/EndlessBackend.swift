import ProverCore

/// A backend on which every tactic succeeds with a new goal and nothing is ever proved, at almost no
/// cost: it measures what the search itself costs per expansion.
public actor EndlessBackend: ProofBackend {
  var next = 0

  public init() {}

  public func load(_ source: String, context: EnvironmentID?) async throws -> LoadResult {
    LoadResult(environment: EnvironmentID(0), holes: [], diagnostics: [])
  }

  public func run(_ tactic: String, on state: ProofStateID) async throws -> TacticOutcome {
    next += 1
    let goal = Goal(
      hypotheses: [Hypothesis(names: ["n", "m"], type: "Nat"), Hypothesis(names: ["h"], type: "n < m")],
      target: "n + \(next) < m + \(next)")
    return .success(ProofState(id: ProofStateID(next), goals: [goal]))
  }

  public func check(_ declaration: String, context: EnvironmentID?) async throws -> CheckResult {
    CheckResult(accepted: false, diagnostics: [])
  }

  /// The root state of a search on this backend.
  public static let root = ProofState(
    id: ProofStateID(0),
    goals: [
      Goal(
        hypotheses: [Hypothesis(names: ["n", "m"], type: "Nat"), Hypothesis(names: ["h"], type: "n < m")],
        target: "n < m")
    ])
}
