import Kernel
import Testing

@Suite struct ArithmeticRuleTests {
  @Test func evaluatesOneOperationOnLiterals() throws {
    #expect(try evaluated(Term.multiply(nat(12345), nat(678))) === nat(8_369_910))
    #expect(try evaluated(Term.successor(nat(41))) === nat(42))
    #expect(try evaluated(Term.gcd(nat(12), nat(18))) === nat(6))
    #expect(try evaluated(Term.minimum(nat(4), nat(9))) === nat(4))
    #expect(try evaluated(Term.maximum(int(-4), int(9))) === int(9))
    #expect(try evaluated(Term.natCast(nat(5))) === int(5))
    #expect(try evaluated(Term.natAbs(int(-5))) === nat(5))
    #expect(try evaluated(Term.toNat(int(-5))) === nat(0))
    #expect(try evaluated(Term.toNat(int(5))) === nat(5))
    #expect(try evaluated(Term.negate(int(-5))) === int(5))
    #expect(try evaluated(Term.power(int(-2), nat(3))) === int(-8))
    let theorem = try Theorem.evaluate(Term.add(nat(2), nat(2)))
    #expect(theorem.description == "⊢ 2 + 2 = 4")
  }

  @Test func leanSemanticsTraps() throws {
    #expect(try evaluated(Term.subtract(nat(3), nat(5))) === nat(0))
    #expect(try evaluated(Term.divide(nat(7), nat(0))) === nat(0))
    #expect(try evaluated(Term.modulo(nat(7), nat(0))) === nat(7))
    #expect(try evaluated(Term.power(nat(0), nat(0))) === nat(1))
    #expect(try evaluated(Term.divide(int(-7), int(2))) === int(-4))
    #expect(try evaluated(Term.modulo(int(-7), int(2))) === int(1))
    #expect(try evaluated(Term.divide(int(7), int(-2))) === int(-3))
    #expect(try evaluated(Term.divide(int(-7), int(0))) === int(0))
    #expect(try evaluated(Term.modulo(int(-7), int(0))) === int(-7))
    #expect(try evaluated(Term.subtract(int(3), int(5))) === int(-2))
    #expect(try evaluated(Term.divides(nat(0), nat(0))) === Term.trueProposition)
    #expect(try evaluated(Term.divides(nat(0), nat(1))) === Term.falseProposition)
    #expect(try evaluated(Term.divides(int(-3), int(6))) === Term.trueProposition)
    #expect(try evaluated(Term.divides(int(0), int(0))) === Term.trueProposition)
    #expect(try evaluated(Term.divides(int(4), int(-6))) === Term.falseProposition)
    let nineteen = try evaluated(Term.power(nat(19), nat(19)))
    #expect(try evaluated(Term.modulo(nineteen, nat(10))) === nat(9))
  }

  @Test func evaluatesPredicatesToTrueOrFalse() throws {
    #expect(try evaluated(Term.lessOrEqual(nat(3), nat(5))) === Term.trueProposition)
    #expect(try evaluated(Term.lessOrEqual(nat(5), nat(3))) === Term.falseProposition)
    #expect(try evaluated(Term.lessThan(int(-5), int(-5))) === Term.falseProposition)
    #expect(try evaluated(Term.equal(nat(4), nat(4))) === Term.trueProposition)
    #expect(try evaluated(Term.equal(int(-4), int(4))) === Term.falseProposition)
    let threeLeFive = try Term.lessOrEqual(nat(3), nat(5))
    let proof = try Theorem.eqMP(Theorem.symm(Theorem.evaluate(threeLeFive)), Theorem.trueIntro())
    #expect(proof.conclusion === threeLeFive && proof.hypotheses.isEmpty)
  }

  @Test func refusesWhatIsNotOneOperationOnLiterals() {
    expectRefusal(.evaluate) { () throws(KernelError) in try Theorem.evaluate(nat(3)) }
    expectRefusal(.evaluate) { () throws(KernelError) in try Theorem.evaluate(Term.add(natN, nat(1))) }
    expectRefusal(.evaluate) { () throws(KernelError) in
      try Theorem.evaluate(Term.add(Term.add(nat(1), nat(1)), nat(1)))
    }
    expectRefusal(.evaluate) { () throws(KernelError) in try Theorem.evaluate(Term.and(propP, propQ)) }
    expectRefusal(.evaluate) { () throws(KernelError) in try Theorem.evaluate(Term.equal(propP, propP)) }
  }

  @Test func refusesHugePowersInsteadOfHanging() throws {
    let billion = try evaluated(Term.power(nat(10), nat(9)))
    expectRefusal(.evaluate) { () throws(KernelError) in try Theorem.evaluate(Term.power(nat(2), billion)) }
    expectRefusal(.evaluate) { () throws(KernelError) in try Theorem.evaluate(Term.power(int(-3), billion)) }
    #expect(try evaluated(Term.power(nat(1), billion)) === nat(1))
    #expect(try evaluated(Term.power(nat(2), nat(100))).natLiteralValue == (try BigInt(2).power(100)))
  }

  @Test func inductionChecksItsPremises() throws {
    let motive = try Term.lambda(natN, Term.equal(Term.add(natN, nat(0)), natN))
    let zero = try Theorem.axiom(.natAddZero, [nat(0)])
    let step = try Theorem.forallIntro(
      natN,
      Theorem.impIntro(
        Term.equal(Term.add(natN, nat(0)), natN),
        Theorem.axiom(.natAddZero, [Term.add(natN, nat(1))])))
    let result = try Theorem.natInduction(motive: motive, zero: zero, succ: step)
    #expect(result.conclusion.description == "∀ n : Nat, n + 0 = n")
    expectRefusal(.natInduction) { () throws(KernelError) in
      try Theorem.natInduction(motive: motive, zero: step, succ: step)
    }
    expectRefusal(.natInduction) { () throws(KernelError) in
      try Theorem.natInduction(motive: motive, zero: zero, succ: zero)
    }
    expectRefusal(.natInduction) { () throws(KernelError) in
      try Theorem.natInduction(motive: Term.lambda(intA, Term.equal(intA, intA)), zero: zero, succ: step)
    }
    let badStep = try Theorem.forallIntro(
      natN, Theorem.impIntro(Term.equal(Term.add(natN, nat(0)), natN), Theorem.axiom(.natAddZero, [natN])))
    expectRefusal(.natInduction) { () throws(KernelError) in
      try Theorem.natInduction(motive: motive, zero: zero, succ: badStep)
    }
  }

  @Test func axiomInstantiationChecksTypes() throws {
    #expect(try Theorem.axiom(.natAddSucc, [nat(2), natN]).description == "⊢ 2 + Nat.succ n = Nat.succ (2 + n)")
    expectRefusal(.forallElim) { () throws(KernelError) in try Theorem.axiom(.natAddZero, [intA]) }
    expectRefusal(.forallElim) { () throws(KernelError) in try Theorem.axiom(.natAddZero, [natN, natN]) }
  }
}
