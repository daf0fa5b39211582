import Kernel

/// Mathlib's `push_neg` (`push Not`, `Mathlib/Tactic/Push.lean`) on kernel terms: a `simp`
/// traversal with no lemmas whose pre-step rewrites every negation it meets, from the root down,
/// with Mathlib's `push` set and `pushNegBuiltin`: `not_not`, `not_and_eq` (`¬(p ∧ q)` to
/// `p → ¬q`), `not_or`, `Classical.not_imp`, `not_iff`, `not_exists`, `not_forall_eq`,
/// `not_true_eq_false`, `not_false_eq_true`, `ne_eq` backwards (`¬a = b` to `a ≠ b`), `¬a ≠ b` to
/// `a = b`, and the linear-order lemmas `not_le`, `not_lt` (so `¬a ≥ b` is `a < b`). Binder names
/// are kept. Each step is proved from the kernel's rules (classically, as Mathlib's are).
enum NegationPusher {
  /// The pushed form and `⊢ term = result`; `definitional` when the only steps were `ne_eq`
  /// (Lean keeps the hypothesis in place then, since the result is defeq with no proof).
  struct Outcome {
    let result: KTerm
    let proof: Theorem
    let definitional: Bool
  }

  /// nil when nothing changes.
  static func push(_ term: KTerm) throws(CheckError) -> Outcome? {
    var definitional = true
    let proof: Theorem?
    do {
      proof = try visit(term, &definitional)
    } catch let error as CheckError {
      throw error
    } catch let error as KernelError {
      throw .kernel(error)
    } catch {
      throw .tactic("push_neg failed: \(error)")
    }
    guard let proof, let (_, result) = proof.conclusion.asEquation, result != term else { return nil }
    return Outcome(result: result, proof: proof, definitional: definitional)
  }

  private static func visit(_ term: KTerm, _ definitional: inout Bool) throws -> Theorem? {
    var proof: Theorem?
    var current = term
    var budget = 10_000
    while let (next, step, isDefinitional) = try negationStep(current) {
      budget -= 1
      guard budget > 0 else { throw CheckError.tactic("push_neg: more than 10000 rewriting steps at one negation") }
      if !isDefinitional { definitional = false }
      proof = try Conversion.chain(proof, step)
      if next == current { break }
      current = next
    }
    if let inner = try children(current, &definitional) {
      proof = try Conversion.chain(proof, inner)
    }
    return proof
  }

  /// Simp's congruence: the operands of the connectives and the bodies of the quantifiers.
  private static func children(_ term: KTerm, _ definitional: inout Bool) throws -> Theorem? {
    if let (constant, lhs, rhs) = term.asBinaryOperation {
      switch constant {
      case .and, .or, .implies, .iff:
        let left = try visit(lhs, &definitional)
        let right = try visit(rhs, &definitional)
        guard left != nil || right != nil else { return nil }
        let head = try Theorem.congruence(Theorem.refl(KTerm.constant(constant)), left ?? Theorem.refl(lhs))
        return try Theorem.congruence(head, right ?? Theorem.refl(rhs))
      default: return nil
      }
    }
    if let operand = term.negatedProposition {
      guard let inner = try visit(operand, &definitional) else { return nil }
      return try Theorem.congruence(Theorem.refl(KTerm.constant(.not)), inner)
    }
    if let (quantifier, predicate) = term.asQuantifier, case .lambda(let name, let type) = predicate.kind {
      let variable = binderVariable(name, type, avoiding: predicate)
      let body = try predicate.instantiateBinder(with: variable)
      guard let inner = try visit(body, &definitional) else { return nil }
      let abstracted = try Theorem.abstraction(variable, inner)
      return try Theorem.congruence(Theorem.refl(KTerm.constant(quantifier)), abstracted)
    }
    return nil
  }

