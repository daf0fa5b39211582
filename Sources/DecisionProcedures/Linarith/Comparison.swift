import Kernel

/// One fact for `linarith` after preprocessing: `term R 0` over ℤ with `R` one of `<`, `≤`, `=`,
/// the polynomial of `term`, and the indices of the input facts it came from.
struct Comparison {
  enum Relation: Sendable, Equatable {
    case lessThan, lessOrEqual, equal
  }

  /// `lhs - rhs`, as an ℤ term (for finding squares and forming products).
  let term: Term
  let relation: Relation
  let polynomial: Polynomial
  /// Input facts (hypotheses and hints) this fact rests on.
  let origins: Set<Int>

  /// The relation of the product of two facts `t₁ R₁ 0` and `t₂ R₂ 0`, stated as
  /// `-(t₁ * t₂) R 0` (Mathlib's `mul_pos_of_neg_of_neg`, `mul_nonneg_of_nonpos_of_nonpos`, and
  /// `zero_mul_eq` for an equality).
  static func productRelation(_ a: Relation, _ b: Relation) -> Relation {
    switch (a, b) {
    case (.equal, _), (_, .equal): .equal
    case (.lessThan, .lessThan): .lessThan
    default: .lessOrEqual
    }
  }
}
