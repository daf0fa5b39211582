import Kernel

/// Derived rules that `simp` composes from the kernel's: a proposition as an equation with
/// `True` or `False` (Lean's `eq_true`, `eq_false`), equivalences as equations (`propext`), and
/// equations proved by two implications.
enum SimpProofs {
  /// `⊢ p` gives `⊢ p = True` (`eq_true`).
  static func equalsTrue(_ theorem: Theorem) throws(KernelError) -> Theorem {
    let p = theorem.conclusion
    let forward = try Theorem.impIntro(p, Theorem.trueIntro())
    let backward = try Theorem.impIntro(Term.trueProposition, theorem)
    return try Theorem.propext(Theorem.iffIntro(forward, backward))
  }

  /// `⊢ ¬p` gives `⊢ p = False` (`eq_false`).
  static func equalsFalse(_ negation: Theorem) throws(KernelError) -> Theorem {
    guard let p = negation.conclusion.negatedProposition else {
      throw KernelError(rule: "simp.equalsFalse", message: "not a negation", terms: [negation.conclusion])
    }
    let forward = try Theorem.impIntro(p, Theorem.notElim(negation, Theorem.assume(p)))
    let falsity = Term.falseProposition
    let backward = try Theorem.impIntro(falsity, Theorem.falseElim(Theorem.assume(falsity), p))
    return try Theorem.propext(Theorem.iffIntro(forward, backward))
  }

  /// `⊢ p = True` gives `⊢ p` (`of_eq_true`).
  static func ofEqualsTrue(_ equation: Theorem) throws(KernelError) -> Theorem {
    try Theorem.eqMP(Theorem.symm(equation), Theorem.trueIntro())
  }

  /// `⊢ lhs = rhs` for propositions, from a proof of `rhs` under the assumption `lhs` and a proof
  /// of `lhs` under the assumption `rhs` (`propext (Iff.intro …)`).
  static func equivalence(
    _ lhs: Term, _ rhs: Term,
    forward: (Theorem) throws(KernelError) -> Theorem,
    backward: (Theorem) throws(KernelError) -> Theorem
  ) throws(KernelError) -> Theorem {
    try Theorem.propext(iff(lhs, rhs, forward: forward, backward: backward))
  }

  /// `⊢ lhs ↔ rhs`, from the two directions as in `equivalence`.
  static func iff(
    _ lhs: Term, _ rhs: Term,
    forward: (Theorem) throws(KernelError) -> Theorem,
    backward: (Theorem) throws(KernelError) -> Theorem
  ) throws(KernelError) -> Theorem {
    let toRight = try Theorem.impIntro(lhs, forward(Theorem.assume(lhs)))
    let toLeft = try Theorem.impIntro(rhs, backward(Theorem.assume(rhs)))
    return try Theorem.iffIntro(toRight, toLeft)
  }

  /// `⊢ p ↔ q` from `⊢ p = q`.
  static func iff(of equation: Theorem) throws(KernelError) -> Theorem {
    guard let (p, q) = equation.conclusion.asEquation, p.isProposition else {
      throw KernelError(rule: "simp.iff", message: "not an equation of propositions", terms: [equation.conclusion])
    }
    let forward = try Theorem.impIntro(p, Theorem.eqMP(equation, Theorem.assume(p)))
    let backward = try Theorem.impIntro(q, Theorem.eqMP(Theorem.symm(equation), Theorem.assume(q)))
    return try Theorem.iffIntro(forward, backward)
  }

  /// `⊢ a = b` and `⊢ b = c` (either may be missing, meaning `refl`) give `⊢ a = c`.
  static func chain(_ first: Theorem?, _ second: Theorem?) throws(KernelError) -> Theorem? {
    guard let first else { return second }
    guard let second else { return first }
    return try Theorem.trans(first, second)
  }

  /// A bottom-up rewrite with kernel proofs: the children of every application and the body of
  /// every `fun` are rewritten first, then `step` is tried on the rebuilt node. `⊢ term = term'`, or
  /// nil when nothing changed.
  static func bottomUp(
    _ term: Term, _ step: (Term) throws(KernelError) -> Theorem?
  ) throws(KernelError) -> Theorem? {
    switch term.kind {
    case .application(let function, let argument):
      let functionProof = try bottomUp(function, step)
      let argumentProof = try bottomUp(argument, step)
      var proof: Theorem?
      if functionProof != nil || argumentProof != nil {
        proof = try Theorem.congruence(
          functionProof ?? Theorem.refl(function), argumentProof ?? Theorem.refl(argument))
      }
      let current = proof?.conclusion.asEquation?.rhs ?? term
      return try chain(proof, step(current))
    case .lambda(let name, let type):
      let local = Term.freshVariable(name, type, avoiding: [term])
      let body = try term.instantiateBinder(with: local)
      guard let bodyProof = try bottomUp(body, step) else { return nil }
      return try Theorem.abstraction(local, bodyProof)
    default:
      return nil
    }
  }
}
