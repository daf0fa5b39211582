extension Theorem {
  private static func requireProposition(_ term: Term, _ rule: Rule) throws(KernelError) {
    guard term.isProposition else { throw KernelError(rule, "the term is not a proposition", [term]) }
  }

  /// `{p} ⊢ p`.
  public static func assume(_ proposition: Term) throws(KernelError) -> Theorem {
    try requireProposition(proposition, .assume)
    return Theorem(hypotheses: [proposition], conclusion: proposition, dependencies: [])
  }

  /// `⊢ True` (`True.intro`).
  public static func trueIntro() -> Theorem {
    Theorem(hypotheses: [], conclusion: Term.trueProposition, dependencies: [])
  }

  /// `Γ ⊢ False` gives `Γ ⊢ p` (`False.elim`).
  public static func falseElim(_ absurdity: Theorem, _ proposition: Term) throws(KernelError) -> Theorem {
    guard absurdity.conclusion === Term.falseProposition else {
      throw KernelError(.falseElim, "the premise does not prove False", [absurdity.conclusion])
    }
    try requireProposition(proposition, .falseElim)
    return Theorem(proposition, from: absurdity)
  }

  /// `Γ ⊢ p` and `Δ ⊢ q` give `Γ ∪ Δ ⊢ p ∧ q` (`And.intro`).
  public static func andIntro(_ left: Theorem, _ right: Theorem) throws(KernelError) -> Theorem {
    Theorem(Term.makeBinary(.and, left.conclusion, right.conclusion), from: left, right)
  }

  /// `Γ ⊢ p ∧ q` gives `Γ ⊢ p` (`And.left`).
  public static func andLeft(_ conjunction: Theorem) throws(KernelError) -> Theorem {
    guard let (p, _) = conjunction.conclusion.operands(of: .and) else {
      throw KernelError(.andLeft, "the premise is not a conjunction", [conjunction.conclusion])
    }
    return Theorem(p, from: conjunction)
  }

  /// `Γ ⊢ p ∧ q` gives `Γ ⊢ q` (`And.right`).
  public static func andRight(_ conjunction: Theorem) throws(KernelError) -> Theorem {
    guard let (_, q) = conjunction.conclusion.operands(of: .and) else {
      throw KernelError(.andRight, "the premise is not a conjunction", [conjunction.conclusion])
    }
    return Theorem(q, from: conjunction)
  }

  /// `Γ ⊢ p` gives `Γ ⊢ p ∨ q` (`Or.inl`).
  public static func orIntroLeft(_ left: Theorem, _ right: Term) throws(KernelError) -> Theorem {
    try requireProposition(right, .orIntroLeft)
    return Theorem(Term.makeBinary(.or, left.conclusion, right), from: left)
  }

  /// `Γ ⊢ q` gives `Γ ⊢ p ∨ q` (`Or.inr`).
  public static func orIntroRight(_ left: Term, _ right: Theorem) throws(KernelError) -> Theorem {
    try requireProposition(left, .orIntroRight)
    return Theorem(Term.makeBinary(.or, left, right.conclusion), from: right)
  }

  /// `Γ ⊢ p ∨ q`, `Δ₁ ⊢ r` and `Δ₂ ⊢ r` give `Γ ∪ (Δ₁ − {p}) ∪ (Δ₂ − {q}) ⊢ r` (`Or.elim`).
  public static func orElim(_ disjunction: Theorem, _ left: Theorem, _ right: Theorem) throws(KernelError) -> Theorem {
    guard let (p, q) = disjunction.conclusion.operands(of: .or) else {
      throw KernelError(.orElim, "the first premise is not a disjunction", [disjunction.conclusion])
    }
    guard left.conclusion == right.conclusion else {
      throw KernelError(.orElim, "the two cases prove different conclusions", [left.conclusion, right.conclusion])
    }
    let hypotheses = Hypotheses.union(
      disjunction.hypotheses,
      Hypotheses.union(Hypotheses.removing(p, from: left.hypotheses), Hypotheses.removing(q, from: right.hypotheses)))
    return Theorem(
      hypotheses: hypotheses, conclusion: left.conclusion,
      dependencies: disjunction.dependencies.union(left.dependencies).union(right.dependencies))
  }

  /// `Γ ⊢ q` gives `Γ − {p} ⊢ p → q` (implication introduction, discharging `p`).
  public static func impIntro(_ assumption: Term, _ theorem: Theorem) throws(KernelError) -> Theorem {
    try requireProposition(assumption, .impIntro)
    return Theorem(
      hypotheses: Hypotheses.removing(assumption, from: theorem.hypotheses),
      conclusion: Term.makeBinary(.implies, assumption, theorem.conclusion), dependencies: theorem.dependencies)
  }

  /// `Γ ⊢ p → q` and `Δ ⊢ p` give `Γ ∪ Δ ⊢ q` (modus ponens).
  public static func impElim(_ implication: Theorem, _ proof: Theorem) throws(KernelError) -> Theorem {
    guard let (p, q) = implication.conclusion.operands(of: .implies) else {
      throw KernelError(.impElim, "the first premise is not an implication", [implication.conclusion])
    }
    guard p == proof.conclusion else {
      throw KernelError(.impElim, "the second premise does not prove the antecedent", [p, proof.conclusion])
    }
    return Theorem(q, from: implication, proof)
  }

  /// `Γ ⊢ p → False` gives `Γ ⊢ ¬p` (`Not` is `p → False` in Lean).
  public static func notIntro(_ refutation: Theorem) throws(KernelError) -> Theorem {
    guard let (p, falsity) = refutation.conclusion.operands(of: .implies), falsity === Term.falseProposition else {
      throw KernelError(.notIntro, "the premise is not an implication p → False", [refutation.conclusion])
    }
    return Theorem(Term.makeUnary(.not, p), from: refutation)
  }

  /// `Γ ⊢ ¬p` and `Δ ⊢ p` give `Γ ∪ Δ ⊢ False` (`absurd`).
  public static func notElim(_ negation: Theorem, _ proof: Theorem) throws(KernelError) -> Theorem {
    guard let p = negation.conclusion.negatedProposition else {
      throw KernelError(.notElim, "the first premise is not a negation", [negation.conclusion])
    }
    guard p == proof.conclusion else {
      throw KernelError(.notElim, "the second premise does not prove the negated proposition", [p, proof.conclusion])
    }
    return Theorem(Term.falseProposition, from: negation, proof)
  }

  /// `Γ ⊢ p → q` and `Δ ⊢ q → p` give `Γ ∪ Δ ⊢ p ↔ q` (`Iff.intro`).
  public static func iffIntro(_ forward: Theorem, _ backward: Theorem) throws(KernelError) -> Theorem {
    guard let (p, q) = forward.conclusion.operands(of: .implies),
      let (q2, p2) = backward.conclusion.operands(of: .implies)
    else {
      throw KernelError(.iffIntro, "a premise is not an implication", [forward.conclusion, backward.conclusion])
    }
    guard p == p2, q == q2 else {
      throw KernelError(.iffIntro, "the implications are not converse", [forward.conclusion, backward.conclusion])
    }
    return Theorem(Term.makeBinary(.iff, p, q), from: forward, backward)
  }

  /// `Γ ⊢ p ↔ q` gives `Γ ⊢ p → q` (`Iff.mp`).
  public static func iffMP(_ equivalence: Theorem) throws(KernelError) -> Theorem {
    guard let (p, q) = equivalence.conclusion.operands(of: .iff) else {
      throw KernelError(.iffMP, "the premise is not an equivalence", [equivalence.conclusion])
    }
    return Theorem(Term.makeBinary(.implies, p, q), from: equivalence)
  }

  /// `Γ ⊢ p ↔ q` gives `Γ ⊢ q → p` (`Iff.mpr`).
  public static func iffMPR(_ equivalence: Theorem) throws(KernelError) -> Theorem {
    guard let (p, q) = equivalence.conclusion.operands(of: .iff) else {
      throw KernelError(.iffMPR, "the premise is not an equivalence", [equivalence.conclusion])
    }
    return Theorem(Term.makeBinary(.implies, q, p), from: equivalence)
  }

  /// `Γ ⊢ ¬p → False` gives `Γ ⊢ p` (`Classical.byContradiction`).
  public static func byContradiction(_ refutation: Theorem) throws(KernelError) -> Theorem {
    guard let (negation, falsity) = refutation.conclusion.operands(of: .implies),
      falsity === Term.falseProposition, let p = negation.negatedProposition
    else {
      throw KernelError(.byContradiction, "the premise is not an implication ¬p → False", [refutation.conclusion])
    }
    return Theorem(p, from: refutation)
  }

  /// `Γ ⊢ p` with `x` not free in `Γ` gives `Γ ⊢ ∀ x, p` (generalization).
  public static func forallIntro(_ variable: Term, _ theorem: Theorem) throws(KernelError) -> Theorem {
    guard variable.variableName != nil else {
      throw KernelError(.forallIntro, "the term to generalize is not a variable", [variable])
    }
    guard !theorem.hypothesesMention(variable) else {
      throw KernelError(.forallIntro, "the variable is free in a hypothesis", [variable] + theorem.hypotheses)
    }
    return Theorem(try Term.forall(variable, theorem.conclusion), from: theorem)
  }

  /// `Γ ⊢ ∀ x : T, p` and `t : T` give `Γ ⊢ p[t/x]` (instantiation).
  public static func forallElim(_ universal: Theorem, _ value: Term) throws(KernelError) -> Theorem {
    guard let (quantifier, _) = universal.conclusion.asQuantifier, case .forall(let type) = quantifier else {
      throw KernelError(.forallElim, "the premise is not universally quantified", [universal.conclusion])
    }
    guard value.type == type else {
      throw KernelError(
        .forallElim, "the term has type \(value.type), the binder \(type)", [universal.conclusion, value])
    }
    return Theorem(try universal.conclusion.instantiateBinder(with: value), from: universal)
  }

  /// `Γ ⊢ p[t/x]` gives `Γ ⊢ ∃ x, p` for the stated `∃ x, p` and witness `t` (`Exists.intro`).
  public static func existsIntro(
    _ existential: Term, witness: Term, _ proof: Theorem
  ) throws(KernelError) -> Theorem {
    guard let (quantifier, _) = existential.asQuantifier, case .exists(let type) = quantifier else {
      throw KernelError(.existsIntro, "the statement is not existential", [existential])
    }
    guard witness.type == type else {
      throw KernelError(
        .existsIntro, "the witness has type \(witness.type), the binder \(type)", [existential, witness])
    }
    let instance = try existential.instantiateBinder(with: witness)
    guard instance == proof.conclusion else {
      throw KernelError(
        .existsIntro, "the premise does not prove the statement at the witness", [instance, proof.conclusion])
    }
    return Theorem(existential, from: proof)
  }

  /// `Γ ⊢ ∃ x, p` and `Δ ⊢ q`, with `v` a variable of the binder's type that is free neither in
  /// `∃ x, p`, nor in `q`, nor in `Δ − {p[v/x]}`, give `Γ ∪ (Δ − {p[v/x]}) ⊢ q` (`Exists.elim`).
  public static func existsElim(
    _ existential: Theorem, _ variable: Term, _ theorem: Theorem
  ) throws(KernelError) -> Theorem {
    guard let (quantifier, _) = existential.conclusion.asQuantifier, case .exists(let type) = quantifier else {
      throw KernelError(.existsElim, "the first premise is not existential", [existential.conclusion])
    }
    guard variable.variableName != nil, variable.type == type else {
      throw KernelError(.existsElim, "the witness name is not a variable of type \(type)", [variable])
    }
    guard !existential.conclusion.hasFreeVariable(variable), !theorem.conclusion.hasFreeVariable(variable) else {
      throw KernelError(
        .existsElim, "the variable is free in the statement or the conclusion",
        [variable, existential.conclusion, theorem.conclusion])
    }
    let instance = try existential.conclusion.instantiateBinder(with: variable)
    let remaining = Hypotheses.removing(instance, from: theorem.hypotheses)
    guard !remaining.contains(where: { $0.hasFreeVariable(variable) }) else {
      throw KernelError(.existsElim, "the variable is free in another hypothesis", [variable] + remaining)
    }
    return Theorem(
      hypotheses: Hypotheses.union(existential.hypotheses, remaining), conclusion: theorem.conclusion,
      dependencies: existential.dependencies.union(theorem.dependencies))
  }
}
