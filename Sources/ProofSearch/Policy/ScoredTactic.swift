/// A tactic proposed by a policy, with its prior probability and the family it belongs to (`omega`,
/// `intro`, `rw`, …) under which its success statistics are kept.
public struct ScoredTactic: Hashable, Sendable, Codable {
  public var tactic: String
  public var prior: Double
  public var family: String

  public init(_ tactic: String, prior: Double, family: String) {
    self.tactic = tactic
    self.prior = prior
    self.family = family
  }
}
