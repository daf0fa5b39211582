import Kernel

/// The lemmas one `simp` call may use, indexed by the head of their left side and tried in
/// order of priority (then of insertion). A value: `adding` and `erasing` return new sets, as
/// `simp [h, -l]` modifies the default set.
public struct SimpSet: Sendable {
  /// The lemmas, in insertion order.
  public private(set) var lemmas: [SimpLemma]
  private var index: [HeadKey: [SimpLemma]]

  public init(_ lemmas: [SimpLemma]) {
    self.lemmas = []
    self.index = [:]
    insert(lemmas)
  }

  /// The empty set (`simp only []` still closes `a = a` and `p ↔ p`, which are built in).
  public static let empty = SimpSet([])

  /// The names of the lemmas.
  public var names: Set<String> { Set(lemmas.map(\.name)) }

  /// The set with `lemmas` added (a lemma already present under the same name and statement is
  /// not added twice).
  public func adding(_ lemmas: [SimpLemma]) -> SimpSet {
    var copy = self
    copy.insert(lemmas)
    return copy
  }

  /// The set without the lemmas named in `names` (`simp [-Nat.add_zero]`).
  public func erasing(_ names: Set<String>) -> SimpSet {
    SimpSet(lemmas.filter { !names.contains($0.name) })
  }

  /// The lemmas named `name` (several for a polymorphic Lean lemma such as `ne_eq`), for
  /// `simp only [name]` taken from the default set.
  public func lemmas(named name: String) -> [SimpLemma] {
    lemmas.filter { $0.name == name }
  }

  /// The lemmas whose left side may match `term`, by priority.
  func candidates(for term: Term) -> [SimpLemma] {
    index[HeadKey(term)] ?? []
  }

  private mutating func insert(_ added: [SimpLemma]) {
    for lemma in added {
      var bucket = index[lemma.key] ?? []
      if bucket.contains(where: { $0.name == lemma.name && $0.theorem.conclusion == lemma.theorem.conclusion }) {
        continue
      }
      lemmas.append(lemma)
      let position = bucket.firstIndex { $0.priority < lemma.priority } ?? bucket.endIndex
      bucket.insert(lemma, at: position)
      index[lemma.key] = bucket
    }
  }
}