  /// One rewrite at a negation: the new term, `⊢ term = new`, and whether it is `ne_eq` only.
  private static func negationStep(_ term: KTerm) throws -> (KTerm, Theorem, Bool)? {
    guard let p = term.negatedProposition else { return nil }
    if let q = p.negatedProposition {
      return try proved(term, q) { h in
        try doubleNegation(h)
      } backward: { h in
        try introduceDoubleNegation(h)
      }
    }
    if let (constant, a, b) = p.asBinaryOperation {
      switch constant {
      case .and: return try pushAnd(term, a, b)
      case .or: return try pushOr(term, a, b)
      case .implies: return try pushImplies(term, a, b)
      case .iff: return try pushIff(term, a, b)
      case .equal:
        let result = try KTerm.notEqual(a, b)
        return (result, try Theorem.symm(Theorem.unfoldNotation(result)), true)
      case .notEqual:
        let unfolded = try Theorem.congruence(Theorem.refl(KTerm.constant(.not)), Theorem.unfoldNotation(p))
        let equation = try KTerm.equal(a, b)
        let twice = try KTerm.not(try KTerm.not(equation))
        let (_, removal, _) = try proved(twice, equation) { h in
          try doubleNegation(h)
        } backward: { h in
          try introduceDoubleNegation(h)
        }
        return (equation, try Theorem.trans(unfolded, removal), false)
      case .natLe, .intLe:
        return try orderLemma(term, p, lemma: a.type == .nat ? "Nat.not_le" : "Int.not_le", a, b)
      case .natLt, .intLt:
        return try orderLemma(term, p, lemma: a.type == .nat ? "Nat.not_lt" : "Int.not_lt", a, b)
      case .natGe, .intGe, .natGt, .intGt:
        let unfolded = try Theorem.unfoldNotation(p)
        let flipped = try KTerm.not(unfolded.conclusion.asEquation!.rhs)
        let toFlipped = try Theorem.congruence(Theorem.refl(KTerm.constant(.not)), unfolded)
        guard let (next, step, _) = try negationStep(flipped) else { return nil }
        return (next, try Theorem.trans(toFlipped, step), false)
      case .natDvd, .intDvd:
        return nil
      default:
        throw CheckError.unsupported("push_neg on ¬(\(p))", at: nil)
      }
    }
    if let (quantifier, _) = p.asQuantifier, let type = p.binderType {
      let variable = binderVariable(p.binderName ?? "x", type, avoiding: p)
      let body = try p.instantiateBinder(with: variable)
      if case .exists = quantifier { return try pushExists(term, p, variable, body) }
      return try pushForall(term, p, variable, body)
    }
    if p === KTerm.trueProposition {
      return try proved(term, KTerm.falseProposition) { h in
        try Theorem.notElim(h, Theorem.trueIntro())
      } backward: {
        h in
        try Theorem.falseElim(h, term)
      }
    }
    if p === KTerm.falseProposition {
      return try proved(term, KTerm.trueProposition) { _ in
        Theorem.trueIntro()
      } backward: { _ in
        try Theorem.notIntro(Theorem.impIntro(p, Theorem.assume(p)))
      }
    }
    if isOpaqueAtom(p) { return nil }
    throw CheckError.unsupported("push_neg on ¬(\(p))", at: nil)
  }

  /// A proposition no push lemma of the fragment rewrites under `¬`: a propositional variable or
  /// a predicate variable applied to arguments.
  private static func isOpaqueAtom(_ p: KTerm) -> Bool {
    var head = p
    while let (function, _) = head.asApplication { head = function }
    if case .variable = head.kind { return true }
    return false
  }

  private typealias Direction = (Theorem) throws -> Theorem

  /// `⊢ lhs = rhs` from the two implications, as a step.
  private static func proved(
    _ lhs: KTerm, _ rhs: KTerm, forward: Direction, backward: Direction
  ) throws -> (KTerm, Theorem, Bool) {
    let toRight = try Theorem.impIntro(lhs, forward(Theorem.assume(lhs)))
    let toLeft = try Theorem.impIntro(rhs, backward(Theorem.assume(rhs)))
    return (rhs, try Theorem.propext(Theorem.iffIntro(toRight, toLeft)), false)
  }

  /// `Γ ⊢ ¬¬q` gives `Γ ⊢ q` (classically).
  private static func doubleNegation(_ h: Theorem) throws -> Theorem {
    guard let notQ = h.conclusion.negatedProposition else {
      throw KernelError(rule: "push_neg", message: "not a double negation", terms: [h.conclusion])
    }
    return try Theorem.byContradiction(Theorem.impIntro(notQ, Theorem.notElim(h, Theorem.assume(notQ))))
  }

