import Testing

@testable import GenerativeLogic

@Suite struct ConjecturerTests {
  let a = Term.variable("a")
  let b = Term.variable("b")

  @Test func theCounterexampleFilterDropsFalseStatements() {
    let filter = CounterexampleFilter(bound: 8)
    #expect(filter.survives(Statement(conclusion: Equation(.add(a, b), .add(b, a)))))
    #expect(!filter.survives(Statement(conclusion: Equation(.mul(a, b), .add(a, b)))))
    #expect(filter.counterexample(Statement(conclusion: Equation(.add(a, .one), a))) == ["a": 0])
    let cancellation = Statement(premises: [Equation(.mul(a, .zero), .mul(b, .zero))], conclusion: Equation(a, b))
    #expect(!filter.survives(cancellation))
  }

  @Test func canonicalKeysIgnoreNamesAndMirrors() {
    let one = Statement(conclusion: Equation(.add(.zero, a), a))
    let other = Statement(conclusion: Equation(b, .add(.zero, b)))
    #expect(CanonicalForm.key(one) == CanonicalForm.key(other))
    #expect(CanonicalForm.key(one) != CanonicalForm.key(Statement(conclusion: Equation(.add(a, .zero), a))))
  }

  @Test func theStructuralFiltersHold() {
    #expect(!ChainFilters.isFunctionalChain(Equation(.add(a, a), .mul(.one, a))))
    #expect(!ChainFilters.hasSameInputs(Equation(.add(a, b), a)))
    #expect(ChainFilters.hasSameInputs(Equation(.mul(a, .zero), .zero)))
    #expect(!ChainFilters.isNotTautology(Equation(.add(a, b), .add(a, b))))
  }

  @Test func theSmallSpaceHoldsTheBasicLawsOnce() {
    let (candidates, statistics) = Conjecturer(configuration: Fixtures.smallConfiguration().conjecturer).candidates()
    let names = candidates.compactMap { KnownLaws.law(matching: $0.statement)?.name }
    for law in ["gl_add_comm", "gl_zero_add", "gl_succ_inj", "gl_add_right_cancel", "gl_mul_comm"] {
      #expect(names.filter { $0 == law }.count == 1, "\(law)")
    }
    #expect(Set(candidates.map(\.canonical)).count == candidates.count)
    #expect(statistics.enumerated > statistics.distinct && statistics.distinct > candidates.count)
    let filter = CounterexampleFilter(bound: 8)
    #expect(candidates.allSatisfy { filter.survives($0.statement) })
  }

  @Test func aChainPrintsInTheDefinitionsLanguage() throws {
    let anchor = try Fixtures.peano().anchor
    let chain = RelationalChain(Statement(conclusion: Equation(.add(a, b), .add(b, a))), anchor: anchor)
    #expect(chain.description == "(>[a,b,x1,x2] (& in3[a,b,x1,add] in3[b,a,x2,add]) =[x1,x2])")
  }
}
