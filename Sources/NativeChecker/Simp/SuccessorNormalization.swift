import Kernel

/// Rewrites `Nat.succ x` to `x + 1` everywhere in a term, with kernel proofs (`Nat.succ_eq_add_one`,
/// true by `rfl` in Lean). Lean's `simp` matches `Nat.succ ?n` against `t + 1` because the two are
/// definitionally equal and its index treats such offsets alike; the native `simp` matches
/// syntactically, so a lemma stated with `Nat.succ` (`Nat.zero_lt_succ : 0 < succ n`) is used in
/// its `+ 1` form, which is the form `simp` leaves in goals (`Nat.succ_eq_add_one` is `@[simp]`).
enum SuccessorNormalization {
  /// `⊢ term = term'` with no `Nat.succ` left in `term'`, or nil when there is none.
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
      if let (constant, operand) = current.asUnaryOperation, constant == .natSucc {
        proof = try SimpProofs.chain(proof, Theorem.axiom(.natSuccEqAddOne, [operand]))
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

  /// The theorem with `Nat.succ x` turned into `x + 1` in its conclusion.
  static func normalizeConclusion(_ theorem: Theorem) throws(KernelError) -> Theorem {
    guard let equation = try normalize(theorem.conclusion) else { return theorem }
    return try Theorem.eqMP(equation, theorem)
  }
}
