import Glibc

extension JSONValue {
  /// The keys of an object in the order Lean prints them: Lean keeps object fields in a map sorted
  /// by code points and folds it into a list, which reverses the order.
  static func leanKeyOrder(_ fields: [String: JSONValue]) -> [String] {
    // UTF-8 byte order is code-point order, and byte comparison is much cheaper.
    fields.keys.sorted { lhs, rhs in rhs.utf8.lexicographicallyPrecedes(lhs.utf8) }
  }

  /// The value as one line of compact JSON in raw UTF-8: no spaces, keys in Lean's order, strings
  /// escaped as Lean escapes them (only `"`, `\`, and control characters; everything else raw).
  public var compactBytes: [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(64)
    appendCompact(to: &output)
    return output
  }

  /// The compact JSON text (see `compactBytes`).
  public var compactText: String { String(decoding: compactBytes, as: UTF8.self) }

  /// Appends the compact JSON text of this value to `output`.
  public func appendCompact(to output: inout [UInt8]) {
    switch self {
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
    case .int(let value): output.append(contentsOf: String(value).utf8)
    case .double(let value): output.append(contentsOf: Self.numberText(value).utf8)
    case .string(let text): Self.appendQuoted(text, to: &output)
    case .array(let elements):
      output.append(UInt8(ascii: "["))
      for (position, element) in elements.enumerated() {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        element.appendCompact(to: &output)
      }
      output.append(UInt8(ascii: "]"))
    case .object(let fields):
      output.append(UInt8(ascii: "{"))
      for (position, key) in Self.leanKeyOrder(fields).enumerated() {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        Self.appendQuoted(key, to: &output)
        output.append(UInt8(ascii: ":"))
        fields[key, default: .null].appendCompact(to: &output)
      }
      output.append(UInt8(ascii: "}"))
    }
  }

  /// A double as JSON text; JSON has no infinities or NaN, so those print as `null`.
  static func numberText(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if abs(value) < 1e15, let integral = Int(exactly: value) { return String(integral) }
    return "\(value)"
  }

  /// Appends `text` as a quoted JSON string, escaped the way Lean's `Json.renderString` does.
  static func appendQuoted(_ text: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    let hexDigits = Array("0123456789abcdef".utf8)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case UInt8(ascii: "\n"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case UInt8(ascii: "\r"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0..<0x20:
        output.append(contentsOf: "\\u00".utf8)
        output.append(hexDigits[Int(byte >> 4)])
        output.append(hexDigits[Int(byte & 0x0F)])
      default: output.append(byte)
      }
    }
    output.append(UInt8(ascii: "\""))
  }
}
