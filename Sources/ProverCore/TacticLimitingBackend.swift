/// A backend that can bound the work of each tactic call (`run`, `step`) by a `TacticLimit`, so
/// that one slow call cannot hold up a search; `check` and `load` are never limited.
public protocol TacticLimitingBackend: ProofBackend {
  /// Sets the limit of every later tactic call; nil removes it.
  func limitTactics(_ limit: TacticLimit?) async
}
