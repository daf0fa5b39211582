import Kernel
import Testing

/// Whole derivations done with the primitive rules only, to show how a client replays proofs.
@Suite struct DerivationTests {
  /// `⊢ t = v` for a closed arithmetic term: evaluates innermost operations first and carries the
  /// results up with `congruence` (the shape a derived `norm_num`/`decide` step takes).
  static func evaluateClosed(_ term: Term) throws -> Theorem {
    guard let (function, argument) = term.asApplication else { return Theorem.refl(term) }
    let functionEquation = try evaluateClosed(function)
    let argumentEquation = try evaluateClosed(argument)
    let rewritten = try Theorem.congruence(functionEquation, argumentEquation)
    let (_, reduced) = try #require(rewritten.conclusion.asEquation)
    guard (try? Theorem.evaluate(reduced)) != nil else { return rewritten }
    return try Theorem.trans(rewritten, Theorem.evaluate(reduced))
  }

  /// From `Γ ⊢ a = b`, `Γ ⊢ C[a] = C[b]` for a context `C` given as a function of one term.
  static func rewrite(_ equation: Theorem, in context: (Term) throws -> Term) throws -> Theorem {
    let hole = Term.variable("hole✝", try #require(equation.conclusion.asEquation).lhs.type)
    let contextFunction = try Term.lambda(hole, context(hole))
    let (lhs, rhs) = try #require(equation.conclusion.asEquation)
    let applied = try Theorem.congruence(Theorem.refl(contextFunction), equation)
    let left = try Theorem.beta(Term.application(contextFunction, lhs))
    let right = try Theorem.beta(Term.application(contextFunction, rhs))
    return try Theorem.trans(Theorem.trans(Theorem.symm(left), applied), right)
  }

  @Test func zeroAddByInduction() throws {
    let n = natN
    let zero = nat(0)
    let motive = try Term.lambda(n, Term.equal(Term.add(zero, n), n))
    let base = try Theorem.axiom(.natAddZero, [zero])
    let inductionHypothesis = try Theorem.assume(Term.equal(Term.add(zero, n), n))
    let succIsAddOne = try Theorem.axiom(.natSuccEqAddOne, [n])
    let step1 = try Self.rewrite(Theorem.symm(succIsAddOne)) { hole in try Term.add(zero, hole) }
    let step2 = try Theorem.axiom(.natAddSucc, [zero, n])
    let step3 = try Self.rewrite(inductionHypothesis) { hole in try Term.successor(hole) }
    let chain = try Theorem.trans(Theorem.trans(Theorem.trans(step1, step2), step3), succIsAddOne)
    #expect(chain.conclusion.description == "0 + (n + 1) = n + 1")
    let step = try Theorem.forallIntro(n, Theorem.impIntro(inductionHypothesis.conclusion, chain))
    let theorem = try Theorem.natInduction(motive: motive, zero: base, succ: step)
    #expect(theorem.hypotheses.isEmpty)
    #expect(theorem.dependencies.isEmpty)
    #expect(theorem.description == "⊢ ∀ n : Nat, 0 + n = n")
  }

  @Test func twoPlusTwoByEvaluation() throws {
    let theorem = try Theorem.evaluate(Term.add(nat(2), nat(2)))
    #expect(theorem.conclusion === (try Term.equal(Term.add(nat(2), nat(2)), nat(4))))
  }

  @Test func twoPlusTwoBySuccUnfolding() throws {
    let two = nat(2)
    func succOf(_ k: Int) throws -> Theorem {
      try Theorem.evaluate(Term.successor(nat(BigInt(k))))
    }
    let twoAsSucc = try Self.rewrite(Theorem.symm(succOf(1))) { hole in try Term.add(two, hole) }
    let addSucc1 = try Theorem.axiom(.natAddSucc, [two, nat(1)])
    let oneAsSucc = try Self.rewrite(Theorem.symm(succOf(0))) { hole in try Term.add(two, hole) }
    let addSucc0 = try Theorem.axiom(.natAddSucc, [two, nat(0)])
    let addZero = try Self.rewrite(Theorem.axiom(.natAddZero, [two])) { hole in try Term.successor(hole) }
    let twoPlusOne = try Theorem.trans(Theorem.trans(Theorem.trans(oneAsSucc, addSucc0), addZero), succOf(2))
    let inner = try Self.rewrite(twoPlusOne) { hole in try Term.successor(hole) }
    let theorem = try Theorem.trans(Theorem.trans(Theorem.trans(twoAsSucc, addSucc1), inner), succOf(3))
    #expect(theorem.description == "⊢ 2 + 2 = 4")
    #expect(theorem.hypotheses.isEmpty)
  }

  @Test func nestedLiteralArithmetic() throws {
    let term = try Term.modulo(Term.power(nat(19), nat(19)), nat(10))
    let theorem = try Self.evaluateClosed(term)
    #expect(theorem.description == "⊢ 19 ^ 19 % 10 = 9")
    let mixed = try Term.add(Term.multiply(int(-7), Term.divide(int(-7), int(2))), Term.natCast(nat(3)))
    #expect(try Self.evaluateClosed(mixed).description == "⊢ -7 * (-7 / 2) + ↑3 = 31")
  }

  @Test func zeroDividesZeroThroughTheExistential() throws {
    let definition = try Theorem.axiom(.natDvdDef, [nat(0), nat(0)])
    let (_, existential) = try #require(definition.conclusion.asEquation)
    let witness = try Theorem.symm(Theorem.evaluate(Term.multiply(nat(0), nat(0))))
    let exists = try Theorem.existsIntro(existential, witness: nat(0), witness)
    let theorem = try Theorem.eqMP(Theorem.symm(definition), exists)
    #expect(theorem.description == "⊢ 0 ∣ 0")
  }

  @Test func literalFalsehoodsAreRefutedNotProved() throws {
    for statement in [
      try Term.divides(nat(0), nat(1)), try Term.lessOrEqual(nat(5), nat(3)),
      try Term.equal(Term.subtract(nat(3), nat(5)), nat(2)),
    ] {
      let evaluation = try Self.evaluateClosed(statement)
      #expect(evaluation.conclusion.asEquation?.rhs === Term.falseProposition)
      let absurd = try Theorem.eqMP(evaluation, Theorem.assume(statement))
      let refutation = try Theorem.notIntro(Theorem.impIntro(statement, absurd))
      #expect(refutation.conclusion === (try Term.not(statement)) && refutation.hypotheses.isEmpty)
    }
  }
}
