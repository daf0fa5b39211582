/// Options shared by command and file requests. `nil` leaves the field out of the request.
public struct CommandOptions: Hashable, Sendable {
  /// List every tactic with its goals and a proof state (`"allTactics"`).
  public var allTactics: Bool?
  /// Add a proof state at the start of each proof (`"rootGoals"`).
  public var rootGoals: Bool?
  /// Return info trees (`"infotree"`).
  public var infotree: InfoTreeMode?

  public init(allTactics: Bool? = nil, rootGoals: Bool? = nil, infotree: InfoTreeMode? = nil) {
    self.allTactics = allTactics
    self.rootGoals = rootGoals
    self.infotree = infotree
  }

  init(fields: JSONFields) throws(ReplProtocolError) {
    allTactics = try fields.optionalBool("allTactics")
    rootGoals = try fields.optionalBool("rootGoals")
    infotree = try fields.optionalString("infotree").map(InfoTreeMode.init(rawValue:))
  }

  func write(into fields: inout [String: JSONValue]) {
    if let allTactics { fields["allTactics"] = .bool(allTactics) }
    if let rootGoals { fields["rootGoals"] = .bool(rootGoals) }
    if let infotree { fields["infotree"] = .string(infotree.rawValue) }
  }
}
