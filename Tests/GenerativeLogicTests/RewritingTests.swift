import Testing

@testable import GenerativeLogic

@Suite struct RewritingTests {
  let a = Term.variable("a")
  let b = Term.variable("b")

  @Test func theOrderingOrientsTheRecursionEquations() {
    #expect(TermOrdering.greater(.add(a, .succ(b)), .succ(.add(a, b))))
    #expect(TermOrdering.greater(.mul(a, .succ(b)), .add(.mul(a, b), a)))
    #expect(TermOrdering.greater(.one, .succ(.zero)))
    #expect(!TermOrdering.greater(.add(a, b), .add(a, b)))
    #expect(TermOrdering.greater(.add(b, a), .add(a, b)) != TermOrdering.greater(.add(a, b), .add(b, a)))
  }

  @Test func prefixTextRoundTrips() {
    let term = Term.mul(.add(a, .one), .succ(.mul(b, .zero)))
    #expect(Term(prefixText: term.prefixText) == term)
    #expect(term.description == "(a + 1) * s(b * 0)")
    #expect(term.leanText == "(a + 1) * Nat.succ (b * 0)")
  }

  @Test func aStepBlockUsesTheInductionHypothesis() throws {
    let axioms = AxiomDerivation(file: try Fixtures.peano()).rules
    let statement = Statement(conclusion: Equation(.add(.zero, a), a))
    let hypothesis = Rule(
      reference: RuleReference(kind: .inductionHypothesis, name: "ih"),
      statement: ProofGraph.inductionHypothesis(of: statement, on: "a"))
    let block = LogicBlock(rules: axioms + [hypothesis], rewriteBudget: 100, maximumFacts: 8)
    var builder = ProofBuilder()
    let goal = ProofGraph.caseGoal(of: statement, on: "a", kind: .step)
    let end = try #require(block.prove(goal, caseIndex: 1, builder: &builder))
    #expect(builder.nodes[end].claim == goal.conclusion)
    #expect(builder.nodes.contains { $0.rule?.kind == .inductionHypothesis })
    var plain = ProofBuilder()
    let withoutHypothesis = LogicBlock(rules: axioms, rewriteBudget: 100, maximumFacts: 8)
    #expect(withoutHypothesis.prove(goal, caseIndex: 1, builder: &plain) == nil)
  }
}
