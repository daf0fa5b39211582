/// Cuts the server's stdin into requests exactly as the real REPL's `getLines` does: a request is
/// a run of lines, each with its trailing whitespace trimmed and joined with no separator, ended by
/// a line that is blank after trimming (which is kept, so the request ends with it). At the end of
/// input the request is what was read, and once nothing is left it is the empty string.
public struct ReplInputReader: Sendable {
  private var buffer: [UInt8] = []
  private var scanned = 0
  private var finished = false
  private var pending: [UInt8] = []

  public init() {}

  /// Adds bytes read from the input.
  public mutating func append(_ bytes: some Collection<UInt8>) {
    buffer.append(contentsOf: bytes)
  }

  /// Marks the end of the input.
  public mutating func finish() {
    finished = true
  }

  /// The next request, or nil when more input is needed. An empty string means end of input.
  public mutating func nextQuery() -> String? {
    while true {
      guard let line = nextLine() else { return nil }
      let text = String(decoding: line, as: UTF8.self)
      if text.allSatisfy(Self.isWhitespace) {
        let query = pending + line
        pending = []
        return String(decoding: query, as: UTF8.self)
      }
      var trimmed = Substring(text)
      while let last = trimmed.last, Self.isWhitespace(last) { trimmed.removeLast() }
      pending.append(contentsOf: trimmed.utf8)
    }
  }

  /// The next line with its newline, the last partial line at end of input, or the empty line once
  /// the input is exhausted; nil when more input is needed.
  private mutating func nextLine() -> [UInt8]? {
    if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
      let line = Array(buffer[..<(newline + 1)])
      buffer.removeSubrange(..<(newline + 1))
      scanned = 0
      return line
    }
    scanned = buffer.count
    guard finished else { return nil }
    let line = buffer
    buffer = []
    scanned = 0
    return line
  }

  private static func isWhitespace(_ character: Character) -> Bool {
    character == " " || character == "\t" || character == "\r" || character == "\n"
  }
}
