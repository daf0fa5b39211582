/// A position in the REPL's messages and sorries: `line` from 1, `column` from 0 in code points.
/// Messages produced in tactic mode often carry line 0.
public struct ReplPosition: Hashable, Sendable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  init(json: JSONValue) throws(ReplProtocolError) {
    let fields = try JSONFields(json, shape: "position")
    line = try fields.natural("line")
    column = try fields.natural("column")
  }

  var json: JSONValue { .object(["line": .int(line), "column": .int(column)]) }

  public var description: String { "\(line):\(column)" }
}
