/// Splits the REPL's stdout byte stream into replies. A reply starts at a line whose first
/// non-blank character is `{` and ends at the first empty line outside a JSON string. Lines before
/// a reply that do not start with `{` are skipped as stray output. Chunks may be of any size.
public struct ResponseFramer: Sendable {
  /// Why the stream cannot be framed.
  public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
    /// A reply grew past `maximumFrameBytes` without ending.
    case frameTooLarge(limit: Int)

    public var description: String {
      switch self {
      case .frameTooLarge(let limit): return "reply longer than \(limit) bytes"
      }
    }
  }

  private enum Mode: Sendable {
    /// Between replies, at the start of a line (only blanks seen on it so far).
    case lineStart
    /// Between replies, inside a stray line.
    case strayLine
    /// Inside a reply.
    case frame
  }

  /// The longest reply accepted.
  public let maximumFrameBytes: Int
  private var buffer: [UInt8] = []
  /// Where the next byte to scan is in `buffer`.
  private var scanIndex = 0
  /// Where the current reply starts in `buffer` (valid in `.frame` mode).
  private var frameStart = 0
  private var mode = Mode.lineStart
  /// Inside a reply: whether the scan is inside a JSON string, just after a backslash in one, and
  /// on a line that has had only blanks so far.
  private var inString = false
  private var escaped = false
  private var lineIsBlank = false
  /// The number of stray bytes skipped so far, for diagnostics.
  public private(set) var strayByteCount = 0

  public init(maximumFrameBytes: Int = 256 << 20) {
    self.maximumFrameBytes = maximumFrameBytes
  }

  /// The number of bytes held for a reply that has not ended yet.
  public var pendingByteCount: Int { buffer.count - (mode == .frame ? frameStart : scanIndex) }

  /// Adds bytes read from the stream and returns the replies they complete, in order.
  public mutating func append(_ chunk: some Collection<UInt8>) throws(Failure) -> [[UInt8]] {
    buffer.append(contentsOf: chunk)
    var frames: [[UInt8]] = []
    try scan(into: &frames)
    compact()
    return frames
  }

  private mutating func scan(into frames: inout [[UInt8]]) throws(Failure) {
    let newline = UInt8(ascii: "\n")
    let quote = UInt8(ascii: "\"")
    let backslash = UInt8(ascii: "\\")
    let end = buffer.count
    var index = scanIndex
    while index < end {
      let byte = buffer[index]
      switch mode {
      case .lineStart:
        if byte == UInt8(ascii: "{") {
          mode = .frame
          frameStart = index
          inString = false
          escaped = false
          lineIsBlank = false
        } else if byte != newline && !Self.isBlank(byte) {
          mode = .strayLine
          strayByteCount += 1
        }
      case .strayLine:
        strayByteCount += 1
        if byte == newline { mode = .lineStart }
      case .frame:
        if inString {
          if escaped {
            escaped = false
          } else if byte == backslash {
            escaped = true
          } else if byte == quote {
            inString = false
          }
        } else if byte == newline {
          if lineIsBlank {
            frames.append(Array(buffer[frameStart..<index]))
            mode = .lineStart
            scanIndex = index + 1
            index += 1
            continue
          }
          lineIsBlank = true
        } else if !Self.isBlank(byte) {
          lineIsBlank = false
          if byte == quote { inString = true }
        }
        if index + 1 - frameStart > maximumFrameBytes {
          throw .frameTooLarge(limit: maximumFrameBytes)
        }
      }
      index += 1
      if mode != .frame { scanIndex = index }
    }
    scanIndex = index
  }

  /// Drops consumed bytes so the buffer holds only the reply in progress.
  private mutating func compact() {
    let keepFrom = mode == .frame ? frameStart : scanIndex
    guard keepFrom > 0 else { return }
    if keepFrom == buffer.count {
      buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
    } else if keepFrom >= buffer.count / 2 {
      buffer.removeSubrange(0..<keepFrom)
    } else {
      return
    }
    scanIndex -= keepFrom
    frameStart -= keepFrom
  }

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
  }
}
