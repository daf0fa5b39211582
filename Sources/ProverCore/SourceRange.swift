/// A half-open range `[start, end)` of a source text, with byte offsets and line/column positions.
public struct SourceRange: Hashable, Sendable, Codable, CustomStringConvertible {
  public var start: SourcePosition
  public var end: SourcePosition

  public init(start: SourcePosition, end: SourcePosition) {
    self.start = start
    self.end = end
  }

  /// An empty range at one position.
  public init(at position: SourcePosition) {
    self.init(start: position, end: position)
  }

  /// The UTF-8 byte offsets covered by this range.
  public var byteRange: Range<Int> { start.offset..<end.offset }

  /// The smallest range that covers both ranges.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(start: Swift.min(start, other.start), end: Swift.max(end, other.end))
  }

  public var description: String { "\(start)-\(end)" }
}
