import Kernel
import Testing

@Suite struct EqualityRuleTests {
  let a = Term.variable("a", .nat)
  let b = Term.variable("b", .nat)
  let c = Term.variable("c", .nat)

  func hypothesis(_ lhs: Term, _ rhs: Term) throws -> Theorem {
    try Theorem.assume(Term.equal(lhs, rhs))
  }

  @Test func reflSymmTrans() throws {
    let reflexive = Theorem.refl(a)
    #expect(reflexive.conclusion === (try Term.equal(a, a)) && reflexive.hypotheses.isEmpty)
    let ab = try hypothesis(a, b)
    let ba = try Theorem.symm(ab)
    #expect(ba.conclusion === (try Term.equal(b, a)))
    #expect(ba.hypotheses == ab.hypotheses)
    let ac = try Theorem.trans(ab, hypothesis(b, c))
    #expect(ac.conclusion === (try Term.equal(a, c)))
    #expect(ac.hypotheses.count == 2)
    expectRefusal(.symm) { () throws(KernelError) in try Theorem.symm(Theorem.assume(propP)) }
    expectRefusal(.trans) { () throws(KernelError) in try Theorem.trans(ab, ab) }
    expectRefusal(.trans) { () throws(KernelError) in try Theorem.trans(ab, Theorem.assume(propP)) }
  }

  @Test func congruenceAppliesEqualFunctionsToEqualArguments() throws {
    let f = Term.variable("f", .function(.nat, .nat))
    let g = Term.variable("g", .function(.nat, .nat))
    let fg = try Theorem.assume(Term.equal(f, g))
    let result = try Theorem.congruence(fg, hypothesis(a, b))
    #expect(result.conclusion === (try Term.equal(Term.application(f, a), Term.application(g, b))))
    let plus = try Term.application(Term.constant(.natAdd), c)
    let underPlus = try Theorem.congruence(Theorem.refl(plus), hypothesis(a, b))
    #expect(underPlus.conclusion === (try Term.equal(Term.add(c, a), Term.add(c, b))))
    expectRefusal(.congruence) { () throws(KernelError) in
      try Theorem.congruence(fg, Theorem.assume(Term.equal(intA, intB)))
    }
    expectRefusal(.congruence) { () throws(KernelError) in try Theorem.congruence(Theorem.assume(propP), fg) }
  }

  @Test func abstractionRewritesUnderBinders() throws {
    let x = Term.variable("x", .nat)
    let equation = try Theorem.axiom(.natAddZero, [x])
    let lambdas = try Theorem.abstraction(x, equation)
    #expect(lambdas.conclusion.description == "(fun x : Nat => x + 0) = fun x : Nat => x")
    let underForall = try Theorem.congruence(
      Theorem.refl(Term.constant(.forall(.nat))),
      Theorem.abstraction(
        x, Theorem.congruence(Theorem.congruence(Theorem.refl(Term.constant(.equal(.nat))), equation), Theorem.refl(x)))
    )
    #expect(underForall.conclusion.description == "(∀ x : Nat, x + 0 = x) = ∀ x : Nat, x = x")
    let assumed = try hypothesis(x, a)
    expectRefusal(.abstraction) { () throws(KernelError) in try Theorem.abstraction(x, assumed) }
    expectRefusal(.abstraction) { () throws(KernelError) in try Theorem.abstraction(nat(1), equation) }
    expectRefusal(.abstraction) { () throws(KernelError) in try Theorem.abstraction(x, Theorem.assume(propP)) }
  }

  @Test func betaReducesOneRedex() throws {
    let x = Term.variable("x", .nat)
    let redex = try Term.application(Term.lambda(x, Term.multiply(x, x)), nat(3))
    let reduced = try Theorem.beta(redex)
    #expect(reduced.conclusion === (try Term.equal(redex, Term.multiply(nat(3), nat(3)))))
    expectRefusal(.beta) { () throws(KernelError) in try Theorem.beta(Term.add(a, b)) }
  }

  @Test func eqMPAndPropext() throws {
    let pq = try Theorem.assume(Term.equal(propP, propQ))
    let q = try Theorem.eqMP(pq, Theorem.assume(propP))
    #expect(q.conclusion === propQ && q.hypotheses.count == 2)
    expectRefusal(.eqMP) { () throws(KernelError) in try Theorem.eqMP(pq, Theorem.assume(propQ)) }
    let ab = try hypothesis(a, b)
    expectRefusal(.eqMP) { () throws(KernelError) in try Theorem.eqMP(ab, Theorem.assume(propP)) }
    let equivalence = try Theorem.assume(Term.iff(propP, propQ))
    #expect(try Theorem.propext(equivalence).conclusion === (try Term.equal(propP, propQ)))
    expectRefusal(.propext) { () throws(KernelError) in try Theorem.propext(pq) }
  }

  @Test func substituteInstantiatesHypothesesAndConclusion() throws {
    let ab = try hypothesis(a, b)
    let instance = try Theorem.substitute(ab, [(a, nat(1)), (b, Term.add(c, nat(2)))])
    #expect(instance.conclusion === (try Term.equal(nat(1), Term.add(c, nat(2)))))
    #expect(instance.hypotheses == [instance.conclusion])
    expectRefusal(.substitute) { () throws(KernelError) in try Theorem.substitute(ab, [(a, intA)]) }
    expectRefusal(.substitute) { () throws(KernelError) in try Theorem.substitute(ab, [(nat(0), a)]) }
  }
}
