/// One reply of the Lean REPL: a command response, a proof-step response, or an error
/// (`{"message": …}`, for example `Unknown proof state.` or `Lean error:\n…`).
public enum ReplResponse: Hashable, Sendable {
  case command(CommandResponse)
  case proofStep(ProofStepResponse)
  case error(message: String)

  /// Tells the shapes apart by their keys: `proofState` with `goals` is a proof step, `env` is a
  /// command response, and `message` alone is an error.
  public init(json: JSONValue) throws(ReplProtocolError) {
    let fields = try JSONFields(json, shape: "REPL response")
    if fields.has("proofState"), fields.has("goals") {
      self = .proofStep(try ProofStepResponse(fields: JSONFields(json, shape: "proof step response")))
    } else if fields.has("env") {
      self = .command(try CommandResponse(fields: JSONFields(json, shape: "command response")))
    } else if fields.has("message") {
      self = .error(message: try fields.string("message"))
    } else {
      throw fields.failure("none of 'proofState' and 'goals', 'env', or 'message'")
    }
  }

  /// Decodes one framed reply (the bytes of one JSON object).
  public init(bytes: some Collection<UInt8>) throws(ReplProtocolError) {
    let json: JSONValue
    do {
      json = try JSONParser.parse(bytes)
    } catch {
      throw .invalidJSON(error)
    }
    try self.init(json: json)
  }

  /// The reply as the REPL writes it.
  public var json: JSONValue {
    switch self {
    case .command(let response): return response.json
    case .proofStep(let response): return response.json
    case .error(let message): return .object(["message": .string(message)])
    }
  }
}
