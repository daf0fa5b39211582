extension Theorem {
  /// `⊢ t = t` (`Eq.refl`).
  public static func refl(_ term: Term) -> Theorem {
    Theorem(hypotheses: [], conclusion: Term.makeEquation(term, term), dependencies: [])
  }

  /// `Γ ⊢ a = b` gives `Γ ⊢ b = a` (`Eq.symm`).
  public static func symm(_ equation: Theorem) throws(KernelError) -> Theorem {
    guard let (lhs, rhs) = equation.conclusion.asEquation else {
      throw KernelError(.symm, "the premise is not an equation", [equation.conclusion])
    }
    return Theorem(Term.makeEquation(rhs, lhs), from: equation)
  }

  /// `Γ ⊢ a = b` and `Δ ⊢ b = c` give `Γ ∪ Δ ⊢ a = c` (`Eq.trans`); the two `b` are compared up to α.
  public static func trans(_ first: Theorem, _ second: Theorem) throws(KernelError) -> Theorem {
    guard let (a, b) = first.conclusion.asEquation, let (b2, c) = second.conclusion.asEquation else {
      throw KernelError(.trans, "a premise is not an equation", [first.conclusion, second.conclusion])
    }
    guard b == b2 else {
      throw KernelError(.trans, "the middle terms differ", [b, b2])
    }
    return Theorem(Term.makeEquation(a, c), from: first, second)
  }

  /// `Γ ⊢ f = g` and `Δ ⊢ a = b` give `Γ ∪ Δ ⊢ f a = g b` (`congr`).
  public static func congruence(_ functions: Theorem, _ arguments: Theorem) throws(KernelError) -> Theorem {
    guard let (f, g) = functions.conclusion.asEquation, let (a, b) = arguments.conclusion.asEquation else {
      throw KernelError(.congruence, "a premise is not an equation", [functions.conclusion, arguments.conclusion])
    }
    guard case .function(let domain, let codomain) = f.type, domain == a.type else {
      throw KernelError(.congruence, "the functions do not apply to the arguments", [f, a])
    }
    let lhs = Term.make(.application(f, a), codomain)
    let rhs = Term.make(.application(g, b), codomain)
    return Theorem(Term.makeEquation(lhs, rhs), from: functions, arguments)
  }

  /// `Γ ⊢ s = t` with `x` not free in `Γ` gives `Γ ⊢ (fun x => s) = (fun x => t)` (`funext`): the
  /// rule for rewriting under binders.
  public static func abstraction(_ variable: Term, _ equation: Theorem) throws(KernelError) -> Theorem {
    guard variable.variableName != nil else {
      throw KernelError(.abstraction, "the binder is not a variable", [variable])
    }
    guard let (s, t) = equation.conclusion.asEquation else {
      throw KernelError(.abstraction, "the premise is not an equation", [equation.conclusion])
    }
    guard !equation.hypothesesMention(variable) else {
      throw KernelError(.abstraction, "the variable is free in a hypothesis", [variable] + equation.hypotheses)
    }
    let lhs = try Term.lambda(variable, s)
    let rhs = try Term.lambda(variable, t)
    return Theorem(Term.makeEquation(lhs, rhs), from: equation)
  }

  /// `⊢ (fun x => b) a = b[a/x]` (β-reduction, definitional in Lean).
  public static func beta(_ redex: Term) throws(KernelError) -> Theorem {
    guard case .application(let function, let argument) = redex.node, case .lambda(_, let body) = function.node else {
      throw KernelError(.beta, "the term is not a β-redex", [redex])
    }
    let reduct = body.instantiating(depth: 0, with: argument)
    return Theorem(hypotheses: [], conclusion: Term.makeEquation(redex, reduct), dependencies: [])
  }

  /// `Γ ⊢ p = q` and `Δ ⊢ p` give `Γ ∪ Δ ⊢ q` (`Eq.mp`); the two `p` are compared up to α.
  public static func eqMP(_ equation: Theorem, _ proof: Theorem) throws(KernelError) -> Theorem {
    guard let (p, q) = equation.conclusion.asEquation, p.isProposition else {
      throw KernelError(.eqMP, "the first premise is not an equation of propositions", [equation.conclusion])
    }
    guard p == proof.conclusion else {
      throw KernelError(.eqMP, "the second premise does not prove the equation's left side", [p, proof.conclusion])
    }
    return Theorem(q, from: equation, proof)
  }

  /// `Γ ⊢ p ↔ q` gives `Γ ⊢ p = q` (`propext`).
  public static func propext(_ equivalence: Theorem) throws(KernelError) -> Theorem {
    guard let (p, q) = equivalence.conclusion.operands(of: .iff) else {
      throw KernelError(.propext, "the premise is not an equivalence", [equivalence.conclusion])
    }
    return Theorem(Term.makeEquation(p, q), from: equivalence)
  }

  /// Substitutes terms for free variables in the hypotheses and the conclusion at once
  /// (instantiation of the implicitly universal free variables, HOL's `INST`).
  public static func substitute(
    _ theorem: Theorem, _ pairs: [(variable: Term, value: Term)]
  ) throws(KernelError) -> Theorem {
    guard let map = try Term.substitutionMap(pairs, rule: Rule.substitute.rawValue) else { return theorem }
    var hypotheses: [Term] = []
    for hypothesis in theorem.hypotheses {
      hypotheses = Hypotheses.union(hypotheses, [hypothesis.substituting(map)])
    }
    return Theorem(
      hypotheses: hypotheses, conclusion: theorem.conclusion.substituting(map), dependencies: theorem.dependencies)
  }
}
