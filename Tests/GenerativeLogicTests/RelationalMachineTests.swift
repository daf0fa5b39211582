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
    try attemptWithGraph(statement, theorems: theorems)?.0
  }

  static func attemptWithGraph(_ statement: Statement, theorems: [Statement] = []) throws -> (
    RelationalOutcome, ProofGraph?
  )? {
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

  @Test func rebuildsAProofGraphThatTheVerifierAccepts() throws {
    let statement = Self.law("gl_succ_add")
    let (outcome, graph) = try #require(try Self.attemptWithGraph(statement))
    let proof = try #require(graph)
    #expect(proof.method == outcome.method)
    let tags = Set(proof.nodes.map(\.tag))
    #expect(tags.isSuperset(of: [.recursion, .implication, .equality]))
    let report = ProofVerifier.verify(
      file: try Fixtures.peano(), storedAxioms: nil, theorems: [(outcome.name, statement, proof)])
    #expect(report.failures.isEmpty, "\(report.failures.prefix(3))")
    #expect(report.stepsChecked == proof.nodes.count)
  }

  @Test func aCorruptedRebuiltStepIsCaught() throws {
    let statement = Self.law("gl_succ_add")
    let proof = try #require(try Self.attemptWithGraph(statement)?.1)
    let index = try #require(proof.nodes.lastIndex { $0.rule?.kind == .axiom })
    var corrupted = proof
    corrupted.nodes[index].claim = Equation(corrupted.nodes[index].claim.lhs, .succ(corrupted.nodes[index].claim.rhs))
    let report = ProofVerifier.verify(
      file: try Fixtures.peano(), storedAxioms: nil, theorems: [("gl_succ_add", statement, corrupted)])
    #expect(report.failures.contains { $0.node == index })
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

  @Test func provesDistributivityAndSuccMulByInductionOnceAdditionLawsAreTheorems() throws {
    let lemmas = ["gl_add_assoc", "gl_add_comm", "gl_add_left_comm", "gl_zero_add", "gl_succ_add"].map(Self.law)
    let distributivity = try #require(try Self.attempt(Self.law("gl_left_distrib"), theorems: lemmas))
    #expect(distributivity.method == .induction(variable: "c"))
    let succMul = try #require(try Self.attempt(Self.law("gl_succ_mul"), theorems: lemmas))
    #expect(succMul.method == .induction(variable: "b"))
    #expect(try Self.attempt(Self.law("gl_left_distrib"), theorems: [Self.law("gl_add_comm")]) == nil)
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

  @Test func theMachineIsTheDefaultEngineAndTheRewritingProverIsOptIn() async throws {
    var configuration = Fixtures.smallConfiguration()
    configuration.conjecturer.maximumAtoms = 2
    let derivation = try await Fixtures.derivation(configuration)
    #expect(!derivation.relational.isEmpty)
    #expect(derivation.relational.map(\.name) == derivation.theorems.map(\.name))
    #expect(derivation.relational.contains { $0.name == "gl_zero_add" && $0.method == .induction(variable: "a") })
    let summary = DerivationWriter(derivation: derivation).render().summary
    #expect(summary.relationalProved == derivation.relational.count)
    #expect(summary.text.contains("relational machine: \(derivation.relational.count) candidates proved"))
    configuration.engine = .rewriting
    let rewriting = try await Fixtures.derivation(configuration)
    #expect(rewriting.relational.isEmpty)
    #expect(!rewriting.theorems.isEmpty)
    #expect(!DerivationWriter(derivation: rewriting).render().summary.text.contains("relational machine"))
  }
}
