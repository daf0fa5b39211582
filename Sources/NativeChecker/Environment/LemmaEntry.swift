import Kernel

/// A theorem of the environment under its Lean name: its closed statement, how each of its
/// leading arguments is given (`{n m : Nat}` implicit, `(h : P)` explicit), whether it is tagged
/// `@[simp]`, and its kernel theorem (proved, or admitted from the prelude).
public struct LemmaEntry: Sendable {
  /// How an argument of a lemma is given.
  public enum ArgumentKind: Sendable, Equatable {
    case explicit, implicit
  }

  public let name: String
  public let statement: Kernel.Term
  /// The kinds of the leading `∀`/`→` layers that come from the declaration's binders; layers
  /// beyond them (in the type itself) are explicit.
  public let argumentKinds: [ArgumentKind]
  /// The binder names of the same layers (`h₁` for `(h₁ : a ≤ b)`), which tag the goals `apply` makes.
  public let argumentNames: [String]
  public let isSimp: Bool
  public let isProtected: Bool
  public let theorem: Theorem

  init(
    name: String, statement: Kernel.Term, argumentKinds: [ArgumentKind], argumentNames: [String] = [],
    isSimp: Bool, isProtected: Bool, theorem: Theorem
  ) {
    self.argumentNames = argumentNames
    self.name = name
    self.statement = statement
    self.argumentKinds = argumentKinds
    self.isSimp = isSimp
    self.isProtected = isProtected
    self.theorem = theorem
  }

  /// The kind of the leading layer at `index`.
  func kind(at index: Int) -> ArgumentKind {
    index < argumentKinds.count ? argumentKinds[index] : .explicit
  }
}