  /// `Γ ⊢ q` gives `Γ ⊢ ¬¬q`.
  private static func introduceDoubleNegation(_ h: Theorem) throws -> Theorem {
    let notQ = try KTerm.not(h.conclusion)
    return try Theorem.notIntro(Theorem.impIntro(notQ, Theorem.notElim(Theorem.assume(notQ), h)))
  }

  /// `Γ ⊢ p → False` style refutation: `¬p` from a proof of `False` under `p`.
  private static func refute(_ p: KTerm, _ absurdity: Theorem) throws -> Theorem {
    try Theorem.notIntro(Theorem.impIntro(p, absurdity))
  }

  private static func pushAnd(_ term: KTerm, _ a: KTerm, _ b: KTerm) throws -> (KTerm, Theorem, Bool) {
    let result = try KTerm.implies(a, KTerm.not(b))
    let both = try KTerm.and(a, b)
    return try proved(term, result) { h in
      try Theorem.impIntro(
        a, refute(b, Theorem.notElim(h, Theorem.andIntro(Theorem.assume(a), Theorem.assume(b)))))
    } backward: { h in
      let assumed = try Theorem.assume(both)
      return try refute(both, Theorem.notElim(Theorem.impElim(h, Theorem.andLeft(assumed)), Theorem.andRight(assumed)))
    }
  }

  private static func pushOr(_ term: KTerm, _ a: KTerm, _ b: KTerm) throws -> (KTerm, Theorem, Bool) {
    let result = try KTerm.and(KTerm.not(a), KTerm.not(b))
    let either = try KTerm.or(a, b)
    return try proved(term, result) { h in
      let notA = try refute(a, Theorem.notElim(h, Theorem.orIntroLeft(Theorem.assume(a), b)))
      let notB = try refute(b, Theorem.notElim(h, Theorem.orIntroRight(a, Theorem.assume(b))))
      return try Theorem.andIntro(notA, notB)
    } backward: { h in
      let cases = try Theorem.orElim(
        Theorem.assume(either), Theorem.notElim(Theorem.andLeft(h), Theorem.assume(a)),
        Theorem.notElim(Theorem.andRight(h), Theorem.assume(b)))
      return try refute(either, cases)
    }
  }

  private static func pushImplies(_ term: KTerm, _ a: KTerm, _ b: KTerm) throws -> (KTerm, Theorem, Bool) {
    let result = try KTerm.and(a, KTerm.not(b))
    let implication = try KTerm.implies(a, b)
    let notA = try KTerm.not(a)
    return try proved(term, result) { h in
      let absurdA = try Theorem.falseElim(Theorem.notElim(Theorem.assume(notA), Theorem.assume(a)), b)
      let fromNotA = try Theorem.notElim(h, Theorem.impIntro(a, absurdA))
      let provedA = try Theorem.byContradiction(Theorem.impIntro(notA, fromNotA))
      let notB = try refute(b, Theorem.notElim(h, Theorem.impIntro(a, Theorem.assume(b))))
      return try Theorem.andIntro(provedA, notB)
    } backward: { h in
      let applied = try Theorem.impElim(Theorem.assume(implication), Theorem.andLeft(h))
      return try refute(implication, Theorem.notElim(Theorem.andRight(h), applied))
    }
  }

