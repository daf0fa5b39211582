/// The most work one tactic call of a search may do: a deterministic count of heartbeats (the
/// backend's unit of work, like Lean's `maxHeartbeats`) and a wall-clock safety net. A call over
/// the limit fails with "tactic budget exceeded", which a search counts as a failed tactic.
public struct TacticLimit: Hashable, Sendable, Codable {
  /// The heartbeats of one call.
  public var heartbeats: Int
  /// The wall-clock seconds of one call, checked as heartbeats are spent; nil for none.
  public var seconds: Double?

  public init(heartbeats: Int = TacticLimit.defaultHeartbeats, seconds: Double? = TacticLimit.defaultSeconds) {
    self.heartbeats = heartbeats
    self.seconds = seconds
  }

  /// The default wall-clock safety net of a search's tactic call: above what the default heartbeats
  /// take, so that it fires only for work that spends no heartbeats.
  public static let defaultSeconds = 0.5

  /// The default heartbeats of a search's tactic call: Lean's default `maxHeartbeats`, which
  /// here is about a tenth of a second of conversion work or 6,000 `simp` steps.
  public static let defaultHeartbeats = 200_000
}
