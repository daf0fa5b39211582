/// What running one tactic gave, with the full step report: a step (possibly with logged errors),
/// a failure the tactic threw, or no answer in time.
public enum TacticStepOutcome: Hashable, Sendable {
  case step(TacticStep)
  /// The tactic threw (Lean's `{"message": "Lean error: …"}`).
  case failure(TacticFailure)
  case timeout
}
