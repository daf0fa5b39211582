import Kernel
import Testing

@Suite struct TermTests {
  @Test func buildingTheSameTermTwiceGivesTheSameObject() throws {
    let first = try Term.add(Term.multiply(natN, nat(2)), nat(3))
    let second = try Term.add(Term.multiply(Term.variable("n", .nat), nat(2)), nat(3))
    #expect(first === second)
    #expect(first.id == second.id)
    #expect(first.alphaHash == second.alphaHash)
    #expect(try Term.add(natN, nat(1)) !== Term.add(natN, nat(2)))
    #expect(Term.variable("n", .nat) !== Term.variable("n", .int))
    #expect(nat(BigInt("123456789012345678901234567890")!) === nat(BigInt("123456789012345678901234567890")!))
  }

  @Test func alphaEquivalentTermsAreEqualButKeepTheirNames() throws {
    let x = Term.variable("x", .nat)
    let y = Term.variable("y", .nat)
    let viaX = try Term.forall(x, Term.equal(Term.add(x, nat(0)), x))
    let viaY = try Term.forall(y, Term.equal(Term.add(y, nat(0)), y))
    #expect(viaX == viaY)
    #expect(viaX !== viaY)
    #expect(viaX.canonical === viaY.canonical)
    #expect(viaX.alphaHash == viaY.alphaHash)
    #expect(Set([viaX, viaY]).count == 1)
    #expect(viaX.description == "∀ x : Nat, x + 0 = x")
    #expect(viaY.description == "∀ y : Nat, y + 0 = y")
    #expect(viaX.binderName == "x" && viaX.binderType == .nat)
    let other = try Term.forall(x, Term.equal(Term.add(x, nat(1)), x))
    #expect(viaX != other)
  }

  @Test func typeErrorsAreRefusedOnConstruction() {
    expectRefusal("Term.add") { () throws(KernelError) in try Term.add(Term.trueProposition, natN) }
    expectRefusal("Term.application") { () throws(KernelError) in try Term.add(natN, intA) }
    expectRefusal("Term.application") { () throws(KernelError) in try Term.and(natN, propP) }
    expectRefusal("Term.application") { () throws(KernelError) in try Term.equal(natN, intA) }
    expectRefusal("Term.application") { () throws(KernelError) in try Term.power(intA, intB) }
    expectRefusal("Term.application") { () throws(KernelError) in try Term.application(natN, natN) }
    expectRefusal("Term.negate") { () throws(KernelError) in try Term.negate(natN) }
    expectRefusal("Term.gcd") { () throws(KernelError) in try Term.gcd(intA, intB) }
    expectRefusal("Term.natLiteral") { () throws(KernelError) in try Term.natLiteral(-1) }
    expectRefusal("Term.forall") { () throws(KernelError) in try Term.forall(natN, natN) }
    expectRefusal("Term.lambda") { () throws(KernelError) in try Term.lambda(nat(1), natN) }
  }

  @Test func typesAreInferred() throws {
    #expect(try Term.power(intA, natN).type == .int)
    #expect(try Term.natCast(natN).type == .int)
    #expect(try Term.natAbs(intA).type == .nat)
    #expect(try Term.divides(intA, intB).type == .prop)
    #expect(try Term.lambda(natN, Term.lessThan(natN, nat(3))).type == .function(.nat, .prop))
    let f = Term.variable("f", .function(.nat, .nat))
    #expect(try Term.application(f, natN).type == .nat)
    #expect(TermType.function(.function(.nat, .nat), .prop).description == "(Nat → Nat) → Prop")
  }

  @Test func integerValuesAreNumeralsOrTheirNegations() throws {
    let minusFive = int(-5)
    #expect(minusFive.intLiteralValue == -5)
    #expect(minusFive === (try Term.negate(int(5))))
    #expect(minusFive.description == "-5")
    #expect(int(7).intLiteralValue == 7)
    #expect(nat(7).intLiteralValue == nil)
  }

  @Test func freeVariablesSizeAndSubstitution() throws {
    let body = try Term.add(Term.multiply(natN, natM), natN)
    #expect(Set(body.freeVariables) == Set([natN, natM]))
    #expect(body.size == 9)
    #expect(body.hasFreeVariable(natN) && !body.hasFreeVariable(Term.variable("k", .nat)))
    let closed = try Term.forall(natN, Term.equal(body, body))
    #expect(closed.freeVariables == [natM])
    let substituted = try body.substituting([(natN, nat(2)), (natM, natN)])
    #expect(substituted === (try Term.add(Term.multiply(nat(2), natN), nat(2))))
    expectRefusal("Term.substituting") { () throws(KernelError) in try body.substituting([(natN, intA)]) }
    expectRefusal("Term.substituting") { () throws(KernelError) in try body.substituting([(nat(1), natN)]) }
    expectRefusal("Term.substituting") { () throws(KernelError) in
      try body.substituting([(natN, nat(1)), (natN, nat(2))])
    }
  }

