/// Splits Lean source into its header (the leading `import`, `open` and `set_option` lines, blank
/// lines and comments) and the body after it, at a line boundary. The header is what a pool worker
/// loads once as its header environment; the body is elaborated on top of it.
public struct SourceHeader: Hashable, Sendable {
  /// The header lines (the last one ends with a newline unless the header is the whole source).
  public var header: String
  /// Everything after the header.
  public var body: String
  /// The number of line breaks in the header: line `l` of the body is line `l + lineCount` of the
  /// whole source.
  public var lineCount: Int

  public init(splitting source: String) {
    var headerEnd = source.startIndex
    var inBlockComment = false
    var index = source.startIndex
    while index < source.endIndex {
      let lineEnd = source[index...].firstIndex(of: "\n") ?? source.endIndex
      let line = source[index..<lineEnd]
      let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
      let isHeaderLine: Bool
      if inBlockComment {
        isHeaderLine = true
        if line.contains("-/") { inBlockComment = false }
      } else if trimmed.hasPrefix("/-") && !trimmed.hasPrefix("/--") {
        isHeaderLine = true
        inBlockComment = !trimmed.dropFirst(2).contains("-/")
      } else {
        isHeaderLine = Self.isHeaderCommand(trimmed)
      }
      guard isHeaderLine else { break }
      index = lineEnd < source.endIndex ? source.index(after: lineEnd) : source.endIndex
      if !inBlockComment { headerEnd = index }
    }
    header = String(source[..<headerEnd])
    body = String(source[headerEnd...])
    lineCount = header.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
  }

  private static func isHeaderCommand(_ line: Substring) -> Bool {
    if line.allSatisfy({ $0.isWhitespace }) || line.hasPrefix("--") { return true }
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
    guard let first = words.first else { return true }
    switch first {
    case "import": return true
    case "open", "set_option": return words.last != "in"
    default: return false
    }
  }
}
