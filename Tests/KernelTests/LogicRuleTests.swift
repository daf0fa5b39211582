import Kernel
import Testing

@Suite struct LogicRuleTests {
  @Test func assumeNeedsAProposition() throws {
    let p = try Theorem.assume(propP)
    #expect(p.hypotheses == [propP] && p.conclusion === propP)
    expectRefusal(.assume) { () throws(KernelError) in try Theorem.assume(natN) }
  }

  @Test func trueAndFalse() throws {
    #expect(Theorem.trueIntro().conclusion === Term.trueProposition)
    let absurd = try Theorem.assume(Term.falseProposition)
    #expect(try Theorem.falseElim(absurd, propQ).conclusion === propQ)
    expectRefusal(.falseElim) { () throws(KernelError) in try Theorem.falseElim(Theorem.assume(propP), propQ) }
    expectRefusal(.falseElim) { () throws(KernelError) in try Theorem.falseElim(absurd, natN) }
  }

  @Test func conjunction() throws {
    let both = try Theorem.andIntro(Theorem.assume(propP), Theorem.assume(propQ))
    #expect(both.conclusion === (try Term.and(propP, propQ)))
    #expect(try Theorem.andLeft(both).conclusion === propP)
    #expect(try Theorem.andRight(both).conclusion === propQ)
    expectRefusal(.andLeft) { () throws(KernelError) in try Theorem.andLeft(Theorem.assume(propP)) }
    expectRefusal(.andRight) { () throws(KernelError) in
      try Theorem.andRight(Theorem.assume(Term.or(propP, propQ)))
    }
  }

  @Test func disjunction() throws {
    let left = try Theorem.orIntroLeft(Theorem.assume(propP), propQ)
    #expect(left.conclusion === (try Term.or(propP, propQ)))
    let right = try Theorem.orIntroRight(propP, Theorem.assume(propQ))
    #expect(right.conclusion === (try Term.or(propP, propQ)))
    let disjunction = try Theorem.assume(Term.or(propP, propQ))
    let fromP = try Theorem.orIntroRight(propQ, Theorem.assume(propP))
    let fromQ = try Theorem.orIntroLeft(Theorem.assume(propQ), propP)
    let swapped = try Theorem.orElim(disjunction, fromP, fromQ)
    #expect(swapped.conclusion === (try Term.or(propQ, propP)))
    #expect(swapped.hypotheses == disjunction.hypotheses)
    expectRefusal(.orElim) { () throws(KernelError) in try Theorem.orElim(disjunction, fromP, Theorem.assume(propQ)) }
    expectRefusal(.orElim) { () throws(KernelError) in try Theorem.orElim(Theorem.assume(propP), fromP, fromP) }
    expectRefusal(.orIntroLeft) { () throws(KernelError) in try Theorem.orIntroLeft(Theorem.assume(propP), natN) }
  }

  @Test func implication() throws {
    let identity = try Theorem.impIntro(propP, Theorem.assume(propP))
    #expect(identity.hypotheses.isEmpty)
    #expect(identity.conclusion === (try Term.implies(propP, propP)))
    let weakened = try Theorem.impIntro(propQ, Theorem.assume(propP))
    #expect(weakened.hypotheses == [propP])
    let applied = try Theorem.impElim(Theorem.assume(Term.implies(propP, propQ)), Theorem.assume(propP))
    #expect(applied.conclusion === propQ)
    expectRefusal(.impElim) { () throws(KernelError) in try Theorem.impElim(identity, Theorem.assume(propQ)) }
    expectRefusal(.impElim) { () throws(KernelError) in
      try Theorem.impElim(Theorem.assume(propP), Theorem.assume(propP))
    }
    expectRefusal(.impIntro) { () throws(KernelError) in try Theorem.impIntro(natN, Theorem.assume(propP)) }
  }

  @Test func negation() throws {
    let refutation = try Theorem.assume(Term.implies(propP, Term.falseProposition))
    let negation = try Theorem.notIntro(refutation)
    #expect(negation.conclusion === (try Term.not(propP)))
    let absurd = try Theorem.notElim(negation, Theorem.assume(propP))
    #expect(absurd.conclusion === Term.falseProposition)
    expectRefusal(.notIntro) { () throws(KernelError) in
      try Theorem.notIntro(Theorem.assume(Term.implies(propP, propQ)))
    }
    expectRefusal(.notElim) { () throws(KernelError) in try Theorem.notElim(negation, Theorem.assume(propQ)) }
    expectRefusal(.notElim) { () throws(KernelError) in
      try Theorem.notElim(Theorem.assume(propP), Theorem.assume(propP))
    }
  }

  @Test func equivalence() throws {
    let forward = try Theorem.assume(Term.implies(propP, propQ))
    let backward = try Theorem.assume(Term.implies(propQ, propP))
    let both = try Theorem.iffIntro(forward, backward)
    #expect(both.conclusion === (try Term.iff(propP, propQ)))
    #expect(try Theorem.iffMP(both).conclusion === forward.conclusion)
    #expect(try Theorem.iffMPR(both).conclusion === backward.conclusion)
    expectRefusal(.iffIntro) { () throws(KernelError) in try Theorem.iffIntro(forward, forward) }
    expectRefusal(.iffMP) { () throws(KernelError) in try Theorem.iffMP(forward) }
    expectRefusal(.iffMPR) { () throws(KernelError) in try Theorem.iffMPR(forward) }
  }

  @Test func classicalByContradictionProvesExcludedMiddle() throws {
    let middle = try Term.or(propP, Term.not(propP))
    let notMiddle = try Term.not(middle)
    let notMiddleHolds = try Theorem.assume(notMiddle)
    let refuteP = try Theorem.impIntro(
      propP, Theorem.notElim(notMiddleHolds, Theorem.orIntroLeft(Theorem.assume(propP), Term.not(propP))))
    let notP = try Theorem.notIntro(refuteP)
    let absurd = try Theorem.notElim(notMiddleHolds, Theorem.orIntroRight(propP, notP))
    let excludedMiddle = try Theorem.byContradiction(Theorem.impIntro(notMiddle, absurd))
    #expect(excludedMiddle.hypotheses.isEmpty)
    #expect(excludedMiddle.conclusion.description == "p ∨ ¬p")
    expectRefusal(.byContradiction) { () throws(KernelError) in
      try Theorem.byContradiction(Theorem.impIntro(propP, Theorem.assume(Term.falseProposition)))
    }
  }
}