  @Test func abstractionAndInstantiationRoundTrip() throws {
    var generator = SeededGenerator(seed: 11)
    let x = Term.variable("x", .nat)
    for _ in 0..<300 {
      let body = try Self.randomProposition(&generator, depth: 4, variables: [x, natN])
      let lambda = try Term.lambda(x, body)
      #expect(!lambda.freeVariables.contains(x))
      #expect(try lambda.instantiateBinder(with: x) === body)
      let value = try Self.randomNatTerm(&generator, depth: 2, variables: [natN])
      #expect(try lambda.instantiateBinder(with: value) === body.substituting([(x, value)]))
      let quantified = try Term.exists(x, body)
      #expect(try quantified.instantiateBinder(with: value) === body.substituting([(x, value)]))
    }
    expectRefusal("Term.instantiateBinder") { () throws(KernelError) in
      try Term.lambda(x, natN).instantiateBinder(with: intA)
    }
    expectRefusal("Term.instantiateBinder") { () throws(KernelError) in try natN.instantiateBinder(with: natN) }
  }

  @Test func nestedBindersInstantiateTheRightVariable() throws {
    let x = Term.variable("x", .nat)
    let y = Term.variable("y", .nat)
    let inner = try Term.forall(y, Term.lessOrEqual(x, y))
    let outer = try Term.forall(x, inner)
    #expect(outer.description == "∀ x : Nat, ∀ y : Nat, x ≤ y")
    let opened = try outer.instantiateBinder(with: nat(3))
    #expect(opened === (try Term.forall(y, Term.lessOrEqual(nat(3), y))))
    #expect(try opened.instantiateBinder(with: nat(4)) === (try Term.lessOrEqual(nat(3), nat(4))))
    let shadowing = try Term.forall(x, Term.forall(x, Term.equal(x, x)))
    #expect(shadowing.description == "∀ x : Nat, ∀ x' : Nat, x' = x'")
  }

  @Test func printsWithLeanPrecedences() throws {
    let a = intA
    let b = intB
    #expect(try Term.negate(Term.power(a, natN)).description == "-a ^ n")
    #expect(try Term.power(Term.negate(a), natN).description == "(-a) ^ n")
    #expect(try Term.subtract(a, Term.subtract(b, a)).description == "a - (b - a)")
    #expect(try Term.subtract(Term.subtract(a, b), a).description == "a - b - a")
    #expect(try Term.multiply(Term.add(a, b), a).description == "(a + b) * a")
    #expect(try Term.implies(propP, Term.implies(propQ, propR)).description == "p → q → r")
    #expect(try Term.implies(Term.implies(propP, propQ), propR).description == "(p → q) → r")
    #expect(try Term.not(Term.equal(a, b)).description == "¬a = b")
    #expect(try Term.and(propP, Term.or(propQ, propR)).description == "p ∧ (q ∨ r)")
    #expect(try Term.lessOrEqual(Term.natCast(natN), Term.add(a, int(1))).description == "↑n ≤ a + 1")
    let minimum = try Term.minimum(natN, natM)
    #expect(minimum.description == "min n m")
    #expect(try Term.and(Term.exists(natN, Term.equal(natN, natN)), propP).description == "(∃ n : Nat, n = n) ∧ p")
    let trailingBinder = try Term.implies(propP, Term.exists(natN, Term.equal(natN, natN)))
    #expect(trailingBinder.description == "p → ∃ n : Nat, n = n")
    #expect(try Term.and(Term.equal(propP, trailingBinder), propQ).description == "p = (p → ∃ n : Nat, n = n) ∧ q")
    #expect(
      try Term.and(Term.not(Term.forall(natN, Term.equal(natN, natN))), propQ).description == "¬(∀ n : Nat, n = n) ∧ q")
  }

  @Test func unusedTermsAreCollectedAndLiveOnesKept() throws {
    let kept = try Term.add(natN, nat(987_654_321))
    do {
      var scratch = Term.variable("scratch", .nat)
      for index in 0..<200 { scratch = try Term.add(scratch, nat(BigInt(index))) }
      _ = scratch
    }
    Term.collectUnusedTerms()
    #expect(kept === (try Term.add(natN, nat(987_654_321))))
    #expect(Term.internedCount > 0)
  }

  static func randomNatTerm(_ generator: inout SeededGenerator, depth: Int, variables: [Term]) throws -> Term {
    if depth == 0 || Int.random(in: 0..<3, using: &generator) == 0 {
      return Bool.random(using: &generator)
        ? variables.randomElement(using: &generator)! : nat(BigInt(Int.random(in: 0..<5, using: &generator)))
    }
    let lhs = try randomNatTerm(&generator, depth: depth - 1, variables: variables)
    let rhs = try randomNatTerm(&generator, depth: depth - 1, variables: variables)
    switch Int.random(in: 0..<4, using: &generator) {
    case 0: return try Term.add(lhs, rhs)
    case 1: return try Term.multiply(lhs, rhs)
    case 2: return try Term.subtract(lhs, rhs)
    default: return try Term.successor(lhs)
    }
  }

  static func randomProposition(_ generator: inout SeededGenerator, depth: Int, variables: [Term]) throws -> Term {
    let lhs = try randomNatTerm(&generator, depth: depth, variables: variables)
    let rhs = try randomNatTerm(&generator, depth: depth, variables: variables)
    switch Int.random(in: 0..<4, using: &generator) {
    case 0: return try Term.equal(lhs, rhs)
    case 1: return try Term.lessOrEqual(lhs, rhs)
    case 2:
      let y = Term.variable("y", .nat)
      return try Term.forall(y, Term.lessThan(lhs, Term.add(rhs, y)))
    default: return try Term.not(Term.divides(lhs, rhs))
    }
  }
}
