import Foundation
import Testing

@testable import GenerativeLogic

@Suite struct BlockTrieTests {
  static func axioms() throws -> RelationalAxioms {
    let file = try Fixtures.peano()
    return RelationalAxioms(axioms: AxiomDerivation(file: file), anchor: file.anchor)
  }

  static func trie() throws -> BlockTrie {
    let axioms = try axioms()
    return BlockTrie(
      tries: [PremiseTrie(rules: axioms.rules)], axioms: axioms, configuration: BlockConfiguration())
  }

  static func path(_ statement: Statement) -> TriePath { TriePath(task: ChainEncoding.task(statement)) }

  static let (a, b, c) = (Term.variable("a"), Term.variable("b"), Term.variable("c"))

  @Test func candidatesWithACommonPrefixUpToRenamingShareItsBlock() throws {
    var trie = try Self.trie()
    let commutativity = Self.path(Statement(conclusion: Equation(.add(Self.a, Self.b), .add(Self.b, Self.a))))
    let zero = Self.path(Statement(conclusion: Equation(.add(.add(Self.b, Self.c), .zero), .add(Self.b, Self.c))))
    let first = trie.insert(commutativity.premises)
    let second = trie.insert(zero.premises)
    #expect(first != second)
    #expect(trie.nodes[first].parent == trie.nodes[second].parent)
    #expect(trie.nodes[first].depth == 2)
    #expect(trie.count == 4)
    #expect(trie.insert(commutativity.premises) == first)
    #expect(trie.count == 4)
  }

  @Test func aFactDerivedInTheParentReachesTheChildAfterOneBurst() async throws {
    var trie = try Self.trie()
    let statement = Statement(conclusion: Equation(.add(.succ(Self.a), Self.b), .succ(.add(Self.a, Self.b))))
    let leaf = trie.insert(Self.path(statement).premises)
    #expect(await trie.burst(active: Array(repeating: true, count: trie.count), workers: 1))
    var delivered = 0
    var child = leaf
    while trie.nodes[child].parent >= 0 {
      let parent = trie.nodes[child].parent
      let sender = try #require(trie.block(parent))
      let receiver = try #require(trie.block(child))
      let translation = trie.nodes[child].translation
      #expect(translation.facts.count == sender.facts.count)
      for id in sender.facts.indices where !sender.inherited[id] && sender.provenance[id] != .hypothesis {
        let record = translation.facts[id]
        #expect(receiver.inherited[record])
        #expect(receiver.facts[record] == sender.facts[id].mapped { translation.constants[$0] })
        #expect(receiver.levels[record] == sender.levels[id])
        delivered += 1
      }
      child = parent
    }
    #expect(delivered > 0)
  }

  @Test func aFactThatDependsOnAChildsPremiseNeverReachesItsSibling() async throws {
    var trie = try Self.trie()
    let sum = TriePremise.atom(.add, [2, 3, 4])
    let equal = trie.insert([sum, .equal(2, 3)])
    let sibling = trie.insert([sum, .atom(.mul, [2, 3, 5])])
    for _ in 0..<3 { _ = await trie.burst(active: Array(repeating: true, count: trie.count), workers: 2) }
    let merged = try #require(trie.block(equal))
    let other = try #require(trie.block(sibling))
    #expect(merged.holds(Fact(.add, [2, 2, 4])))
    #expect(!other.holds(Fact(.add, [2, 2, 4])))
    #expect(!other.equal(2, 3))
    for id in trie.nodes.indices {
      let block = try #require(trie.block(id))
      let depth = trie.nodes[id].depth
      let allowed: UInt64 = depth == 0 ? 0 : (UInt64(1) << UInt64(depth + 1)) - 2
      for record in block.facts.indices {
        #expect(block.levels[record] & ~allowed == 0, "a fact of node \(id) depends on a premise off its path")
        if block.inherited[record] && depth > 0 {
          #expect(block.levels[record] & (UInt64(1) << UInt64(depth)) == 0, "an inherited fact uses the own premise")
        }
      }
    }
  }

  static func candidates() -> [Candidate] {
    var configuration = ConjecturerConfiguration()
    configuration.maximumAtoms = 2
    return Conjecturer(configuration: configuration).candidates().0
  }

  static func run(_ candidates: [Candidate], workers: Int, shared: Bool = true) async throws -> RelationalProver.Run {
    var configuration = RelationalConfiguration()
    configuration.workers = workers
    configuration.sharedBlocks = shared
    return await RelationalProver(configuration: configuration, axioms: try axioms()).run(candidates)
  }

  @Test func sharedBlocksGiveTheSameResultsOnOneOrTwoWorkers() async throws {
    let candidates = Self.candidates()
    let one = try await Self.run(candidates, workers: 1)
    let two = try await Self.run(candidates, workers: 2)
    #expect(one.outcomes == two.outcomes)
    #expect(one.theorems.map(\.graph) == two.theorems.map(\.graph))
    #expect((one.blocks, one.factsDerived) == (two.blocks, two.factsDerived))
    #expect(one.outcomes.contains { $0.name == "gl_zero_add" && $0.method == .induction(variable: "a") })
  }

  @Test func sharingProvesWhatIsolatedBlocksProveWithFewerBlocksAndCheckedProofs() async throws {
    let candidates = Self.candidates()
    let shared = try await Self.run(candidates, workers: 2)
    let isolated = try await Self.run(candidates, workers: 2, shared: false)
    #expect(Set(shared.outcomes.map(\.name)).isSuperset(of: isolated.outcomes.map(\.name)))
    #expect(shared.blocks < shared.pathPremises)
    let report = ProofVerifier.verify(
      file: try Fixtures.peano(), storedAxioms: nil,
      theorems: shared.theorems.map { ($0.name, $0.statement, $0.graph) })
    #expect(report.failures.isEmpty, "\(report.failures.prefix(3))")
    let inductive = try #require(shared.theorems.first { $0.graph.cases.count == 2 && $0.graph.nodes.count > 3 })
    var corrupted = inductive.graph
    let index = try #require(corrupted.nodes.lastIndex { $0.rule?.kind == .axiom })
    corrupted.nodes[index].claim = Equation(corrupted.nodes[index].claim.lhs, .succ(corrupted.nodes[index].claim.rhs))
    let caught = ProofVerifier.verify(
      file: try Fixtures.peano(), storedAxioms: nil, theorems: [(inductive.name, inductive.statement, corrupted)])
    #expect(caught.failures.contains { $0.node == index })
  }
}
