/// The proof status of a state after a tactic, as the REPL's `proofStatus` reports it.
public enum TacticStepStatus: Hashable, Sendable {
  /// No goal remains and the proof of the root goal passed the kernel check.
  case completed
  /// Goals remain.
  case openGoals
  /// No goal remains, but the proof uses `sorry` (written, or put in by error recovery).
  case containsSorry
  /// No goal remains, but the proof still has metavariables.
  case containsMetavariables
  /// No goal remains, but the kernel refused the proof; holds the reason.
  case kernelError(String)
}
