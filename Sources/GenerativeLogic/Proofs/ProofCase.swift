/// One case of a proof: the whole statement (direct proof), or the base or step of an induction;
/// its goal has the statement's variables as fixed constants.
public struct ProofCase: Hashable, Sendable, Codable {
  /// The role of the case.
  public enum Kind: String, Hashable, Sendable, Codable {
    case direct, base, step
  }

  public var kind: Kind
  public var goal: Statement
  /// The node whose claim is the goal's conclusion.
  public var conclusion: Int

  public init(kind: Kind, goal: Statement, conclusion: Int) {
    self.kind = kind
    self.goal = goal
    self.conclusion = conclusion
  }
}
