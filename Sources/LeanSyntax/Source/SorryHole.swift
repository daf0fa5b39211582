import ProverCore

/// A `sorry` that is a real proof hole: a `sorry` token (never one inside a comment, a string or a
/// name such as `sorry_lemma`) in the value of a declaration.
public struct SorryHole: Hashable, Sendable, Codable {
  /// Whether the hole stands where a tactic is expected (`by sorry`, a `sorry` line in a tactic
  /// block) or where a term is (`:= sorry`, `exact sorry`, `⟨sorry, h⟩`).
  public enum Position: String, Hashable, Sendable, Codable {
    case tactic, term
  }

  /// The range of the `sorry` token itself.
  public var range: SourceRange
  /// The index of the declaration in `SourceFile.declarations`.
  public var declarationIndex: Int
  public var position: Position
  /// The column at which a multi-line proof spliced in place of the hole must start its lines:
  /// the `sorry`'s column when it begins its line, otherwise the line's indentation plus two.
  public var indentColumn: Int
  /// The `by` token directly before the hole (`by sorry`), if any: a splicer replaces `by sorry`
  /// with `by` and an indented block, since tactics after the first line must align with it.
  public var byRange: SourceRange?
  /// Whether the token before a term hole is `:=` (`theorem t : P := sorry`, `have h : P := sorry`):
  /// a tactic proof may then replace it as a bare `by` block, elsewhere it needs parentheses.
  public var followsAssignment: Bool

  public init(
    range: SourceRange, declarationIndex: Int, position: Position, indentColumn: Int, byRange: SourceRange? = nil,
    followsAssignment: Bool = false
  ) {
    self.range = range
    self.declarationIndex = declarationIndex
    self.position = position
    self.indentColumn = indentColumn
    self.byRange = byRange
    self.followsAssignment = followsAssignment
  }
}
