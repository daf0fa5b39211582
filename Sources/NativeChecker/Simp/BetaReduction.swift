import Kernel

/// β-normalisation with kernel proofs: `⊢ term = term'` where `term'` has no redex
/// `(fun x => b) a`. Instances of lemmas over predicates (`exists_eq_left` at `p := fun x => …`)
/// contain such redexes; Lean's `simp` reduces them as part of instantiation.
enum BetaReduction {
  /// `⊢ term = normal form`, or nil when the term has no redex.
  static func normalize(_ term: Term) throws(KernelError) -> Theorem? {
    switch term.kind {
    case .application(let function, let argument):
      let functionProof = try normalize(function)
      let argumentProof = try normalize(argument)
      var proof: Theorem?
      if functionProof != nil || argumentProof != nil {
        proof = try Theorem.congruence(
          functionProof ?? Theorem.refl(function), argumentProof ?? Theorem.refl(argument))
      }
      let current = proof?.conclusion.asEquation?.rhs ?? term
      if let (head, _) = current.asApplication, case .lambda = head.kind {
        let step = try Theorem.beta(current)
        proof = try SimpProofs.chain(proof, step)
        if let reduct = step.conclusion.asEquation?.rhs, let rest = try normalize(reduct) {
          proof = try SimpProofs.chain(proof, rest)
        }
      }
      return proof
    case .lambda(let name, let type):
      let local = Term.freshVariable(name, type, avoiding: [term])
      let body = try term.instantiateBinder(with: local)
      guard let bodyProof = try normalize(body) else { return nil }
      return try Theorem.abstraction(local, bodyProof)
    default:
      return nil
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
