import Kernel

/// A quantifier over ℕ bounded by a strict or non-strict upper bound, in the shapes Lean elaborates
/// `∀ n < k, p n` (`∀ n, n < k → p n`) and `∃ n ≤ k, p n` (`∃ n, n ≤ k ∧ p n`) into. These are the
/// shapes of core's `Nat.decidableBallLT`, `Nat.decidableBallLE`, `Nat.decidableExistsLT` and
/// `Nat.decidableExistsLE`.
struct BoundedQuantifier {
  /// `true` for `∀`, `false` for `∃`.
  let isUniversal: Bool
  /// The fresh variable standing for the bound variable in `body`.
  let variable: Term
  /// The bound `k`, in which `variable` does not occur.
  let bound: Term
  /// Whether the bound is included (`≤`) or not (`<`).
  let inclusive: Bool
  /// `p n`, with `variable` for `n`.
  let body: Term

  /// Recognizes `term` as a bounded quantifier; nil for any other term (an unbounded or non-ℕ
  /// quantifier included).
  init?(_ term: Term) {
    guard let (quantifier, _) = term.asQuantifier else { return nil }
    let universal: Bool
    switch quantifier {
    case .forall(.nat): universal = true
    case .exists(.nat): universal = false
    default: return nil
    }
    let fresh = Term.freshVariable(term.binderName ?? "n", .nat, avoiding: [term])
    guard let opened = try? term.instantiateBinder(with: fresh),
      let (connective, guardTerm, body) = opened.asBinaryOperation,
      connective == (universal ? Constant.implies : Constant.and),
      let (relation, lhs, bound) = guardTerm.asBinaryOperation, lhs === fresh,
      relation == .natLt || relation == .natLe, !bound.hasFreeVariable(fresh)
    else { return nil }
    isUniversal = universal
    variable = fresh
    self.bound = bound
    inclusive = relation == .natLe
    self.body = body
  }
}
