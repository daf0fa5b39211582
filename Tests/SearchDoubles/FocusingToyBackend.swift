import ProofSearch
import ProverCore

/// The toy backend with goal focusing, so that the search splits multi-goal states into AND edges.
public actor FocusingToyBackend: GoalFocusingBackend {
  public let base = ToyBackend()

  public init() {}

  public func load(_ source: String, context: EnvironmentID?) async throws -> LoadResult {
    try await base.load(source, context: context)
  }

  public func run(_ tactic: String, on state: ProofStateID) async throws -> TacticOutcome {
    try await base.run(tactic, on: state)
  }

  public func check(_ declaration: String, context: EnvironmentID?) async throws -> CheckResult {
    try await base.check(declaration, context: context)
  }

  public func focus(_ state: ProofStateID, goal index: Int) async throws -> ProofState {
    guard let goals = await base.goals(of: state), goals.indices.contains(index) else {
      throw TacticFailure(message: "no goal \(index) in \(state)")
    }
    return await base.store([goals[index]])
  }
}
