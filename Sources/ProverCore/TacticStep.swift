/// A backend's full report on one tactic, in the terms of the REPL's proof-step response: the new
/// state, the proof states of the `sorry`s the tactic introduced, the errors Lean's elaborator
/// logged (and recovered from), and the proof status. Only a `completed` step with no error
/// message is a proof.
public struct TacticStep: Hashable, Sendable {
  /// The new state; its goals are the goals that remain.
  public var state: ProofState
  /// One proof state per `sorry` the tactic introduced, in source order.
  public var sorries: [ProofState]
  /// The errors logged while the tactic ran (the step failed although it has a new state).
  public var messages: [Diagnostic]
  public var status: TacticStepStatus

  public init(state: ProofState, sorries: [ProofState] = [], messages: [Diagnostic] = [], status: TacticStepStatus) {
    self.state = state
    self.sorries = sorries
    self.messages = messages
    self.status = status
  }

  /// The step as a search sees it: a new state only when no error was logged, no `sorry` was
  /// introduced and the status is `completed` or `openGoals`.
  public var outcome: TacticOutcome {
    if let error = messages.first(where: { $0.severity == .error }) {
      return .failure(TacticFailure(message: error.message, unsupported: error.category == .unsupported))
    }
    guard sorries.isEmpty else { return .failure(TacticFailure(message: "the tactic introduced `sorry`")) }
    switch status {
    case .completed, .openGoals: return .success(state)
    case .containsSorry: return .failure(TacticFailure(message: "the proof contains `sorry`"))
    case .containsMetavariables: return .failure(TacticFailure(message: "the proof contains metavariables"))
    case .kernelError(let reason): return .failure(TacticFailure(message: "kernel type check failed: \(reason)"))
    }
  }
}
