/// One request to the Lean REPL, in any of its shapes.
public enum ReplRequest: Hashable, Sendable {
  case command(CommandRequest)
  case file(FileRequest)
  case tactic(TacticRequest)
  case pickle(PickleRequest)

  /// Reads a request the way the REPL's `parse` does: the shapes are tried in the REPL's order
  /// (proof step, pickle environment, unpickle environment, pickle proof state, unpickle proof
  /// state, command, file) and the first that decodes wins; unknown fields are ignored.
  public init(json: JSONValue) throws(ReplProtocolError) {
    let fields = try JSONFields(json, shape: "REPL request")
    if let tactic = try? Self.decodeTactic(fields) {
      self = .tactic(tactic)
    } else if let pickle = Self.decodePickle(fields) {
      self = .pickle(pickle)
    } else if let command = try? Self.decodeCommand(fields) {
      self = .command(command)
    } else if let file = try? Self.decodeFile(fields) {
      self = .file(file)
    } else {
      throw .unexpectedShape(shape: "REPL request", reason: "matches none of the request shapes")
    }
  }

  /// The four pickle shapes, in the REPL's order.
  private static func decodePickle(_ fields: JSONFields) -> PickleRequest? {
    if let env = try? fields.natural("env"), let path = try? fields.string("pickleTo") {
      return .pickleEnvironment(env: env, to: path)
    }
    if let path = try? fields.string("unpickleEnvFrom") {
      return .unpickleEnvironment(from: path)
    }
    if let state = try? fields.natural("proofState"), let path = try? fields.string("pickleTo") {
      return .pickleProofState(proofState: state, to: path)
    }
    if let path = try? fields.string("unpickleProofStateFrom") {
      do {
        return .unpickleProofState(from: path, env: try fields.optionalNatural("env"))
      } catch {
        return nil
      }
    }
    return nil
  }

  /// Reads a request from its JSON text.
  public init(text: String) throws(ReplProtocolError) {
    let json: JSONValue
    do {
      json = try JSONParser.parse(text)
    } catch {
      throw .invalidJSON(error)
    }
    try self.init(json: json)
  }

  private static func decodeTactic(_ fields: JSONFields) throws(ReplProtocolError) -> TacticRequest {
    TacticRequest(tactic: try fields.string("tactic"), proofState: try fields.natural("proofState"))
  }

  private static func decodeCommand(_ fields: JSONFields) throws(ReplProtocolError) -> CommandRequest {
    CommandRequest(
      cmd: try fields.string("cmd"), env: try fields.optionalNatural("env"), options: try CommandOptions(fields: fields)
    )
  }

  private static func decodeFile(_ fields: JSONFields) throws(ReplProtocolError) -> FileRequest {
    FileRequest(
      path: try fields.string("path"), env: try fields.optionalNatural("env"),
      options: try CommandOptions(fields: fields))
  }

  /// The request as a JSON object with exactly the REPL's field names.
  public var json: JSONValue {
    var fields: [String: JSONValue] = [:]
    switch self {
    case .command(let command):
      fields["cmd"] = .string(command.cmd)
      if let env = command.env { fields["env"] = .int(env) }
      command.options.write(into: &fields)
    case .file(let file):
      fields["path"] = .string(file.path)
      if let env = file.env { fields["env"] = .int(env) }
      file.options.write(into: &fields)
    case .tactic(let tactic):
      fields["tactic"] = .string(tactic.tactic)
      fields["proofState"] = .int(tactic.proofState)
    case .pickle(.pickleEnvironment(let env, let path)):
      fields["pickleTo"] = .string(path)
      fields["env"] = .int(env)
    case .pickle(.pickleProofState(let state, let path)):
      fields["pickleTo"] = .string(path)
      fields["proofState"] = .int(state)
    case .pickle(.unpickleEnvironment(let path)):
      fields["unpickleEnvFrom"] = .string(path)
    case .pickle(.unpickleProofState(let path, let env)):
      fields["unpickleProofStateFrom"] = .string(path)
      if let env { fields["env"] = .int(env) }
    }
    return .object(fields)
  }

  /// The ids the request refers to; all must be natural numbers or the REPL rejects the request
  /// and exits.
  var referencedIDs: [Int] {
    switch self {
    case .command(let command): return command.env.map { [$0] } ?? []
    case .file(let file): return file.env.map { [$0] } ?? []
    case .tactic(let tactic): return [tactic.proofState]
    case .pickle(.pickleEnvironment(let env, _)): return [env]
    case .pickle(.pickleProofState(let state, _)): return [state]
    case .pickle(.unpickleEnvironment): return []
    case .pickle(.unpickleProofState(_, let env)): return env.map { [$0] } ?? []
    }
  }

  /// The bytes to write to the REPL's stdin: one line of compact raw UTF-8 JSON, then an empty
  /// line. Refuses anything that could kill or stall the REPL: negative ids (which match no shape
  /// and make it exit), and any text that is empty, starts with `#` or `--`, or contains a raw
  /// line break.
  public func framedBytes() throws(ReplProtocolError) -> [UInt8] {
    if let bad = referencedIDs.first(where: { $0 < 0 }) {
      throw .unsendableRequest("negative id \(bad)")
    }
    var bytes = json.compactBytes
    guard let first = bytes.first, first == UInt8(ascii: "{") else {
      throw .unsendableRequest("the encoded request does not start with '{'")
    }
    if bytes.contains(UInt8(ascii: "\n")) || bytes.contains(UInt8(ascii: "\r")) {
      throw .unsendableRequest("the encoded request contains a raw line break")
    }
    bytes.append(UInt8(ascii: "\n"))
    bytes.append(UInt8(ascii: "\n"))
    return bytes
  }
}
