/// Limits and start-up of one REPL process: the header replayed at every start, the deadlines, the
/// memory cap and the back-off between failed starts.
public struct ReplProcessConfiguration: Hashable, Sendable {
  /// Sent as `{"cmd": header}` (no `env`) after every start, so that environment `header` (0 in a
  /// fresh REPL) holds the imports again after a restart. `nil` sends nothing.
  public var header: String?
  /// The deadline of one request.
  public var requestTimeout: Duration
  /// The deadline of the header command (imports can take minutes).
  public var startupTimeout: Duration
  /// Kill the process group when its resident memory goes over this many bytes during a request.
  public var memoryLimitBytes: Int?
  /// How often memory is read from `/proc` while a request is in flight.
  public var memoryPollInterval: Duration
  /// The longest reply accepted.
  public var maximumReplyBytes: Int
  /// The wait before a start that follows a failure; it doubles with each further failure.
  public var restartBackoff: Duration
  /// The longest wait between failed starts.
  public var maximumRestartBackoff: Duration

  public init(
    header: String? = nil,
    requestTimeout: Duration = .seconds(60),
    startupTimeout: Duration = .seconds(300),
    memoryLimitBytes: Int? = nil,
    memoryPollInterval: Duration = .milliseconds(100),
    maximumReplyBytes: Int = 256 << 20,
    restartBackoff: Duration = .milliseconds(100),
    maximumRestartBackoff: Duration = .seconds(10)
  ) {
    self.header = header
    self.requestTimeout = requestTimeout
    self.startupTimeout = startupTimeout
    self.memoryLimitBytes = memoryLimitBytes
    self.memoryPollInterval = memoryPollInterval
    self.maximumReplyBytes = maximumReplyBytes
    self.restartBackoff = restartBackoff
    self.maximumRestartBackoff = maximumRestartBackoff
  }

  /// The wait before the next start after `failures` consecutive failures.
  public func backoff(afterFailures failures: Int) -> Duration {
    guard failures > 0 else { return .zero }
    var wait = restartBackoff
    for _ in 1..<min(failures, 30) {
      wait = wait * 2
      if wait >= maximumRestartBackoff { return maximumRestartBackoff }
    }
    return min(wait, maximumRestartBackoff)
  }
}
