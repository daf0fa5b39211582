import Testing

@testable import GenerativeLogic

@Suite struct BlockCanonicalizationTests {
  static func block() -> RelationalBlock {
    var block = RelationalBlock(configuration: BlockConfiguration(), tries: [], totality: [:])
    for _ in 0..<8 { _ = block.addConstant(depth: 0) }
    return block
  }

  static let facts = [
    Fact(.add, [2, 3, 4]), Fact(.add, [2, 3, 5]), Fact(.mul, [5, 5, 2]), Fact(.member, [5]),
    Fact(.succ, [6, 4]), Fact(.add, [6, 7, 5]), Fact(.member, [4]), Fact(.mul, [4, 4, 2]),
  ]

  static func liveFacts(_ block: RelationalBlock) -> Set<Fact> {
    Set(block.facts.indices.filter { block.alive[$0] }.map { block.facts[$0] })
  }

  @Test func factsRewrittenAfterMergesAreThoseAddedAfterTheMerges() {
    var late = Self.block()
    for fact in Self.facts { late.add(fact, .hypothesis) }
    late.merge(4, 5, .hypothesis)
    late.merge(7, 3, .hypothesis)
    _ = late.burst()
    var early = Self.block()
    early.merge(4, 5, .hypothesis)
    early.merge(7, 3, .hypothesis)
    for fact in Self.facts { early.add(fact, .hypothesis) }
    _ = early.burst()
    #expect(Self.liveFacts(late) == Self.liveFacts(early))
    #expect(late.liveFacts == 5)
    #expect(late.holds(Fact(.add, [6, 7, 5])) && late.holds(Fact(.mul, [5, 5, 2])))
    #expect(!late.holds(Fact(.add, [2, 3, 6])))
    for id in late.facts.indices where late.alive[id] {
      #expect(late.facts[id].mapped(late.find) == late.facts[id], "live fact \(late.facts[id]) names a merged constant")
    }
  }

  @Test func aChildRewritesTheFactsItReceivesWhenItsParentMerges() {
    var parent = Self.block()
    parent.recordsOutbox = true
    for fact in Self.facts.prefix(4) { parent.add(fact, .hypothesis) }
    var child = parent.child(witnessDepthBound: 0)
    var translation = BlockTranslation(identityOver: parent)
    parent.clearOutbox()
    child.add(Fact(.succ, [5, 6]), .hypothesis)
    parent.merge(4, 5, .hypothesis)
    child.receive(parent.outbox, from: parent, translation: &translation)
    _ = child.burst()
    #expect(child.holds(Fact(.succ, [4, 6])))
    #expect(child.liveFacts == 4)
    #expect(
      Self.liveFacts(child) == [
        Fact(.add, [2, 3, 4]), Fact(.mul, [4, 4, 2]), Fact(.member, [4]), Fact(.succ, [4, 6]),
      ])
  }
}