  private static func pushIff(_ term: KTerm, _ a: KTerm, _ b: KTerm) throws -> (KTerm, Theorem, Bool) {
    let (notA, notB) = (try KTerm.not(a), try KTerm.not(b))
    let left = try KTerm.and(a, notB)
    let right = try KTerm.and(notA, b)
    let result = try KTerm.or(left, right)
    let equivalence = try KTerm.iff(a, b)
    let notResult = try KTerm.not(result)
    return try proved(term, result) { h in
      let none = try Theorem.assume(notResult)
      let bFromA = try Theorem.byContradiction(
        Theorem.impIntro(
          notB,
          Theorem.notElim(
            none, Theorem.orIntroLeft(Theorem.andIntro(Theorem.assume(a), Theorem.assume(notB)), right))))
      let aFromB = try Theorem.byContradiction(
        Theorem.impIntro(
          notA,
          Theorem.notElim(
            none, Theorem.orIntroRight(left, Theorem.andIntro(Theorem.assume(notA), Theorem.assume(b))))))
      let iff = try Theorem.iffIntro(Theorem.impIntro(a, bFromA), Theorem.impIntro(b, aFromB))
      return try Theorem.byContradiction(Theorem.impIntro(notResult, Theorem.notElim(h, iff)))
    } backward: { h in
      let assumed = try Theorem.assume(equivalence)
      let leftCase = try Theorem.assume(left)
      let rightCase = try Theorem.assume(right)
      let first = try Theorem.notElim(
        Theorem.andRight(leftCase), Theorem.impElim(Theorem.iffMP(assumed), Theorem.andLeft(leftCase)))
      let second = try Theorem.notElim(
        Theorem.andLeft(rightCase), Theorem.impElim(Theorem.iffMPR(assumed), Theorem.andRight(rightCase)))
      return try refute(equivalence, Theorem.orElim(h, first, second))
    }
  }

  private static func pushExists(
    _ term: KTerm, _ existential: KTerm, _ variable: KTerm, _ body: KTerm
  ) throws -> (KTerm, Theorem, Bool) {
    let result = try KTerm.forall(variable, KTerm.not(body))
    return try proved(term, result) { h in
      let witness = try Theorem.existsIntro(existential, witness: variable, Theorem.assume(body))
      return try Theorem.forallIntro(variable, refute(body, Theorem.notElim(h, witness)))
    } backward: { h in
      let absurd = try Theorem.notElim(Theorem.forallElim(h, variable), Theorem.assume(body))
      return try refute(existential, Theorem.existsElim(Theorem.assume(existential), variable, absurd))
    }
  }

  private static func pushForall(
    _ term: KTerm, _ universal: KTerm, _ variable: KTerm, _ body: KTerm
  ) throws -> (KTerm, Theorem, Bool) {
    let notBody = try KTerm.not(body)
    let result = try KTerm.exists(variable, notBody)
    let none = try KTerm.not(result)
    return try proved(term, result) { h in
      let counterexample = try Theorem.existsIntro(result, witness: variable, Theorem.assume(notBody))
      let instance = try Theorem.byContradiction(
        Theorem.impIntro(notBody, Theorem.notElim(Theorem.assume(none), counterexample)))
      let all = try Theorem.forallIntro(variable, instance)
      return try Theorem.byContradiction(Theorem.impIntro(none, Theorem.notElim(h, all)))
    } backward: { h in
      let absurd = try Theorem.notElim(Theorem.assume(notBody), Theorem.forallElim(Theorem.assume(universal), variable))
      return try refute(universal, Theorem.existsElim(h, variable, absurd))
    }
  }

  /// `¬a ≤ b = b < a` and `¬a < b = b ≤ a` from core's `Nat.not_le`, `Nat.not_lt`, `Int.not_le`,
  /// `Int.not_lt` (Mathlib's `not_le`, `not_lt` at ℕ and ℤ).
  private static func orderLemma(
    _ term: KTerm, _ p: KTerm, lemma name: String, _ a: KTerm, _ b: KTerm
  ) throws -> (KTerm, Theorem, Bool) {
    guard let lemma = Prelude.core.lemmas[name]?.theorem else {
      throw CheckError.unsupported("push_neg: \(name) is missing from the prelude", at: nil)
    }
    let instance = try Theorem.forallElim(Theorem.forallElim(lemma, a), b)
    let equation = try Theorem.propext(instance)
    guard let (lhs, rhs) = equation.conclusion.asEquation, lhs == term else {
      throw KernelError(rule: "push_neg", message: "\(name) does not rewrite the term", terms: [term])
    }
    return (rhs, equation, false)
  }

  /// A variable for opening a binder: its own name unless that name is free in the term.
  private static func binderVariable(_ name: String, _ type: TermType, avoiding term: KTerm) -> KTerm {
    let base = name.isEmpty ? "x" : name
    return KTerm.freshVariable(base, type, avoiding: [term])
  }
}
