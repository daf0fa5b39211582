/// The REPL's answer to a tactic (or a proof-state pickle): a new proof-state id, the remaining
/// goals, the messages, sorries and traces the tactic produced, and the proof status.
public struct ProofStepResponse: Hashable, Sendable {
  public var proofState: Int
  /// One pretty-printed goal per entry; an empty list does not by itself mean the proof is done.
  public var goals: [String]
  public var messages: [ReplMessage]
  public var sorries: [ReplSorry]
  public var traces: [String]
  /// Absent only from REPLs older than the `proofStatus` field.
  public var proofStatus: ProofStatus?

  public init(
    proofState: Int, goals: [String], messages: [ReplMessage] = [], sorries: [ReplSorry] = [],
    traces: [String] = [], proofStatus: ProofStatus?
  ) {
    self.proofState = proofState
    self.goals = goals
    self.messages = messages
    self.sorries = sorries
    self.traces = traces
    self.proofStatus = proofStatus
  }

  init(fields: JSONFields) throws(ReplProtocolError) {
    proofState = try fields.natural("proofState")
    guard fields.fields["goals"]?.arrayValue != nil else { throw fields.failure("missing list 'goals'") }
    goals = try fields.stringList("goals")
    messages = try fields.decodeList("messages") { json throws(ReplProtocolError) in try ReplMessage(json: json) }
    sorries = try fields.decodeList("sorries") { json throws(ReplProtocolError) in try ReplSorry(json: json) }
    traces = try fields.stringList("traces")
    proofStatus = try fields.optionalString("proofStatus").map(ProofStatus.init(rawValue:))
  }

  /// True when a message has error severity.
  public var hasError: Bool { messages.contains { $0.severity == .error } }

  /// As the REPL writes it: `goals` always, other lists only when not empty.
  var json: JSONValue {
    var fields: [String: JSONValue] = ["proofState": .int(proofState), "goals": .array(goals.map(JSONValue.string))]
    if !messages.isEmpty { fields["messages"] = .array(messages.map(\.json)) }
    if !sorries.isEmpty { fields["sorries"] = .array(sorries.map(\.json)) }
    if !traces.isEmpty { fields["traces"] = .array(traces.map(JSONValue.string)) }
    if let proofStatus { fields["proofStatus"] = .string(proofStatus.rawValue) }
    return .object(fields)
  }
}
