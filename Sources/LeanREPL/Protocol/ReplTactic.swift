/// One tactic of a command run with `allTactics`: its text, the goals before it (one string, goals
/// separated by blank lines, `"no goals"` when none), a proof state and the constants it used.
public struct ReplTactic: Hashable, Sendable {
  public var tactic: String
  public var goals: String
  public var proofState: Int?
  public var pos: ReplPosition
  public var endPos: ReplPosition
  public var usedConstants: [String]

  public init(
    tactic: String, goals: String, proofState: Int?, pos: ReplPosition, endPos: ReplPosition, usedConstants: [String]
  ) {
    self.tactic = tactic
    self.goals = goals
    self.proofState = proofState
    self.pos = pos
    self.endPos = endPos
    self.usedConstants = usedConstants
  }

  init(json: JSONValue) throws(ReplProtocolError) {
    let fields = try JSONFields(json, shape: "tactic entry")
    tactic = try fields.string("tactic")
    goals = try fields.string("goals")
    proofState = try fields.optionalNatural("proofState")
    pos = try ReplPosition(json: try fields.value("pos"))
    endPos = try ReplPosition(json: try fields.value("endPos"))
    usedConstants = try fields.stringList("usedConstants")
  }

  var json: JSONValue {
    var fields: [String: JSONValue] = [
      "tactic": .string(tactic), "goals": .string(goals), "pos": pos.json, "endPos": endPos.json,
      "usedConstants": .array(usedConstants.map(JSONValue.string)),
    ]
    if let proofState { fields["proofState"] = .int(proofState) }
    return .object(fields)
  }
}
