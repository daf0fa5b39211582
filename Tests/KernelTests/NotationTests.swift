import Kernel
import Testing

/// `≠`, `≥` and `>` are constants of their own, printed as written, and identified with `¬a = b`,
/// `b ≤ a` and `b < a` only by `Theorem.unfoldNotation`.
@Suite struct NotationTests {
  @Test func notationsAreDistinctTermsPrintedAsWritten() throws {
    let ne = try Term.notEqual(natN, natM)
    let ge = try Term.greaterOrEqual(natN, natM)
    let gt = try Term.greaterThan(intA, intB)
    #expect(ne.description == "n ≠ m")
    #expect(ge.description == "n ≥ m")
    #expect(gt.description == "a > b")
    #expect(ne != (try Term.not(Term.equal(natN, natM))))
    #expect(ge != (try Term.lessOrEqual(natM, natN)))
    #expect(gt != (try Term.lessThan(intB, intA)))
    #expect(ne.asBinaryOperation?.constant == .notEqual(.nat))
    #expect(ge.asBinaryOperation?.constant == .natGe)
    #expect(gt.asBinaryOperation?.constant == .intGt)
    #expect(try Term.notEqual(propP, propQ).description == "p ≠ q")
  }

  @Test func unfoldingGivesLeansDefinitions() throws {
    let cases: [(Term, String)] = [
      (try Term.notEqual(natN, natM), "⊢ (n ≠ m) = (¬n = m)"),
      (try Term.notEqual(intA, intB), "⊢ (a ≠ b) = (¬a = b)"),
      (try Term.greaterOrEqual(natN, natM), "⊢ (n ≥ m) = (m ≤ n)"),
      (try Term.greaterOrEqual(intA, intB), "⊢ (a ≥ b) = (b ≤ a)"),
      (try Term.greaterThan(natN, natM), "⊢ (n > m) = (m < n)"),
      (try Term.greaterThan(intA, intB), "⊢ (a > b) = (b < a)"),
    ]
    for (term, expected) in cases {
      let theorem = try Theorem.unfoldNotation(term)
      #expect(theorem.description == expected)
      #expect(theorem.hypotheses.isEmpty && theorem.dependencies.isEmpty)
    }
  }

  @Test func unfoldingRefusesOtherTerms() throws {
    for term in [
      try Term.lessOrEqual(natN, natM), try Term.not(Term.equal(natN, natM)), try Term.add(natN, natM), natN,
      try Term.lessThan(intA, intB),
    ] {
      expectRefusal(.unfoldNotation) { () throws(KernelError) in try Theorem.unfoldNotation(term) }
    }
  }

  @Test func greaterThanOnPropositionsDoesNotTypeCheck() {
    expectRefusal("Term.greaterThan") { () throws(KernelError) in try Term.greaterThan(propP, propQ) }
    expectRefusal("Term.greaterOrEqual") { () throws(KernelError) in try Term.greaterOrEqual(propP, propQ) }
  }

  @Test func literalNotationsEvaluateLikeTheirUnfoldings() throws {
    var generator = SeededGenerator(seed: 0x4E45)
    for _ in 0..<300 {
      let a = BigInt(Int.random(in: -6...6, using: &generator))
      let b = BigInt(Int.random(in: -6...6, using: &generator))
      let natPair = (nat(a.magnitude), nat(b.magnitude))
      let intPair = (int(a), int(b))
      for (x, y) in [natPair, intPair] {
        for term in [try Term.notEqual(x, y), try Term.greaterOrEqual(x, y), try Term.greaterThan(x, y)] {
          let unfolded = try #require(Theorem.unfoldNotation(term).conclusion.asEquation).rhs
          let direct = try evaluated(term)
          let viaDefinition: Term
          if let negated = unfolded.negatedProposition {
            viaDefinition =
              try evaluated(negated) === Term.trueProposition ? Term.falseProposition : Term.trueProposition
          } else {
            viaDefinition = try evaluated(unfolded)
          }
          #expect(direct === viaDefinition, "\(term)")
        }
      }
    }
  }
}
