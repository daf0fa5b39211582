import ProverCore

/// One lexical token of Lean 4 source, with its exact source range and the layout facts that
/// Lean's whitespace-sensitive parsers need (is it first on its line, is it preceded by space).
public struct Token: Hashable, Sendable, CustomStringConvertible {
  /// The lexical class of a token.
  public enum Kind: Hashable, Sendable {
    /// An identifier, possibly dotted (`Nat.add_comm`, `h₀`, `«weird name»`, `exact?`).
    case identifier
    /// A reserved word of Lean's token table (`theorem`, `by`, `fun`, `sorry`, …).
    case keyword
    /// A natural number literal (decimal, `0x`, `0b` or `0o`).
    case number
    /// A decimal literal with a point or exponent (`2.5`, `1e3`); outside the fragment.
    case scientific
    /// A string literal, with its quotes.
    case string
    /// A character literal, with its quotes.
    case character
    /// A symbol from Lean's token table (`:=`, `→`, `⟨`, `<;>`, …).
    case symbol
    /// A doc comment `/-- … -/` or module doc `/-! … -/`.
    case docComment
    /// Text that is not a Lean token (an unterminated comment or string, a stray character).
    case invalid
    /// The end of the text.
    case endOfFile
  }

  public var kind: Kind
  /// The exact source text of the token (for identifiers, as written, guillemets included).
  public var text: String
  public var range: SourceRange
  /// True when no other token comes before this one on its line.
  public var isFirstOnLine: Bool
  /// True when whitespace or a comment separates this token from the previous one.
  public var isPrecededBySpace: Bool

  public init(kind: Kind, text: String, range: SourceRange, isFirstOnLine: Bool, isPrecededBySpace: Bool) {
    self.kind = kind
    self.text = text
    self.range = range
    self.isFirstOnLine = isFirstOnLine
    self.isPrecededBySpace = isPrecededBySpace
  }

  /// The column of the token's first character (code points from 0).
  public var column: Int { range.start.column }

  /// True for the keyword or symbol with exactly this text.
  public func isReserved(_ text: String) -> Bool {
    (kind == .keyword || kind == .symbol) && self.text == text
  }

  /// The components of an identifier (`Nat.add_comm` → `["Nat", "add_comm"]`), without guillemets.
  public var nameComponents: [String] {
    guard kind == .identifier else { return [] }
    return Lexer.splitName(text)
  }

  public var description: String { "\(kind) '\(text)' at \(range.start)" }
}
