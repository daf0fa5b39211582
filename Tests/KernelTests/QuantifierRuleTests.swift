import Kernel
import Testing

@Suite struct QuantifierRuleTests {
  let x = Term.variable("x", .nat)

  @Test func forallIntroductionAndElimination() throws {
    let reflexive = Theorem.refl(x)
    let general = try Theorem.forallIntro(x, reflexive)
    #expect(general.conclusion.description == "∀ x : Nat, x = x")
    let instance = try Theorem.forallElim(general, nat(5))
    #expect(instance.conclusion === (try Term.equal(nat(5), nat(5))))
    expectRefusal(.forallElim) { () throws(KernelError) in try Theorem.forallElim(general, intA) }
    expectRefusal(.forallElim) { () throws(KernelError) in try Theorem.forallElim(general, Term.trueProposition) }
    expectRefusal(.forallElim) { () throws(KernelError) in try Theorem.forallElim(reflexive, nat(5)) }
    expectRefusal(.forallIntro) { () throws(KernelError) in try Theorem.forallIntro(nat(1), reflexive) }
  }

  @Test func generalizingAVariableFreeInAHypothesisIsRefused() throws {
    let assumed = try Theorem.assume(Term.equal(x, nat(0)))
    expectRefusal(.forallIntro) { () throws(KernelError) in try Theorem.forallIntro(x, assumed) }
    let discharged = try Theorem.impIntro(assumed.conclusion, assumed)
    #expect(try Theorem.forallIntro(x, discharged).conclusion.description == "∀ x : Nat, x = 0 → x = 0")
  }

  @Test func forallOverAPredicateVariable() throws {
    let predicate = Term.variable("P", .function(.nat, .prop))
    let universal = try Term.application(Term.constant(.forall(.nat)), predicate)
    let instance = try Theorem.forallElim(Theorem.assume(universal), nat(2))
    #expect(instance.conclusion === (try Term.application(predicate, nat(2))))
  }

  @Test func existentialIntroduction() throws {
    let statement = try Term.exists(x, Term.equal(Term.add(x, nat(1)), nat(3)))
    let witnessProof = try Theorem.evaluate(Term.add(nat(2), nat(1)))
    let proof = try Theorem.existsIntro(statement, witness: nat(2), witnessProof)
    #expect(proof.conclusion === statement)
    expectRefusal(.existsIntro) { () throws(KernelError) in
      try Theorem.existsIntro(statement, witness: nat(1), witnessProof)
    }
    expectRefusal(.existsIntro) { () throws(KernelError) in
      try Theorem.existsIntro(statement, witness: intA, witnessProof)
    }
    expectRefusal(.existsIntro) { () throws(KernelError) in
      try Theorem.existsIntro(witnessProof.conclusion, witness: nat(2), witnessProof)
    }
  }

  @Test func existentialElimination() throws {
    let body = try Term.lessThan(nat(3), x)
    let statement = try Term.exists(x, body)
    let existential = try Theorem.assume(statement)
    let y = Term.variable("y", .nat)
    let instance = try Term.lessThan(nat(3), y)
    let lt = try Theorem.iffMP(Theorem.axiom(.natLtIffAddOneLe, [nat(3), y]))
    let le = try Theorem.impElim(lt, Theorem.assume(instance))
    let threeFour = try Theorem.evaluate(Term.add(nat(3), nat(1)))
    let leFromFour = try Theorem.eqMP(
      Theorem.congruence(
        Theorem.congruence(Theorem.refl(Term.constant(.natLe)), threeFour), Theorem.refl(y)), le)
    let concluded = try Theorem.existsIntro(
      try Term.exists(x, Term.lessOrEqual(nat(4), x)), witness: y, leFromFour)
    let eliminated = try Theorem.existsElim(existential, y, concluded)
    #expect(eliminated.hypotheses == [statement])
    #expect(eliminated.conclusion.description == "∃ x : Nat, 4 ≤ x")
    let usesY = try Theorem.assume(Term.equal(y, nat(7)))
    expectRefusal(.existsElim) { () throws(KernelError) in try Theorem.existsElim(existential, y, usesY) }
    let otherHypothesis = try Theorem.andRight(
      Theorem.andIntro(Theorem.assume(Term.equal(y, nat(7))), Theorem.trueIntro()))
    expectRefusal(.existsElim) { () throws(KernelError) in try Theorem.existsElim(existential, y, otherHypothesis) }
    expectRefusal(.existsElim) { () throws(KernelError) in try Theorem.existsElim(existential, intA, concluded) }
    expectRefusal(.existsElim) { () throws(KernelError) in try Theorem.existsElim(Theorem.assume(propP), y, concluded) }
    let mentionsY = try Theorem.assume(Term.exists(x, Term.lessThan(y, x)))
    expectRefusal(.existsElim) { () throws(KernelError) in try Theorem.existsElim(mentionsY, y, concluded) }
  }
}
