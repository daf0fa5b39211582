import ProverCore

/// One declaration of a Lean file (`theorem`, `lemma`, `example`, `def`, …) with its exact source
/// ranges: the whole declaration (doc comment and attributes included), its signature (binders
/// and type, after the name) and its value (after `:=`).
public struct Declaration: Hashable, Sendable, Codable {
  /// The declaration keyword.
  public enum Kind: String, Hashable, Sendable, Codable {
    case theorem, lemma, example, def, abbrev, instance, axiom, structure, inductive, `class`, opaque
  }

  public var kind: Kind
  /// The name as written (`add_comm`), or nil for `example` and anonymous instances.
  public var name: String?
  /// The full name with the enclosing namespaces (`Peano.add_comm`), or nil when unnamed.
  public var fullName: String?
  /// The namespaces open around the declaration, outermost first.
  public var namespaces: [String]
  /// `private`, `protected`, `noncomputable`, … in source order.
  public var modifiers: [String]
  /// The text of each attribute list, without `@[` and `]` (`simp`, `simp, norm_cast`).
  public var attributes: [String]
  /// The doc comment's text, with its delimiters, if there is one.
  public var docComment: String?
  /// The whole declaration, from its doc comment or first modifier to its last token.
  public var range: SourceRange
  /// From the keyword to the last token.
  public var keywordRange: SourceRange
  /// Binders and type: from after the name up to (excluding) `:=`; empty when there is no `:=`.
  public var signatureRange: SourceRange
  /// The value after `:=` (a `by` block or a term); nil when the declaration has no `:=`.
  public var valueRange: SourceRange?
  /// Indices into the file's token array: the tokens after the name, up to the last token.
  public var bodyTokenRange: Range<Int>

  /// A short label for reports: `theorem Peano.add_comm`, or `example` at its line.
  public var label: String {
    "\(kind.rawValue) \(fullName ?? "(line \(keywordRange.start.line))")"
  }
}
