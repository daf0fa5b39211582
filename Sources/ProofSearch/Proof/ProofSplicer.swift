import LeanSyntax
import ProverCore

/// Puts tactic scripts in place of `sorry` holes by text edits: every byte outside the replaced
/// holes stays as it was. A one-line script replaces the `sorry` token; a longer one after `by`
/// on the same line becomes `by` and an indented block at the hole's indentation column. A term
/// hole becomes a `by` block: bare after `:=`, in parentheses anywhere else.
public enum ProofSplicer {
  /// One replacement: the byte range it covers and the new text.
  public struct Edit: Hashable, Sendable {
    public var range: Range<Int>
    public var text: String
  }

  /// The edit that fills a hole with a script.
  public static func edit(for hole: SorryHole, script: [String]) -> Edit {
    let indent = String(repeating: " ", count: hole.indentColumn)
    if hole.position == .term {
      return termEdit(for: hole, script: script, indent: indent)
    }
    if script.count == 1 {
      return Edit(range: hole.range.byteRange, text: script[0])
    }
    if let by = hole.byRange {
      let body = script.map { indent + $0 }.joined(separator: "\n")
      return Edit(range: by.start.offset..<hole.range.end.offset, text: "by\n" + body)
    }
    let body = script.enumerated().map { $0.offset == 0 ? $0.element : indent + $0.element }.joined(separator: "\n")
    return Edit(range: hole.range.byteRange, text: body)
  }

  /// A term hole filled with a tactic block: `by tac` on one line, or `by` and the script on the
  /// following lines at the hole's indentation column; wrapped in parentheses unless it follows `:=`.
  static func termEdit(for hole: SorryHole, script: [String], indent: String) -> Edit {
    let block =
      script.count == 1
      ? "by " + script[0]
      : "by\n" + script.map { indent + $0 }.joined(separator: "\n")
    return Edit(range: hole.range.byteRange, text: hole.followsAssignment ? block : "(" + block + ")")
  }

  /// Applies non-overlapping edits to a text.
  public static func apply(_ edits: [Edit], to text: String) -> String {
    var bytes = Array(text.utf8)
    for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
      bytes.replaceSubrange(edit.range, with: Array(edit.text.utf8))
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
