/// Why a byte sequence is not one valid JSON value; `offset` is the UTF-8 byte offset of the problem.
public struct JSONParseError: Error, Hashable, Sendable, CustomStringConvertible {
  public var offset: Int
  public var reason: String

  public init(offset: Int, reason: String) {
    self.offset = offset
    self.reason = reason
  }

  public var description: String { "invalid JSON at byte \(offset): \(reason)" }
}
