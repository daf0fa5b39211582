import Kernel

/// β-normalisation with kernel proofs: `⊢ term = term'` where `term'` has no redex
/// `(fun x => b) a`. Instances of lemmas over predicates (`exists_eq_left` at `p := fun x => …`)
/// contain such redexes; Lean's `simp` reduces them as part of instantiation.
enum BetaReduction {
  /// `⊢ term = normal form`, or nil when the term has no redex.
  static func normalize(_ term: Term) throws(KernelError) -> Theorem? {
    try SimpProofs.bottomUp(term) { (current) throws(KernelError) -> Theorem? in
      guard let (head, _) = current.asApplication, case .lambda = head.kind else { return nil }
      let step = try Theorem.beta(current)
      guard let reduct = step.conclusion.asEquation?.rhs, let rest = try normalize(reduct) else { return step }
      return try Theorem.trans(step, rest)
    }
  }

  /// `⊢ lhs' = rhs'` from `⊢ lhs = rhs`, both sides β-normalised.
  static func normalizeSides(_ equation: Theorem) throws(KernelError) -> Theorem {
    guard let (lhs, rhs) = equation.conclusion.asEquation else { return equation }
    var result = equation
    if let left = try normalize(lhs) { result = try Theorem.trans(Theorem.symm(left), result) }
    if let right = try normalize(rhs) { result = try Theorem.trans(result, right) }
    return result
  }
}

extension BetaReduction {
  /// `⊢ p'` from `⊢ p`, with `p'` the β-normal form of `p` (the instance of a lemma over a
  /// predicate at `p := fun x => …`).
  static func normalizeConclusion(_ theorem: Theorem) throws(KernelError) -> Theorem {
    guard let step = try normalize(theorem.conclusion) else { return theorem }
    return try Theorem.eqMP(step, theorem)
  }
}
