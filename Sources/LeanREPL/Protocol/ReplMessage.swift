/// A message from Lean as the REPL reports it: severity, range and text.
public struct ReplMessage: Hashable, Sendable {
  /// Lean's message severities as the REPL spells them.
  public enum Severity: String, Hashable, Sendable {
    case trace, info, warning, error
  }

  public var severity: Severity
  public var pos: ReplPosition
  /// The end of the range; absent (or `null`) when Lean gives none.
  public var endPos: ReplPosition?
  public var data: String

  public init(severity: Severity, pos: ReplPosition, endPos: ReplPosition?, data: String) {
    self.severity = severity
    self.pos = pos
    self.endPos = endPos
    self.data = data
  }

  init(json: JSONValue) throws(ReplProtocolError) {
    let fields = try JSONFields(json, shape: "message")
    let name = try fields.string("severity")
    guard let severity = Severity(rawValue: name) else { throw fields.failure("unknown severity '\(name)'") }
    self.severity = severity
    pos = try ReplPosition(json: try fields.value("pos"))
    endPos = fields.has("endPos") ? try ReplPosition(json: try fields.value("endPos")) : nil
    data = try fields.string("data")
  }

  var json: JSONValue {
    var fields: [String: JSONValue] = ["severity": .string(severity.rawValue), "pos": pos.json, "data": .string(data)]
    if let endPos { fields["endPos"] = endPos.json }
    return .object(fields)
  }
}
