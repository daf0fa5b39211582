/// Why a REPL process could not answer a request. Every case but `staleIncarnation` and
/// `unsendable` means the process was killed (its whole group) and the next request restarts it.
public enum ReplProcessError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The executable could not be found or started.
  case spawnFailed(String)
  /// The header command failed or did not produce an environment; holds the reason.
  case headerFailed(String)
  /// No complete reply within the deadline.
  case timeout(milliseconds: Int)
  /// The REPL closed its output (it exited or crashed); holds the end of its stderr.
  case exited(stderr: String)
  /// The process group's resident memory went over the limit.
  case memoryLimit(residentBytes: Int, limitBytes: Int)
  /// A reply grew past the configured size limit.
  case replyTooLarge(limitBytes: Int)
  /// A reply could not be decoded.
  case invalidReply(ReplProtocolError)
  /// The REPL printed a reply that no request asked for, so replies can no longer be paired.
  case unexpectedReply
  /// A reply does not fit its request (wrong shape or ids out of sequence), so it may belong to
  /// another request; holds the reason.
  case mismatchedReply(String)
  /// Writing the request to the REPL failed; holds the system error.
  case writeFailed(String)
  /// The waiting task was cancelled; the process was killed since its reply would come late.
  case cancelled
  /// The request refers to ids of an earlier incarnation of the process, which no longer exist.
  case staleIncarnation(expected: Int, current: Int)
  /// The request was refused before sending because it could kill the REPL.
  case unsendable(ReplProtocolError)
  /// The process was shut down and cannot take requests.
  case shutDown

  public var description: String {
    switch self {
    case .spawnFailed(let reason): return "could not start the REPL: \(reason)"
    case .headerFailed(let reason): return "the REPL could not load the file header: \(reason)"
    case .timeout(let milliseconds): return "the REPL did not answer within \(milliseconds) ms"
    case .exited(let stderr):
      return stderr.isEmpty ? "the REPL exited" : "the REPL exited; its last error output: \(stderr)"
    case .memoryLimit(let resident, let limit):
      return "the REPL used \(resident >> 20) MiB, over its limit of \(limit >> 20) MiB"
    case .replyTooLarge(let limit): return "the REPL sent a reply longer than \(limit) bytes"
    case .invalidReply(let error): return "the REPL sent an invalid reply: \(error)"
    case .unexpectedReply: return "the REPL sent a reply that no request asked for"
    case .mismatchedReply(let reason): return "the REPL sent a reply that does not fit the request: \(reason)"
    case .writeFailed(let reason): return "could not write to the REPL: \(reason)"
    case .cancelled: return "the request was cancelled"
    case .staleIncarnation(let expected, let current):
      return "the ids belong to REPL incarnation \(expected), which was replaced by incarnation \(current)"
    case .unsendable(let error): return error.description
    case .shutDown: return "the REPL process was shut down"
    }
  }
}
