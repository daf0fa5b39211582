import ProverCore

/// A pattern of `rcases`, `obtain` and `rintro`: `⟨a, b⟩ | c`, `(h | h)`, `rfl`, `_`, `-`,
/// `⟨x, hx⟩ : T`.
public struct RCasesPattern: Hashable, Sendable {
  /// The shape of a pattern.
  public indirect enum Kind: Hashable, Sendable {
    /// A name for the component (`rfl` substitutes the equation away).
    case name(String)
    /// `_`: keep the component without naming it.
    case hole
    /// `-`: clear the component.
    case clear
    /// `⟨p, q, …⟩`.
    case tuple([RCasesPattern])
    /// `p | q | …`: one pattern per constructor.
    case alternatives([RCasesPattern])
    /// `p : T`.
    case typed(RCasesPattern, Term)
  }

  public var kind: Kind
  @IgnoredByEquality public var range: SourceRange

  public init(_ kind: Kind, range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}
