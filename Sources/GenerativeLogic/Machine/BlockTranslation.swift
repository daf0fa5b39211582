/// How a child block names its parent's constants and fact records: entry `i` is the child's id of
/// the parent's constant (or fact) `i`. Both start as the identity (the child is a copy of its
/// parent) and grow as mail arrives.
struct BlockTranslation: Sendable {
  var constants: [Int]
  var facts: [Int]

  /// The identity over a parent's constants and facts at the moment the child was made.
  init(identityOver block: RelationalBlock) {
    constants = Array(0..<block.constantCount)
    facts = Array(block.facts.indices)
  }
}
