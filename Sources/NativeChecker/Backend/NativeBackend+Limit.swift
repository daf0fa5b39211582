import ProverCore

extension NativeBackend: TacticLimitingBackend {
  /// Bounds every later tactic call by `limit`: the call's heartbeats are spent by `simp` steps,
  /// `omega` constraints and case splits, simplex pivots and `decide` instances, and a call over
  /// the limit fails with "tactic budget exceeded" whatever it would have given.
  public func limitTactics(_ limit: TacticLimit?) {
    tacticLimit = limit
  }
}
