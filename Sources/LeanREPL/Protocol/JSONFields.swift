/// Typed access to the fields of one JSON object while decoding a protocol value, with errors that
/// name the shape being decoded. Absent and `null` optional fields both read as `nil`, as in Lean.
struct JSONFields {
  let fields: [String: JSONValue]
  let shape: String

  init(_ value: JSONValue, shape: String) throws(ReplProtocolError) {
    guard let fields = value.objectValue else {
      throw .unexpectedShape(shape: shape, reason: "not a JSON object")
    }
    self.fields = fields
    self.shape = shape
  }

  func has(_ key: String) -> Bool {
    if let value = fields[key], value != .null { return true }
    return false
  }

  func failure(_ reason: String) -> ReplProtocolError {
    .unexpectedShape(shape: shape, reason: reason)
  }

  func value(_ key: String) throws(ReplProtocolError) -> JSONValue {
    guard let value = fields[key] else { throw failure("missing field '\(key)'") }
    return value
  }

  func natural(_ key: String) throws(ReplProtocolError) -> Int {
    guard let number = try value(key).intValue, number >= 0 else {
      throw failure("field '\(key)' is not a natural number")
    }
    return number
  }

  func optionalNatural(_ key: String) throws(ReplProtocolError) -> Int? {
    guard has(key) else { return nil }
    return try natural(key)
  }

  func string(_ key: String) throws(ReplProtocolError) -> String {
    guard let text = try value(key).stringValue else { throw failure("field '\(key)' is not a string") }
    return text
  }

  func optionalString(_ key: String) throws(ReplProtocolError) -> String? {
    guard has(key) else { return nil }
    return try string(key)
  }

  func optionalBool(_ key: String) throws(ReplProtocolError) -> Bool? {
    guard has(key) else { return nil }
    guard let flag = fields[key]?.boolValue else { throw failure("field '\(key)' is not a boolean") }
    return flag
  }

  /// The elements of an array field; an absent or `null` field is an empty list.
  func list(_ key: String) throws(ReplProtocolError) -> [JSONValue] {
    guard has(key) else { return [] }
    guard let elements = fields[key]?.arrayValue else { throw failure("field '\(key)' is not an array") }
    return elements
  }

  func stringList(_ key: String) throws(ReplProtocolError) -> [String] {
    var result: [String] = []
    for element in try list(key) {
      guard let text = element.stringValue else { throw failure("field '\(key)' holds a non-string") }
      result.append(text)
    }
    return result
  }

  func decodeList<T>(_ key: String, _ decode: (JSONValue) throws(ReplProtocolError) -> T) throws(ReplProtocolError)
    -> [T]
  {
    var result: [T] = []
    for element in try list(key) { result.append(try decode(element)) }
    return result
  }
}
