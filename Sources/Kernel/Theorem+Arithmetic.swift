extension Theorem {
  /// `⊢ statement` of an axiom schema (a closed Lean core theorem).
  public static func axiom(_ axiom: Axiom) -> Theorem {
    Theorem(hypotheses: [], conclusion: axiom.statement, dependencies: [])
  }

  /// The axiom schema instantiated at its leading universal binders, in order.
  public static func axiom(_ axiom: Axiom, _ arguments: [Term]) throws(KernelError) -> Theorem {
    var theorem = Theorem.axiom(axiom)
    for argument in arguments { theorem = try forallElim(theorem, argument) }
    return theorem
  }

  /// Induction on ℕ (`Nat.rec`): for a predicate `motive : Nat → Prop` (usually `fun n => P n`),
  /// `Γ ⊢ P 0` and `Δ ⊢ ∀ n, P n → P (n + 1)` give `Γ ∪ Δ ⊢ ∀ n, P n`. The premises are compared
  /// up to α with the instances of the motive's body.
  public static func natInduction(motive: Term, zero: Theorem, succ: Theorem) throws(KernelError) -> Theorem {
    guard motive.type == .function(.nat, .prop) else {
      throw KernelError(.natInduction, "the motive is not a predicate on Nat", [motive])
    }
    let base = try motive.applyPredicate(Term.make(.natLiteral(0), .nat))
    guard base == zero.conclusion else {
      throw KernelError(.natInduction, "the first premise does not prove the motive at 0", [base, zero.conclusion])
    }
    let n = Term.freshVariable(motive.binderName ?? "n", .nat, avoiding: [motive])
    let successor = Term.makeBinary(.natAdd, n, Term.make(.natLiteral(1), .nat))
    let step = try Term.forall(
      n, Term.makeBinary(.implies, try motive.applyPredicate(n), try motive.applyPredicate(successor)))
    guard step == succ.conclusion else {
      throw KernelError(.natInduction, "the second premise is not the induction step", [step, succ.conclusion])
    }
    return Theorem(Term.makeUnary(.forall(.nat), motive), from: zero, succ)
  }

  /// `⊢ (a ≠ b) = ¬a = b`, `⊢ (a ≥ b) = (b ≤ a)` or `⊢ (a > b) = (b < a)` for a term of one of
  /// those shapes (Lean's `ne_eq`, `ge_iff_le` and `gt_iff_lt`, all three true by `rfl`).
  public static func unfoldNotation(_ term: Term) throws(KernelError) -> Theorem {
    guard let (constant, lhs, rhs) = term.asBinaryOperation else {
      throw KernelError(.unfoldNotation, "the term is not a ≠, ≥ or > proposition", [term])
    }
    let unfolded: Term
    switch constant {
    case .notEqual: unfolded = Term.makeUnary(.not, Term.makeEquation(lhs, rhs))
    case .natGe: unfolded = Term.makeBinary(.natLe, rhs, lhs)
    case .intGe: unfolded = Term.makeBinary(.intLe, rhs, lhs)
    case .natGt: unfolded = Term.makeBinary(.natLt, rhs, lhs)
    case .intGt: unfolded = Term.makeBinary(.intLt, rhs, lhs)
    default: throw KernelError(.unfoldNotation, "the term is not a ≠, ≥ or > proposition", [term])
    }
    return Theorem(hypotheses: [], conclusion: Term.makeEquation(term, unfolded), dependencies: [])
  }

  /// `⊢ t = v` where `t` is one operation on literal values and `v` its value, computed with GMP:
  /// a numeral, a ℤ value form (`n` or `-n`), or `True`/`False` for `=`, `≤`, `<`, `∣`.
  /// Powers above the limits of `BigInt.power` are refused.
  public static func evaluate(_ term: Term) throws(KernelError) -> Theorem {
    let value = try LiteralEvaluation.evaluate(term)
    return Theorem(hypotheses: [], conclusion: Term.makeEquation(term, value), dependencies: [])
  }
}

extension Term {
  /// `P value` for a predicate `P`, β-reduced when `P` is a λ.
  func applyPredicate(_ value: Term) throws(KernelError) -> Term {
    if isLambda { return try instantiateBinder(with: value) }
    return try Term.application(self, value)
  }
}
