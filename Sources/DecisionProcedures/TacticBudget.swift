import Synchronization

/// The work one tactic call may do, a search-side analogue of Lean's `maxHeartbeats`: procedures
/// spend heartbeats at their loop points (a `simp` rewriting step, an `omega` constraint or case
/// split, a simplex pivot, a `decide` instance), and once the heartbeats or the wall-clock safety
/// deadline run out every further spend fails, so the call stops with "tactic budget exceeded".
/// A budget is bound to one call with `TacticBudget.$current.withValue`; with none bound (as in
/// `prover check`) nothing is limited beyond each procedure's own limits.
public final class TacticBudget: Sendable {
  /// The budget of the tactic call running on this task, if any.
  @TaskLocal public static var current: TacticBudget?

  /// The message of a call stopped by its budget.
  public static let message = "tactic budget exceeded"

  /// The heartbeats of one `simp` rewriting step: a heartbeat is about the work of visiting one
  /// node in a conversion, and a step of `simp` (congruence, matching, kernel steps) costs tens.
  public static let simpStep = 32

  /// The most heartbeats the call may spend.
  public let heartbeats: Int
  /// When the call must stop whatever it has spent (checked every few heartbeats).
  public let deadline: ContinuousClock.Instant?
  private let spent = Atomic<Int>(0)
  private let exhausted = Atomic<Bool>(false)

  /// A budget of `heartbeats`, and at most `seconds` of wall time from now when given.
  public init(heartbeats: Int, seconds: Double? = nil) {
    self.heartbeats = heartbeats
    self.deadline = seconds.map { ContinuousClock.now + .nanoseconds(Int64(($0 * 1e9).rounded())) }
  }

  /// How many heartbeats were spent.
  public var spentHeartbeats: Int { spent.load(ordering: .relaxed) }

  /// Whether a spend has failed: the call ran out of heartbeats or time.
  public var isExhausted: Bool { exhausted.load(ordering: .relaxed) }

  /// Spends `count` heartbeats; false when the budget is exhausted (and from then on). The clock
  /// is read once every 64 heartbeats.
  public func spend(_ count: Int = 1) -> Bool {
    if exhausted.load(ordering: .relaxed) { return false }
    let total = spent.wrappingAdd(count, ordering: .relaxed).newValue
    var out = total > heartbeats
    if !out, let deadline, total >> 6 != (total - count) >> 6, ContinuousClock.now > deadline { out = true }
    if out { exhausted.store(true, ordering: .relaxed) }
    return !out
  }

  /// Spends on the budget bound to this task; true when there is none.
  public static func spend(_ count: Int = 1) -> Bool {
    current?.spend(count) ?? true
  }
}
