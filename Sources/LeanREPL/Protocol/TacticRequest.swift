/// Runs one tactic on one proof state (`{"tactic": …, "proofState": …}`); the tactic text may span
/// several lines.
public struct TacticRequest: Hashable, Sendable {
  public var tactic: String
  public var proofState: Int

  public init(tactic: String, proofState: Int) {
    self.tactic = tactic
    self.proofState = proofState
  }
}
