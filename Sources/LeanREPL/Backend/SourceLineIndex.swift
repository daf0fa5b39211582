import ProverCore

/// Turns the REPL's line/column positions (line from 1, column in code points from 0) into full
/// `SourcePosition`s with UTF-8 byte offsets, for one source text.
struct SourceLineIndex {
  private let lines: [Substring]
  private let lineOffsets: [Int]

  init(_ text: String) {
    var lines: [Substring] = []
    var offsets: [Int] = []
    var offset = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lines.append(line)
      offsets.append(offset)
      offset += line.utf8.count + 1
    }
    self.lines = lines
    self.lineOffsets = offsets
  }

  /// The position at `line`/`column`, clamped to the text.
  func position(line: Int, column: Int) -> SourcePosition {
    guard line >= 1, line <= lines.count else {
      let last = lines.count
      return SourcePosition(
        offset: last == 0 ? 0 : lineOffsets[last - 1] + lines[last - 1].utf8.count, line: max(1, line), column: column)
    }
    let text = lines[line - 1]
    var bytes = 0
    for (count, scalar) in text.unicodeScalars.enumerated() {
      if count == column { break }
      bytes += String(scalar).utf8.count
    }
    return SourcePosition(offset: lineOffsets[line - 1] + bytes, line: line, column: column)
  }
}
