import ProverCore

/// What a declaration states: its binders and its type, `(a b : ℕ) (h₀ : 0 < a) : a + b = b + a`.
public struct DeclarationSignature: Hashable, Sendable {
  public var binders: [Binder]
  public var type: Term
  @IgnoredByEquality public var range: SourceRange

  public init(binders: [Binder], type: Term, range: SourceRange) {
    self.binders = binders
    self.type = type
    self.range = range
  }
}
