/// Identifies an edge (a tactic applied to a node) of one `SearchTree`.
public struct EdgeID: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
  public var rawValue: Int
  public init(_ rawValue: Int) { self.rawValue = rawValue }
  public static func < (lhs: EdgeID, rhs: EdgeID) -> Bool { lhs.rawValue < rhs.rawValue }
  public var description: String { "e\(rawValue)" }
}
