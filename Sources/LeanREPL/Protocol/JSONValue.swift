/// A JSON value as the REPL protocol uses it: the typed requests and responses are built from and
/// turned into this form, which is then parsed from or printed to raw UTF-8 bytes.
public enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  /// A number without fraction or exponent that fits in `Int`.
  case int(Int)
  /// Any other number.
  case double(Double)
  case string(String)
  case array([JSONValue])
  /// An object; key order is not significant (Lean prints keys in reverse order of its own sort).
  case object([String: JSONValue])

  /// The fields when this is an object.
  public var objectValue: [String: JSONValue]? {
    if case .object(let fields) = self { return fields }
    return nil
  }

  /// The elements when this is an array.
  public var arrayValue: [JSONValue]? {
    if case .array(let elements) = self { return elements }
    return nil
  }

  /// The text when this is a string.
  public var stringValue: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  /// The value when this is an integer.
  public var intValue: Int? {
    if case .int(let value) = self { return value }
    return nil
  }

  /// The value when this is a boolean.
  public var boolValue: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  /// The field `key` when this is an object.
  public subscript(key: String) -> JSONValue? {
    objectValue?[key]
  }
}
