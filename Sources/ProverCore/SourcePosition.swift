/// A position in a source text, counted the way Lean counts it: `line` from 1, `column` from 0
/// in Unicode scalars (code points), and `offset` in UTF-8 bytes from the start of the text.
public struct SourcePosition: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// UTF-8 byte offset from the start of the text.
  public var offset: Int
  /// Line number, starting at 1.
  public var line: Int
  /// Column in Unicode scalars, starting at 0 (as in Lean's messages and the REPL's `pos`).
  public var column: Int

  public init(offset: Int, line: Int, column: Int) {
    self.offset = offset
    self.line = line
    self.column = column
  }

  /// The position of the first byte of a text.
  public static let start = SourcePosition(offset: 0, line: 1, column: 0)

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool { lhs.offset < rhs.offset }

  public var description: String { "\(line):\(column)" }
}
