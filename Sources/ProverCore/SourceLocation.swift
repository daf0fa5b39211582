/// Where something is: a file (or a pseudo-name such as `<input>`) and a range inside it.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The file path as given by the user, or a pseudo-name such as `<input>`.
  public var file: String
  public var range: SourceRange

  public init(file: String, range: SourceRange) {
    self.file = file
    self.range = range
  }

  public init(file: String, position: SourcePosition) {
    self.init(file: file, range: SourceRange(at: position))
  }

  /// `file:line:column`, in Lean's convention (line from 1, column from 0).
  public var description: String { "\(file):\(range.start.line):\(range.start.column)" }
}
