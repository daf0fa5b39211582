import ProverCore

/// A term of the fragment: expressions, propositions and types alike (`ℕ → ℤ` is a term), as the
/// parser reads them. Parentheses are not nodes: `(a + b) * c` is a product whose left operand is
/// a sum, and the printer puts back exactly the parentheses that Lean needs. Equality and hashing
/// ignore source ranges, so a parsed term equals the term parsed from its printed form.
public struct Term: Hashable, Sendable {
  /// The shape of a term.
  public indirect enum Kind: Hashable, Sendable {
    /// An identifier as written, possibly dotted: `h₀`, `Nat.add_comm`, `x.succ`, `«weird name»`.
    case identifier(String)
    /// An identifier with its implicit arguments made explicit: `@Nat.add_comm`.
    case explicitIdentifier(String)
    /// A natural number literal, as decimal digits without leading zeros (`0x10` is `"16"`).
    case natural(String)
    /// The placeholder `_`.
    case hole
    /// A synthetic hole `?_` (no name) or `?a`.
    case syntheticHole(String?)
    /// `sorry`.
    case sorry
    /// The sort `Prop`.
    case prop
    /// Juxtaposition `f a b`. The function is never itself an application: `(f a) b` is `f a b`.
    case application(Term, [Term])
    /// A binary operator: `a + b`, `p ∧ q`, `ℕ → ℕ`.
    case binary(BinaryOperator, Term, Term)
    /// Unary minus `-x` (`Neg.neg`, precedence 75: `-x ^ 2` is `-(x ^ 2)`).
    case negation(Term)
    /// `¬p` (its operand is parsed at precedence 40: `¬a = b` is `¬(a = b)`).
    case not(Term)
    /// The coercion arrow `↑x`.
    case coercion(Term)
    /// Mathlib's factorial `n !` (`Nat.factorial`).
    case factorial(Term)
    /// Generalized field notation with no space around the dot: `h.1`, `(f x).2`, `(f x).symm`.
    /// A dotted field is one projection per component: `(f x).a.b` projects `a`, then `b`. (An
    /// identifier such as `h.mp` or `x.succ` stays one identifier, as Lean reads it.)
    case projection(Term, String)
    /// A type ascription `(e : T)`.
    case ascription(Term, Term)
    /// An anonymous constructor `⟨a, b, c⟩`.
    case anonymousConstructor([Term])
    /// `∀ x y : ℕ, P`, `∀ (x : ℕ) (y : ℤ), P`, `∀ x, P`.
    case forall([Binder], Term)
    /// `∃ x y : ℕ, P`, `∃ (x : ℕ) (y : ℤ), P`, `∃ x, P`.
    case exists([Binder], Term)
    /// A quantifier over a bounded variable: `∀ n ≥ 5, P`, `∃ n < 10, P`.
    case bounded(Quantifier, variable: String, relation: BinaryOperator, bound: Term, body: Term)
    /// `fun x => e`, `fun (x : ℕ) => e` (also written `λ` and `↦`).
    case lambda([Binder], Term)
    /// `show T from e`.
    case showFrom(Term, Term)
    /// `show T by tactics`.
    case showBy(Term, TacticBlock)
    /// A term built by tactics: `by tactics`.
    case by(TacticBlock)
    /// `if c then a else b`, or `if h : c then a else b` when `hypothesis` is given.
    case ifThenElse(hypothesis: String?, condition: Term, then: Term, else: Term)
    /// A `calc` chain.
    case calc([CalcStep])
  }

  public var kind: Kind
  @IgnoredByEquality public var range: SourceRange

  public init(_ kind: Kind, range: SourceRange) {
    self.kind = kind
    self.range = range
  }

  /// An application that keeps the canonical form: applying an application adds arguments.
  public static func application(_ function: Term, _ arguments: [Term], range: SourceRange) -> Term {
    guard !arguments.isEmpty else { return function }
    if case .application(let inner, let previous) = function.kind {
      return Term(.application(inner, previous + arguments), range: range)
    }
    return Term(.application(function, arguments), range: range)
  }
}
