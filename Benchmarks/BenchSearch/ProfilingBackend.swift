import ProverCore

/// Wraps a goal-focusing backend and adds up the wall time of its calls by kind (`load`, `check`,
/// `focus`) and by the first word of each tactic, for `BenchSearch --profile`.
actor ProfilingBackend: GoalFocusingBackend, TacticLimitingBackend {
  /// Calls and seconds of one kind of call.
  struct Tally: Sendable {
    var calls = 0
    var seconds = 0.0
  }

  let inner: any GoalFocusingBackend
  private(set) var tallies: [String: Tally] = [:]
  private let clock = ContinuousClock()

  init(_ inner: any GoalFocusingBackend) {
    self.inner = inner
  }

  private func record(_ key: String, since start: ContinuousClock.Instant) {
    let duration = clock.now - start
    tallies[key, default: Tally()].calls += 1
    tallies[key, default: Tally()].seconds +=
      Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
  }

  func load(_ source: String, context: EnvironmentID?) async throws -> LoadResult {
    let start = clock.now
    defer { record("(load)", since: start) }
    return try await inner.load(source, context: context)
  }

  func run(_ tactic: String, on state: ProofStateID) async throws -> TacticOutcome {
    let start = clock.now
    let outcome = try await inner.run(tactic, on: state)
    let word = tactic.prefix { !$0.isWhitespace }
    let result: String
    switch outcome {
    case .success: result = "ok"
    case .failure(let failure): result = failure.message.hasPrefix("tactic budget") ? "budget" : "fail"
    case .timeout: result = "timeout"
    }
    record("\(word) \(result)", since: start)
    return outcome
  }

  func check(_ declaration: String, context: EnvironmentID?) async throws -> CheckResult {
    let start = clock.now
    defer { record("(check)", since: start) }
    return try await inner.check(declaration, context: context)
  }

  func limitTactics(_ limit: TacticLimit?) async {
    await (inner as? any TacticLimitingBackend)?.limitTactics(limit)
  }

  func focus(_ state: ProofStateID, goal index: Int) async throws -> ProofState {
    let start = clock.now
    defer { record("(focus)", since: start) }
    return try await inner.focus(state, goal: index)
  }
}
