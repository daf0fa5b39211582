/// One edge of the block trie: the premise a child block adds to its parent's context, over path
/// constants (0 and 1 are the anchor's zero and one; the others are numbered by first occurrence
/// along the path, so that candidates with the same premises up to renaming share their blocks).
enum TriePremise: Hashable, Sendable {
  /// A chain atom; a label not yet on the path is a fresh constant (an input is a variable, the
  /// output of an operation a subterm).
  case atom(RelationalPredicate, [Int])
  /// A premise equation between two path constants.
  case equal(Int, Int)
  /// A variable that no atom mentions.
  case variable
  /// Rules of this block alone (an induction hypothesis), under a key unique to them.
  case ownRules(String)
}
