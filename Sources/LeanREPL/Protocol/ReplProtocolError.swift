/// Why bytes or JSON could not be turned into a typed REPL request or response, or why a request
/// may not be sent.
public enum ReplProtocolError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The bytes are not valid JSON.
  case invalidJSON(JSONParseError)
  /// The JSON has none of the expected shapes; `shape` names what was tried.
  case unexpectedShape(shape: String, reason: String)
  /// A request that would kill or confuse the REPL (the reason says which rule it breaks).
  case unsendableRequest(String)

  public var description: String {
    switch self {
    case .invalidJSON(let error): return error.description
    case .unexpectedShape(let shape, let reason): return "not a valid \(shape): \(reason)"
    case .unsendableRequest(let reason): return "request not sent: \(reason)"
    }
  }
}
