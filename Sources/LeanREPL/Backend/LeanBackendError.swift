import ProverCore

/// Why the Lean backend could not carry out a call (as opposed to a tactic failing, which is a
/// `TacticOutcome`).
public enum LeanBackendError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The proof state was never issued by this backend.
  case unknownProofState(ProofStateID)
  /// The environment was never issued by this backend.
  case unknownEnvironment(EnvironmentID)
  /// The worker holding the proof state was restarted and the state could not be rebuilt (or
  /// rebuilding is off), so it no longer exists.
  case proofStateExpired(ProofStateID)
  /// The REPL could not be started or could not load the header (exit code 3 territory).
  case replUnavailable(ReplProcessError)
  /// The REPL answered with an unexpected shape or an error where a result was needed.
  case unexpectedReply(String)

  public var description: String {
    switch self {
    case .unknownProofState(let id): return "unknown \(id)"
    case .unknownEnvironment(let id): return "unknown \(id)"
    case .proofStateExpired(let id): return "\(id) expired: its REPL was restarted"
    case .replUnavailable(let error): return error.description
    case .unexpectedReply(let reason): return "unexpected REPL reply: \(reason)"
    }
  }
}
