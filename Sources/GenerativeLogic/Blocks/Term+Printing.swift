extension Term: CustomStringConvertible {
  /// Infix notation for people: `a + b * c`, `s(a)`, with parentheses only where needed
  /// (`*` binds tighter than `+`, both associate to the left).
  public var description: String { infix(lean: false) }

  /// The term as Lean 4 source over `Nat`: `Nat.succ x` for the successor.
  public var leanText: String { infix(lean: true) }

  func infix(lean: Bool) -> String {
    switch self {
    case .variable(let name): return name
    case .zero: return "0"
    case .one: return "1"
    case .succ(let inner):
      let text = inner.infix(lean: lean)
      guard lean else { return "s(\(text))" }
      return "Nat.succ " + (inner.isAtomic ? text : "(\(text))")
    case .add(let left, let right):
      let l = left.infix(lean: lean)
      let r = right.infix(lean: lean)
      return "\(l) + \(right.isAddition ? "(\(r))" : r)"
    case .mul(let left, let right):
      let l = left.infix(lean: lean)
      let r = right.infix(lean: lean)
      let leftText = left.isAddition ? "(\(l))" : l
      let rightText = right.isAddition || right.isMultiplication ? "(\(r))" : r
      return "\(leftText) * \(rightText)"
    }
  }

  var isAtomic: Bool { children.isEmpty }
  var isAddition: Bool { if case .add = self { return true } else { return false } }
  var isMultiplication: Bool { if case .mul = self { return true } else { return false } }

  /// Prefix notation used in JSON and by the verifier: `+(a,s(b))`, `*(a,b)`, `0`, `1`, names.
  public var prefixText: String {
    switch self {
    case .variable(let name): return name
    case .zero: return "0"
    case .one: return "1"
    case .succ(let inner): return "s(\(inner.prefixText))"
    case .add(let left, let right): return "+(\(left.prefixText),\(right.prefixText))"
    case .mul(let left, let right): return "*(\(left.prefixText),\(right.prefixText))"
    }
  }

  /// Reads the prefix notation back; nil when the text is not a term.
  public init?(prefixText text: String) {
    var scalars = Substring(text)
    guard let term = Term.readPrefix(&scalars), scalars.isEmpty else { return nil }
    self = term
  }

  static func readPrefix(_ text: inout Substring) -> Term? {
    guard let first = text.first else { return nil }
    switch first {
    case "0":
      text.removeFirst()
      return .zero
    case "1":
      text.removeFirst()
      return .one
    case "+", "*":
      text.removeFirst()
      guard text.first == "(" else { return nil }
      text.removeFirst()
      guard let left = readPrefix(&text), text.first == "," else { return nil }
      text.removeFirst()
      guard let right = readPrefix(&text), text.first == ")" else { return nil }
      text.removeFirst()
      return first == "+" ? .add(left, right) : .mul(left, right)
    default:
      var name = ""
      while let next = text.first, next.isLetter || next.isNumber || next == "_" || next == "'" {
        name.append(next)
        text.removeFirst()
      }
      if name.isEmpty { return nil }
      if name == "s" && text.first == "(" {
        text.removeFirst()
        guard let inner = readPrefix(&text), text.first == ")" else { return nil }
        text.removeFirst()
        return .succ(inner)
      }
      return .variable(name)
    }
  }
}

extension Term: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let term = Term(prefixText: text) else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a term: \(text)")
    }
    self = term
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(prefixText)
  }
}
