/// Identifies a node (a proof state) of one `SearchTree`; ids are dense indices from 0, the root.
public struct NodeID: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
  public var rawValue: Int
  public init(_ rawValue: Int) { self.rawValue = rawValue }
  public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.rawValue < rhs.rawValue }
  public var description: String { "n\(rawValue)" }
}
