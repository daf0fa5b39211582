/// Splits Lean text into the symbol tokens that premise retrieval compares: operators and their
/// notation names become one word each (`+` and `HAdd.hAdd` are both `add`), names split at `.`
/// and `_`, numerals stay, and one-letter variables are dropped.
enum SymbolTokens {
  static let operatorWords: [Character: String] = [
    "+": "add", "*": "mul", "^": "pow", "-": "sub", "/": "div", "%": "mod", "∣": "dvd", "≤": "le", "<": "lt",
    "≥": "le", ">": "lt", "=": "eq", "≠": "ne", "∧": "and", "∨": "or", "¬": "not", "→": "imp", "↔": "iff",
    "∃": "exists", "∀": "forall", "↑": "cast",
  ]
  static let wordAliases: [String: String] = [
    "hadd": "add", "hmul": "mul", "hpow": "pow", "hsub": "sub", "hdiv": "div", "hmod": "mod", "ge": "le", "gt": "lt",
    "eq": "eq", "ne": "ne", "not": "not", "dvd": "dvd", "le": "le", "lt": "lt", "neg": "neg", "natcast": "cast",
    "ofnat": "", "nat": "nat", "int": "int", "prop": "", "true": "true", "false": "false",
  ]

  static func tokens(_ text: String) -> [String] {
    var result: [String] = []
    var word = ""
    func flush() {
      defer { word = "" }
      guard !word.isEmpty else { return }
      for part in word.split(whereSeparator: { $0 == "." || $0 == "_" }) {
        let lower = part.lowercased()
        if let alias = wordAliases[lower] {
          if !alias.isEmpty { result.append(alias) }
        } else if lower.count > 1 || lower.first?.isNumber == true {
          result.append(lower)
        }
      }
    }
    for character in text {
      if character.isLetter || character.isNumber || character == "." || character == "_" || character == "'" {
        word.append(character)
      } else {
        flush()
        if let name = operatorWords[character] { result.append(name) }
      }
    }
    flush()
    if text.contains("+ 1") || text.contains("succ") { result.append("succ") }
    return result
  }
}
