/// What running one tactic on one proof state gave.
public enum TacticOutcome: Hashable, Sendable {
  /// The tactic ran and produced a new state; a state with no goals means the proof is finished and
  /// was checked by the backend (the REPL's `proofStatus == "Completed"`).
  case success(ProofState)
  /// The tactic failed; the message starts the way Lean's does.
  case failure(TacticFailure)
  /// The backend did not answer within its deadline.
  case timeout
}

/// Why a tactic failed: Lean's message, and where it points when the backend says.
public struct TacticFailure: Error, Hashable, Sendable, Codable, CustomStringConvertible {
  public var message: String
  /// True when the tactic or term is outside the backend's fragment rather than wrong.
  public var unsupported: Bool

  public init(message: String, unsupported: Bool = false) {
    self.message = message
    self.unsupported = unsupported
  }

  public var description: String { message }
}
