/// The REPL's answer to a command, a file, or an environment pickle: the new environment id with
/// messages, sorries (each with a proof state), tactics (`allTactics`) and info trees (`infotree`).
public struct CommandResponse: Hashable, Sendable {
  public var env: Int
  public var messages: [ReplMessage]
  public var sorries: [ReplSorry]
  public var tactics: [ReplTactic]
  /// The info trees as the REPL printed them (only with `infotree`).
  public var infotree: JSONValue?

  public init(
    env: Int, messages: [ReplMessage] = [], sorries: [ReplSorry] = [], tactics: [ReplTactic] = [],
    infotree: JSONValue? = nil
  ) {
    self.env = env
    self.messages = messages
    self.sorries = sorries
    self.tactics = tactics
    self.infotree = infotree
  }

  init(fields: JSONFields) throws(ReplProtocolError) {
    env = try fields.natural("env")
    messages = try fields.decodeList("messages") { json throws(ReplProtocolError) in try ReplMessage(json: json) }
    sorries = try fields.decodeList("sorries") { json throws(ReplProtocolError) in try ReplSorry(json: json) }
    tactics = try fields.decodeList("tactics") { json throws(ReplProtocolError) in try ReplTactic(json: json) }
    infotree = fields.has("infotree") ? try fields.value("infotree") : nil
  }

  /// True when a message has error severity.
  public var hasError: Bool { messages.contains { $0.severity == .error } }

  /// As the REPL writes it: empty lists are left out.
  var json: JSONValue {
    var fields: [String: JSONValue] = ["env": .int(env)]
    if !messages.isEmpty { fields["messages"] = .array(messages.map(\.json)) }
    if !sorries.isEmpty { fields["sorries"] = .array(sorries.map(\.json)) }
    if !tactics.isEmpty { fields["tactics"] = .array(tactics.map(\.json)) }
    if let infotree { fields["infotree"] = infotree }
    return .object(fields)
  }
}
