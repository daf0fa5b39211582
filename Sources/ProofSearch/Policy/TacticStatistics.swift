import Foundation

/// How often each tactic family was tried and how often it changed the proof state, over past
/// searches; it turns into a multiplier on the policy's priors. Persisted as JSON.
public struct TacticStatistics: Hashable, Sendable, Codable {
  /// Attempts and successes of one family.
  public struct Counts: Hashable, Sendable, Codable {
    public var tried = 0
    public var succeeded = 0
  }

  public private(set) var families: [String: Counts] = [:]

  public init() {}

  public mutating func record(family: String, succeeded: Bool) {
    families[family, default: Counts()].tried += 1
    if succeeded { families[family, default: Counts()].succeeded += 1 }
  }

  public mutating func merge(_ other: TacticStatistics) {
    for (family, counts) in other.families {
      families[family, default: Counts()].tried += counts.tried
      families[family, default: Counts()].succeeded += counts.succeeded
    }
  }

  /// The prior multiplier of a family: its smoothed success rate over the neutral rate 1/2, so an
  /// unseen family keeps its prior, in [0.25, 2].
  public func multiplier(for family: String) -> Double {
    guard let counts = families[family] else { return 1 }
    let rate = (Double(counts.succeeded) + 1) / (Double(counts.tried) + 2)
    return min(2, max(0.25, 2 * rate))
  }

  public static func load(path: String) throws -> TacticStatistics {
    try JSONDecoder().decode(TacticStatistics.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
  }

  public func save(path: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
  }
}
