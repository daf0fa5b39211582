import Kernel

extension SimpLemma {
  /// Lean core's `@[simp]` lemmas of propositional cleanup and notation (`Init/SimpLemmas.lean`,
  /// `Init/Core.lean`, `Init/PropLemmas.lean`, `Init/Classical.lean`), each proved here from the
  /// kernel's rules, under Lean's name and statement, instantiated at the fragment's types where
  /// Lean's is polymorphic (`ne_eq`, `ge_iff_le`, `gt_iff_lt`, `implies_true`, `forall_const`,
  /// `exists_const`, `exists_eq`, `exists_eq_left`, `forall_eq`, `not_exists`, …). `eq_self` and `iff_self` are built
  /// into the simplifier.
  public static let coreLogic: [SimpLemma] = CoreLogicLemmas.all()
}

/// The statements and kernel proofs behind `SimpLemma.coreLogic`.
private enum CoreLogicLemmas {
  typealias Proof = (Theorem) throws(KernelError) -> Theorem

  static func all() -> [SimpLemma] {
    do {
      return try build().map { (name, theorem) throws(SimpFailure) in try SimpLemma(name: name, theorem: theorem) }
    } catch {
      fatalError("the core simp lemmas are not well formed: \(error)")
    }
  }

  // swift-format-ignore
  private static func build() throws(KernelError) -> [(String, Theorem)] {
    let p = Term.variable("p", .prop)
    let q = Term.variable("q", .prop)
    let a = Term.variable("a", .prop)
    let b = Term.variable("b", .prop)
    let c = Term.variable("c", .prop)
    let t = Term.trueProposition
    let f = Term.falseProposition
    func and(_ x: Term, _ y: Term) throws(KernelError) -> Term { try Term.and(x, y) }
    func or(_ x: Term, _ y: Term) throws(KernelError) -> Term { try Term.or(x, y) }
    func iff(_ x: Term, _ y: Term) throws(KernelError) -> Term { try Term.iff(x, y) }
    func imp(_ x: Term, _ y: Term) throws(KernelError) -> Term { try Term.implies(x, y) }
    func not(_ x: Term) throws(KernelError) -> Term { try Term.not(x) }
    func assume(_ x: Term) throws(KernelError) -> Theorem { try Theorem.assume(x) }
    func absurd(_ x: Term) throws(KernelError) -> Theorem { try Theorem.falseElim(Theorem.assume(f), x) }
    let truth = Theorem.trueIntro()
    func eq(_ name: String, _ variables: [Term], _ lhs: Term, _ rhs: Term, _ forward: Proof, _ backward: Proof)
      throws(KernelError) -> (String, Theorem)
    {
      (name, try closed(variables, SimpProofs.equivalence(lhs, rhs, forward: forward, backward: backward)))
    }
    func iffLemma(_ name: String, _ variables: [Term], _ lhs: Term, _ rhs: Term, _ forward: Proof, _ backward: Proof)
      throws(KernelError) -> (String, Theorem)
    {
      (name, try closed(variables, SimpProofs.iff(lhs, rhs, forward: forward, backward: backward)))
    }

    var lemmas: [(String, Theorem)] = [
      try eq("and_true", [p], and(p, t), p, { h throws(KernelError) in try Theorem.andLeft(h) },
        { h throws(KernelError) in try Theorem.andIntro(h, truth) }),
      try eq("true_and", [p], and(t, p), p, { h throws(KernelError) in try Theorem.andRight(h) },
        { h throws(KernelError) in try Theorem.andIntro(truth, h) }),
      try eq("and_false", [p], and(p, f), f, { h throws(KernelError) in try Theorem.andRight(h) },
        { h throws(KernelError) in try Theorem.falseElim(h, and(p, f)) }),
      try eq("false_and", [p], and(f, p), f, { h throws(KernelError) in try Theorem.andLeft(h) },
        { h throws(KernelError) in try Theorem.falseElim(h, and(f, p)) }),
      try eq("and_self", [p], and(p, p), p, { h throws(KernelError) in try Theorem.andLeft(h) },
        { h throws(KernelError) in try Theorem.andIntro(h, h) }),
      try eq("or_true", [p], or(p, t), t, { _ in truth },
        { _ throws(KernelError) in try Theorem.orIntroRight(p, truth) }),
      try eq("true_or", [p], or(t, p), t, { _ in truth },
        { _ throws(KernelError) in try Theorem.orIntroLeft(truth, p) }),
      try eq("or_false", [p], or(p, f), p,
        { h throws(KernelError) in try Theorem.orElim(h, assume(p), absurd(p)) },
        { h throws(KernelError) in try Theorem.orIntroLeft(h, f) }),
      try eq("false_or", [p], or(f, p), p,
        { h throws(KernelError) in try Theorem.orElim(h, absurd(p), assume(p)) },
        { h throws(KernelError) in try Theorem.orIntroRight(f, h) }),
      try eq("or_self", [p], or(p, p), p,
        { h throws(KernelError) in try Theorem.orElim(h, assume(p), assume(p)) },
        { h throws(KernelError) in try Theorem.orIntroLeft(h, p) }),
      try eq("iff_true", [p], iff(p, t), p,
        { h throws(KernelError) in try Theorem.impElim(Theorem.iffMPR(h), truth) },
        { h throws(KernelError) in try SimpProofs.iff(p, t, forward: { _ in truth }, backward: { _ in h }) }),
      try eq("true_iff", [p], iff(t, p), p,
        { h throws(KernelError) in try Theorem.impElim(Theorem.iffMP(h), truth) },
        { h throws(KernelError) in try SimpProofs.iff(t, p, forward: { _ in h }, backward: { _ in truth }) }),
      try eq("iff_false", [p], iff(p, f), not(p),
        { h throws(KernelError) in try Theorem.notIntro(Theorem.iffMP(h)) },
        { h throws(KernelError) in
          try SimpProofs.iff(p, f, forward: { x throws(KernelError) in try Theorem.notElim(h, x) },
            backward: { x throws(KernelError) in try Theorem.falseElim(x, p) })
        }),
      try eq("false_iff", [p], iff(f, p), not(p),
        { h throws(KernelError) in try Theorem.notIntro(Theorem.iffMPR(h)) },
        { h throws(KernelError) in
          try SimpProofs.iff(f, p, forward: { x throws(KernelError) in try Theorem.falseElim(x, p) },
            backward: { x throws(KernelError) in try Theorem.notElim(h, x) })
        }),
      try eq("false_implies", [p], imp(f, p), t, { _ in truth },
        { _ throws(KernelError) in try Theorem.impIntro(f, absurd(p)) }),
      try eq("implies_true", [p], imp(p, t), t, { _ in truth },
        { _ throws(KernelError) in try Theorem.impIntro(p, truth) }),
      try eq("true_implies", [p], imp(t, p), p, { h throws(KernelError) in try Theorem.impElim(h, truth) },
        { h throws(KernelError) in try Theorem.impIntro(t, h) }),
      try eq("not_false_eq_true", [], not(f), t, { _ in truth },
        { _ throws(KernelError) in try Theorem.notIntro(Theorem.impIntro(f, assume(f))) }),
      try eq("not_true_eq_false", [], not(t), f, { h throws(KernelError) in try Theorem.notElim(h, truth) },
        { h throws(KernelError) in try Theorem.falseElim(h, not(t)) }),
      try iffLemma("Classical.not_not", [a], not(not(a)), a,
        { h throws(KernelError) in
          try Theorem.byContradiction(Theorem.impIntro(not(a), Theorem.notElim(h, assume(not(a)))))
        },
        { h throws(KernelError) in try Theorem.notIntro(Theorem.impIntro(not(a), Theorem.notElim(assume(not(a)), h))) }),
      try iffLemma("not_or", [p, q], not(or(p, q)), and(not(p), not(q)),
        { h throws(KernelError) in
          try Theorem.andIntro(
            Theorem.notIntro(Theorem.impIntro(p, Theorem.notElim(h, Theorem.orIntroLeft(assume(p), q)))),
            Theorem.notIntro(Theorem.impIntro(q, Theorem.notElim(h, Theorem.orIntroRight(p, assume(q))))))
        },
        { h throws(KernelError) in
          let either = try assume(or(p, q))
          let left = try Theorem.notElim(Theorem.andLeft(h), assume(p))
          let right = try Theorem.notElim(Theorem.andRight(h), assume(q))
          return try Theorem.notIntro(Theorem.impIntro(or(p, q), Theorem.orElim(either, left, right)))
        }),
      try iffLemma("not_and", [a, b], not(and(a, b)), imp(a, not(b)),
        { h throws(KernelError) in
          let both = try Theorem.andIntro(assume(a), assume(b))
          return try Theorem.impIntro(a, Theorem.notIntro(Theorem.impIntro(b, Theorem.notElim(h, both))))
        },
        { h throws(KernelError) in
          let both = try assume(and(a, b))
          let refutation = try Theorem.notElim(Theorem.impElim(h, Theorem.andLeft(both)), Theorem.andRight(both))
          return try Theorem.notIntro(Theorem.impIntro(and(a, b), refutation))
        }),
      try iffLemma("and_imp", [a, b, c], imp(and(a, b), c), imp(a, imp(b, c)),
        { h throws(KernelError) in
          let result = try Theorem.impElim(h, Theorem.andIntro(assume(a), assume(b)))
          return try Theorem.impIntro(a, Theorem.impIntro(b, result))
        },
        { h throws(KernelError) in
          let both = try assume(and(a, b))
          let result = try Theorem.impElim(Theorem.impElim(h, Theorem.andLeft(both)), Theorem.andRight(both))
          return try Theorem.impIntro(and(a, b), result)
        }),
      try iffLemma(
        "imp_self", [a], imp(a, a), t, { _ in truth },
        { _ throws(KernelError) in try Theorem.impIntro(a, assume(a)) }),
      try iffLemma(
        "and_self_left", [a, b], and(a, and(a, b)), and(a, b),
        { h throws(KernelError) in try Theorem.andRight(h) },
        { h throws(KernelError) in try Theorem.andIntro(Theorem.andLeft(h), h) }),
      try iffLemma(
        "and_self_right", [a, b], and(and(a, b), b), and(a, b),
        { h throws(KernelError) in try Theorem.andLeft(h) },
        { h throws(KernelError) in try Theorem.andIntro(h, Theorem.andRight(h)) }),
      try iffLemma(
        "or_self_left", [a, b], or(a, or(a, b)), or(a, b),
        { h throws(KernelError) in try Theorem.orElim(h, Theorem.orIntroLeft(assume(a), b), assume(or(a, b))) },
        { h throws(KernelError) in try Theorem.orIntroRight(a, h) }),
      try iffLemma(
        "or_self_right", [a, b], or(or(a, b), b), or(a, b),
        { h throws(KernelError) in try Theorem.orElim(h, assume(or(a, b)), Theorem.orIntroRight(a, assume(b))) },
        { h throws(KernelError) in try Theorem.orIntroLeft(h, b) }),
    ]
    let selfEquivalence = try assume(iff(not(a), a))
    let notA = try assume(not(a))
    let aHolds = try Theorem.byContradiction(
      Theorem.impIntro(not(a), Theorem.notElim(notA, Theorem.impElim(Theorem.iffMP(selfEquivalence), notA))))
    let absurdity = try Theorem.notElim(Theorem.impElim(Theorem.iffMPR(selfEquivalence), aHolds), aHolds)
    lemmas.append(("not_iff_self", try closed([a], Theorem.notIntro(Theorem.impIntro(iff(not(a), a), absurdity)))))
    let contradiction = try assume(and(a, not(a)))
    lemmas.append(
      ("and_not_self", try closed([a], Theorem.notIntro(Theorem.impIntro(
        and(a, not(a)), Theorem.notElim(Theorem.andRight(contradiction), Theorem.andLeft(contradiction)))))))
    let reversed = try assume(and(not(a), a))
    lemmas.append(
      ("not_and_self", try closed([a], Theorem.notIntro(Theorem.impIntro(
        and(not(a), a), Theorem.notElim(Theorem.andLeft(reversed), Theorem.andRight(reversed)))))))
    for type in [TermType.nat, .int, .prop] {
      let (x, y) = (Term.variable("a", type), Term.variable("b", type))
      lemmas.append(("ne_eq", try closed([x, y], Theorem.unfoldNotation(Term.notEqual(x, y)))))
    }
    for type in [TermType.nat, .int] {
      let (x, y) = (Term.variable("x", type), Term.variable("y", type))
      lemmas.append(
        ("ge_iff_le", try closed([x, y], SimpProofs.iff(of: Theorem.unfoldNotation(Term.greaterOrEqual(x, y))))))
      lemmas.append(
        ("gt_iff_lt", try closed([x, y], SimpProofs.iff(of: Theorem.unfoldNotation(Term.greaterThan(x, y))))))
    }
    for type in [TermType.nat, .int] {
      lemmas += try quantifierLemmas(type)
    }
    for type in [TermType.nat, .int, .prop] {
      let x = Term.variable("x", type)
      let everything = try Term.forall(x, t)
      lemmas.append(
        try eq("implies_true", [], everything, t, { _ in truth },
          { _ throws(KernelError) in try Theorem.forallIntro(x, truth) }))
      let witness =
        switch type {
        case .nat: try Term.natLiteral(0)
        case .int: Term.intLiteral(0)
        default: t
        }
      lemmas.append(
        try iffLemma("forall_const", [b], Term.forall(x, b), b,
          { h throws(KernelError) in try Theorem.forallElim(h, witness) },
          { h throws(KernelError) in try Theorem.forallIntro(x, h) }))
      let anchor = Term.variable("b", type)
      for (name, equation) in [("exists_eq", try Term.equal(x, anchor)), ("exists_eq'", try Term.equal(anchor, x))] {
        let statement = try Term.exists(x, equation)
        lemmas.append(
          (name, try closed([anchor], Theorem.existsIntro(statement, witness: anchor, Theorem.refl(anchor)))))
      }
      let some = try Term.exists(x, b)
      lemmas.append(
        try iffLemma("exists_const", [b], some, b,
          { h throws(KernelError) in try Theorem.existsElim(h, x, assume(b)) },
          { h throws(KernelError) in try Theorem.existsIntro(some, witness: witness, h) }))
    }
    return lemmas
  }

