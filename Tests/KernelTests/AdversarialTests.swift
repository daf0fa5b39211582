import Kernel
import Testing

/// Attempts to prove false things or to break a side condition, gathered in one place.
@Suite struct AdversarialTests {
  @Test func truncatedSubtractionCannotGoNegative() throws {
    expectRefusal("Term.natLiteral") { () throws(KernelError) in try Term.natLiteral(-2) }
    let difference = try Term.subtract(nat(3), nat(5))
    let evaluation = try Theorem.evaluate(difference)
    #expect(evaluation.conclusion === (try Term.equal(difference, nat(0))))
    let claim = try Term.equal(difference, nat(2))
    expectRefusal(.eqMP) { () throws(KernelError) in try Theorem.eqMP(Theorem.refl(claim), evaluation) }
    let overInt = try Theorem.evaluate(Term.subtract(int(3), int(5)))
    #expect(overInt.conclusion.asEquation?.rhs === int(-2))
  }

  @Test func divisionAndPowerConventions() throws {
    #expect(try evaluated(Term.divide(nat(7), nat(0))) === nat(0))
    #expect(try evaluated(Term.divide(int(-7), int(2))) === int(-4))
    #expect(try evaluated(Term.modulo(int(-7), int(2))) === int(1))
    #expect(try evaluated(Term.power(nat(0), nat(0))) === nat(1))
    #expect(try evaluated(Term.power(int(0), nat(0))) === int(1))
  }

  @Test func zeroDividesOnlyZero() throws {
    #expect(try evaluated(Term.divides(nat(0), nat(0))) === Term.trueProposition)
    let zeroDividesOne = try Term.divides(nat(0), nat(1))
    let evaluation = try Theorem.evaluate(zeroDividesOne)
    #expect(evaluation.conclusion.asEquation?.rhs === Term.falseProposition)
    expectRefusal(.eqMP) { () throws(KernelError) in try Theorem.eqMP(Theorem.symm(evaluation), Theorem.trueIntro()) }
  }

  @Test func wrongTypedInstantiationsAreRefused() throws {
    let x = Term.variable("x", .nat)
    let universal = try Theorem.forallIntro(x, Theorem.refl(x))
    for wrong in [intA, propP, Term.trueProposition, Term.constant(.natAdd), Term.variable("f", .function(.nat, .nat))]
    {
      expectRefusal(.forallElim) { () throws(KernelError) in try Theorem.forallElim(universal, wrong) }
    }
    let existential = try Term.exists(x, Term.equal(x, x))
    expectRefusal(.existsIntro) { () throws(KernelError) in
      try Theorem.existsIntro(existential, witness: int(0), Theorem.refl(int(0)))
    }
    expectRefusal(.forallElim) { () throws(KernelError) in try Theorem.axiom(.intAddComm, [nat(1), nat(2)]) }
  }

  @Test func generalizingAVariableOfAHypothesisIsRefused() throws {
    let x = Term.variable("x", .nat)
    let assumption = try Theorem.assume(Term.equal(x, nat(0)))
    expectRefusal(.forallIntro) { () throws(KernelError) in try Theorem.forallIntro(x, assumption) }
    let throughAnd = try Theorem.andLeft(Theorem.andIntro(Theorem.refl(x), assumption))
    expectRefusal(.forallIntro) { () throws(KernelError) in try Theorem.forallIntro(x, throughAnd) }
    expectRefusal(.abstraction) { () throws(KernelError) in try Theorem.abstraction(x, assumption) }
    let sameNameOtherType = Term.variable("x", .int)
    let general = try Theorem.forallIntro(sameNameOtherType, assumption)
    #expect(general.hypotheses == assumption.hypotheses)
  }

  @Test func eliminatorsRefuseTheWrongShape() throws {
    let p = try Theorem.assume(propP)
    let equation = Theorem.refl(natN)
    expectRefusal(.andLeft) { () throws(KernelError) in try Theorem.andLeft(p) }
    expectRefusal(.andRight) { () throws(KernelError) in try Theorem.andRight(equation) }
    expectRefusal(.orElim) { () throws(KernelError) in try Theorem.orElim(p, p, p) }
    expectRefusal(.impElim) { () throws(KernelError) in try Theorem.impElim(p, p) }
    expectRefusal(.notElim) { () throws(KernelError) in try Theorem.notElim(p, p) }
    expectRefusal(.iffMP) { () throws(KernelError) in try Theorem.iffMP(p) }
    expectRefusal(.forallElim) { () throws(KernelError) in try Theorem.forallElim(p, natN) }
    expectRefusal(.existsElim) { () throws(KernelError) in try Theorem.existsElim(p, natN, p) }
    expectRefusal(.falseElim) { () throws(KernelError) in try Theorem.falseElim(p, propQ) }
    expectRefusal(.byContradiction) { () throws(KernelError) in try Theorem.byContradiction(p) }
    expectRefusal(.symm) { () throws(KernelError) in try Theorem.symm(p) }
    expectRefusal(.eqMP) { () throws(KernelError) in try Theorem.eqMP(p, p) }
    expectRefusal(.propext) { () throws(KernelError) in try Theorem.propext(equation) }
    expectRefusal(.beta) { () throws(KernelError) in try Theorem.beta(natN) }
  }

  @Test func existentialWitnessMustStayFresh() throws {
    let x = Term.variable("x", .nat)
    let y = Term.variable("y", .nat)
    let statement = try Term.exists(x, Term.lessThan(nat(0), x))
    let existential = try Theorem.assume(statement)
    let instance = try Term.lessThan(nat(0), y)
    let leaks = try Theorem.assume(instance)
    expectRefusal(.existsElim) { () throws(KernelError) in try Theorem.existsElim(existential, y, leaks) }
  }

  static func sample(_ k: Int) -> Term {
    let n = Term.variable("n", .nat)
    return try! Term.forall(n, Term.lessOrEqual(n, Term.add(n, nat(BigInt(k)))))
  }

  @Test func hashConsingIsThreadSafe() async throws {
    let held = (0..<300).map(Self.sample)
    let results = await withTaskGroup(of: [Term].self) { group in
      for task in 0..<4 {
        group.addTask {
          var built: [Term] = []
          for k in 0..<600 {
            built.append(Self.sample(k))
            if k % 150 == task { Term.collectUnusedTerms() }
          }
          return built
        }
      }
      var all: [[Term]] = []
      for await built in group { all.append(built) }
      return all
    }
    #expect(results.count == 4)
    for built in results {
      for k in 0..<600 { #expect(built[k] === results[0][k]) }
      for k in 0..<300 { #expect(built[k] === held[k]) }
    }
  }
}
