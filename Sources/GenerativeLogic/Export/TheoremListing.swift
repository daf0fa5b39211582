/// The content of `theorems.json`: the summary, every theorem in proof order with its statement,
/// its chain, its Lean statement and the path of its proof graph, and the candidates left open.
public struct TheoremListing: Hashable, Sendable, Codable {
  /// One derived theorem.
  public struct Entry: Hashable, Sendable, Codable {
    public var name: String
    public var statement: Statement
    public var text: String
    public var chain: String?
    public var lean: String
    public var round: Int
    public var candidate: Int?
    public var mirrorOf: String?
    public var method: String
    public var essential: Bool
    public var graph: String
  }

  /// One candidate that no round proved.
  public struct Open: Hashable, Sendable, Codable {
    public var candidate: Int
    public var statement: String
    public var chain: String
  }

  public var summary: DerivationSummary
  public var theorems: [Entry]
  public var unproved: [Open]
}