  /// Lean's `@[simp]` lemmas about `∃`/`∀` over a predicate `p` (`Init/PropLemmas.lean`) at one
  /// type; `simp` matches them with higher-order patterns.
  // swift-format-ignore
  private static func quantifierLemmas(_ type: TermType) throws(KernelError) -> [(String, Theorem)] {
    let p = Term.variable("p", .function(type, .prop))
    let anchor = Term.variable("a'", type)
    var a = Term.variable("a", type)
    let b = Term.variable("b", .prop)
    let falsity = Term.falseProposition
    func at(_ value: Term) throws(KernelError) -> Term { try Term.application(p, value) }
    func eq(_ x: Term, _ y: Term) throws(KernelError) -> Term { try Term.equal(x, y) }
    func some(_ body: Term) throws(KernelError) -> Term { try Term.exists(a, body) }
    func every(_ body: Term) throws(KernelError) -> Term { try Term.forall(a, body) }
    /// `⊢ p y` from `⊢ x = y` and `⊢ p x`.
    func transport(_ equation: Theorem, _ proof: Theorem) throws(KernelError) -> Theorem {
      try Theorem.eqMP(Theorem.congruence(Theorem.refl(p), equation), proof)
    }
    var lemmas: [(String, Theorem)] = []
    // (∃ a, a = a' ∧ p a) ↔ p a', and the three variants with the equation turned or moved.
    for (name, equationFirst, anchorLeft) in [
      ("exists_eq_left", true, false), ("exists_eq_right", false, false),
      ("exists_eq_left'", true, true), ("exists_eq_right'", false, true),
    ] {
      let equation = try anchorLeft ? eq(anchor, a) : eq(a, anchor)
      let conjunction = try equationFirst ? Term.and(equation, at(a)) : Term.and(at(a), equation)
      let statement = try some(conjunction)
      let forward = try SimpProofs.iff(statement, at(anchor),
        forward: { h throws(KernelError) in
          let both = try Theorem.assume(conjunction)
          let equal = try equationFirst ? Theorem.andLeft(both) : Theorem.andRight(both)
          let holds = try equationFirst ? Theorem.andRight(both) : Theorem.andLeft(both)
          let toAnchor = try anchorLeft ? Theorem.symm(equal) : equal
          return try Theorem.existsElim(h, a, transport(toAnchor, holds))
        },
        backward: { h throws(KernelError) in
          let reflexive = Theorem.refl(anchor)
          let witness = try equationFirst ? Theorem.andIntro(reflexive, h) : Theorem.andIntro(h, reflexive)
          return try Theorem.existsIntro(statement, witness: anchor, witness)
        })
      lemmas.append((name, try closed([p, anchor], forward)))
    }
    // (∀ a, a = a' → p a) ↔ p a', and with a' = a.
    for (name, anchorLeft) in [("forall_eq", false), ("forall_eq'", true)] {
      let equation = try anchorLeft ? eq(anchor, a) : eq(a, anchor)
      let statement = try every(Term.implies(equation, at(a)))
      let proof = try SimpProofs.iff(statement, at(anchor),
        forward: { h throws(KernelError) in try Theorem.impElim(Theorem.forallElim(h, anchor), Theorem.refl(anchor)) },
        backward: { h throws(KernelError) in
          let assumed = try Theorem.assume(equation)
          let fromAnchor = try anchorLeft ? assumed : Theorem.symm(assumed)
          return try Theorem.forallIntro(a, Theorem.impIntro(equation, transport(fromAnchor, h)))
        })
      lemmas.append((name, try closed([p, anchor], proof)))
    }
    // Lean states the remaining ones with the bound name `x`, which simp's results keep.
    a = Term.variable("x", type)
    // (¬∃ x, p x) ↔ ∀ x, ¬p x
    let exists = try some(at(a))
    let notExists = try SimpProofs.iff(
      Term.not(exists), every(Term.not(at(a))),
      forward: { h throws(KernelError) in
        let witness = try Theorem.existsIntro(exists, witness: a, Theorem.assume(at(a)))
        return try Theorem.forallIntro(a, Theorem.notIntro(Theorem.impIntro(at(a), Theorem.notElim(h, witness))))
      },
      backward: { h throws(KernelError) in
        let refuted = try Theorem.notElim(Theorem.forallElim(h, a), Theorem.assume(at(a)))
        return try Theorem.notIntro(Theorem.impIntro(exists, Theorem.existsElim(Theorem.assume(exists), a, refuted)))
      })
    lemmas.append(("not_exists", try closed([p], notExists)))
    // (∃ a, b ∧ p a) ↔ b ∧ ∃ a, p a, and (∃ a, p a ∧ b) ↔ (∃ a, p a) ∧ b
    for (name, left) in [("exists_and_left", true), ("exists_and_right", false)] {
      let inner = try left ? Term.and(b, at(a)) : Term.and(at(a), b)
      let statement = try some(inner)
      let result = try left ? Term.and(b, exists) : Term.and(exists, b)
      let proof = try SimpProofs.iff(statement, result,
        forward: { h throws(KernelError) in
          let both = try Theorem.assume(inner)
          let fact = try left ? Theorem.andLeft(both) : Theorem.andRight(both)
          let instance = try left ? Theorem.andRight(both) : Theorem.andLeft(both)
          let witness = try Theorem.existsIntro(exists, witness: a, instance)
          let pair = try left ? Theorem.andIntro(fact, witness) : Theorem.andIntro(witness, fact)
          return try Theorem.existsElim(h, a, pair)
        },
        backward: { h throws(KernelError) in
          let fact = try left ? Theorem.andLeft(h) : Theorem.andRight(h)
          let existence = try left ? Theorem.andRight(h) : Theorem.andLeft(h)
          let instance = try Theorem.assume(at(a))
          let pair = try left ? Theorem.andIntro(fact, instance) : Theorem.andIntro(instance, fact)
          return try Theorem.existsElim(existence, a, Theorem.existsIntro(statement, witness: a, pair))
        })
      lemmas.append((name, try closed([p, b], proof)))
    }
    // ¬∃ a, False
    let nothing = try some(falsity)
    lemmas.append(("exists_false", try closed([], Theorem.notIntro(Theorem.impIntro(
      nothing, Theorem.existsElim(Theorem.assume(nothing), a, Theorem.assume(falsity)))))))
    return lemmas
  }

  /// `⊢ ∀ variables, statement`.
  private static func closed(_ variables: [Term], _ theorem: Theorem) throws(KernelError) -> Theorem {
    var result = theorem
    for variable in variables.reversed() { result = try Theorem.forallIntro(variable, result) }
    return result
  }
}
