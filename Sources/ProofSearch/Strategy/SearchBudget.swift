/// The limits of one search, shared by every strategy: node expansions, wall-clock seconds and
/// backend calls. A nil limit is no limit.
public struct SearchBudget: Hashable, Sendable, Codable {
  public var expansions: Int
  public var seconds: Double?
  public var backendCalls: Int?

  public init(expansions: Int = 1_000, seconds: Double? = nil, backendCalls: Int? = nil) {
    self.expansions = expansions
    self.seconds = seconds
    self.backendCalls = backendCalls
  }
}
