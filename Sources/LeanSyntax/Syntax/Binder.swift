import ProverCore

/// A group of bound names with an optional type: `(a b : ℕ)` or `{n : ℕ}` in a declaration,
/// `x y : ℕ` or `(x : ℕ)` after `∀`, `∃` and `fun`. Both spellings of an explicit group with a type
/// (`∀ x : ℕ, P` and `∀ (x : ℕ), P`) are the same binder. An anonymous name is written `_`.
public struct Binder: Hashable, Sendable {
  /// Whether arguments for the group are given explicitly.
  public enum Visibility: Hashable, Sendable {
    /// `(x : T)` or a bare `x`.
    case explicit
    /// `{x : T}`.
    case implicit
  }

  public var names: [String]
  public var type: Term?
  public var visibility: Visibility
  @IgnoredByEquality public var range: SourceRange

  public init(names: [String], type: Term?, visibility: Visibility = .explicit, range: SourceRange) {
    self.names = names
    self.type = type
    self.visibility = visibility
    self.range = range
  }
}
