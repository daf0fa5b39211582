import Foundation
import Testing

@testable import GenerativeLogic

@Suite struct RelationalMachineTests {
  static func prover() throws -> RelationalProver {
    let file = try Fixtures.peano()
    let axioms = RelationalAxioms(axioms: AxiomDerivation(file: file), anchor: file.anchor)
    return RelationalProver(configuration: RelationalConfiguration(), axioms: axioms)
  }

  static func attempt(_ statement: Statement, theorems: [Statement] = []) throws -> RelationalOutcome? {
    let prover = try prover()
    let rules = theorems.enumerated().compactMap { index, theorem in
      ChainEncoding.rule(theorem, reference: RuleReference(kind: .theorem, name: "t\(index)"))
    }
    let trie = PremiseTrie(rules: prover.axioms.rules + rules)
    return prover.attempt(Candidate(index: 0, statement: statement, canonical: ""), trie: trie, round: 1)
  }

  static func law(_ name: String) -> Statement { KnownLaws.laws.first { $0.name == name }!.statement }

  @Test func disintegratesEveryAxiomIntoFactsRulesAndWitnessLicences() throws {
    let axioms = try Self.prover().axioms
    #expect(axioms.unread.isEmpty)
    #expect(Set(axioms.totality.keys) == [.succ, .add, .mul])
    #expect(axioms.facts.map(\.fact).contains(Fact(.succ, [0, 1])))
    let composed = axioms.rules.filter { !$0.components.isEmpty }
    #expect(composed.count == 4)
    #expect(composed.allSatisfy { $0.witnessing })
    #expect(axioms.rules.contains { $0.conclusion == .absurd })
  }

  @Test func provesSuccAddWithTheBuiltInInductionFromTheAxiomsAlone() throws {
    let outcome = try #require(try Self.attempt(Self.law("gl_succ_add")))
    #expect(outcome.method == .induction(variable: "b"))
    #expect(outcome.witnesses > 0)
  }

  @Test func provesAdditionCommutativityOnceItsLemmasAreTheorems() throws {
    let lemmas = [Self.law("gl_succ_add"), Self.law("gl_zero_add")]
    #expect(try Self.attempt(Self.law("gl_add_comm")) == nil)
    let outcome = try #require(try Self.attempt(Self.law("gl_add_comm"), theorems: lemmas))
    guard case .induction = outcome.method else {
      Issue.record("commutativity needs induction, got \(outcome.method)")
      return
    }
  }

  @Test func provesInjectivityOfSuccessorDirectly() throws {
    let outcome = try #require(try Self.attempt(Self.law("gl_succ_inj")))
    #expect(outcome.method == .direct)
  }

  @Test func refusesFalseStatements() throws {
    let a = Term.variable("a")
    let b = Term.variable("b")
    let falseStatements = [
      Statement(conclusion: Equation(.add(a, .one), a)),
      Statement(conclusion: Equation(.add(a, b), .mul(a, b))),
      Statement(conclusion: Equation(.succ(.add(a, b)), .add(.succ(a), .succ(b)))),
      Statement(premises: [Equation(.mul(a, b), .mul(b, b))], conclusion: Equation(a, b)),
    ]
    for statement in falseStatements {
      #expect(try Self.attempt(statement, theorems: [Self.law("gl_succ_add")]) == nil, "\(statement) proved")
    }
  }

  @Test func runsRoundsDeterministically() async throws {
    var configuration = ConjecturerConfiguration()
    configuration.maximumAtoms = 2
    let (candidates, _) = Conjecturer(configuration: configuration).candidates()
    var parallel = RelationalConfiguration()
    parallel.workers = 3
    var sequential = RelationalConfiguration()
    sequential.workers = 1
    let axioms = try Self.prover().axioms
    let first = await RelationalProver(configuration: parallel, axioms: axioms).run(candidates)
    let second = await RelationalProver(configuration: sequential, axioms: axioms).run(candidates)
    #expect(first.outcomes == second.outcomes)
    #expect(first.outcomes.contains { $0.name == "gl_zero_add" })
  }
}
