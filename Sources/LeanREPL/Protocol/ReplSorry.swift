/// A `sorry` reported by the REPL: its goal, the proof state that stands for it, and where it is.
/// Sorries created in tactic mode have no position.
public struct ReplSorry: Hashable, Sendable {
  public var goal: String
  public var proofState: Int?
  public var pos: ReplPosition?
  public var endPos: ReplPosition?

  public init(goal: String, proofState: Int?, pos: ReplPosition? = nil, endPos: ReplPosition? = nil) {
    self.goal = goal
    self.proofState = proofState
    self.pos = pos
    self.endPos = endPos
  }

  init(json: JSONValue) throws(ReplProtocolError) {
    let fields = try JSONFields(json, shape: "sorry")
    goal = try fields.string("goal")
    proofState = try fields.optionalNatural("proofState")
    pos = fields.has("pos") ? try ReplPosition(json: try fields.value("pos")) : nil
    endPos = fields.has("endPos") ? try ReplPosition(json: try fields.value("endPos")) : nil
  }

  /// As the REPL writes it: `proofState` always (`null` when absent), positions only when known.
  var json: JSONValue {
    var fields: [String: JSONValue] = ["goal": .string(goal), "proofState": proofState.map(JSONValue.int) ?? .null]
    if let pos { fields["pos"] = pos.json }
    if let endPos { fields["endPos"] = endPos.json }
    return .object(fields)
  }
}
