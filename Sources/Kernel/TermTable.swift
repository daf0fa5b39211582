import Synchronization

/// One shard of the global intern table of terms: an open-addressing hash set behind a mutex.
/// A term lives in the shard its structural hash selects, so equal terms always meet in the same
/// shard and interning stays unique, while searches on several threads rarely wait for each other.
///
/// Entries are strong references. When a shard has grown to twice the population that survived
/// its last collection, it drops every term that nothing outside the table references: terms are
/// visited from the newest to the oldest, so a parent goes before its children (children are
/// always interned first) and one pass frees whole unused trees of the shard; a child in another
/// shard goes at that shard's next collection.
struct TermTable: ~Copyable {
  /// How many shards there are (a power of two).
  static let shardCount = 64
  static let shards: [Shard] = (0..<shardCount).map { _ in Shard() }
  /// Ids are unique across shards and increase in creation order.
  static let ids = Atomic<UInt64>(1)

  /// The shard of a structural hash (high bits: the low bits pick the slot inside the shard).
  static func shard(_ hash: UInt64) -> Shard {
    shards[Int(truncatingIfNeeded: hash >> 58) & (shardCount - 1)]
  }

  /// A shard's table and its lock.
  final class Shard: Sendable {
    let table = Mutex(TermTable())
  }

  /// A slot keeps the hash and the id beside the term, so that probing past other terms reads no
  /// term; an empty slot has id 0 (ids start at 1).
  private struct Slot {
    var hash: UInt64 = 0
    var id: UInt64 = 0
    var term: Term?
  }

  private var slots = [Slot](repeating: Slot(), count: 1 << 8)
  private(set) var count = 0
  private var collectionThreshold = 1 << 12

  func find(_ node: Term.Node, _ type: TermType, _ hash: UInt64) -> Term? {
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: hash) & mask
    while slots[index].id != 0 {
      if slots[index].hash == hash, let candidate = slots[index].term, candidate.type == type,
        TermTable.sameNode(candidate.node, node)
      {
        return candidate
      }
      index = (index + 1) & mask
    }
    return nil
  }

  /// Returns the interned node equal to the description, creating it when there is none.
  mutating func insert(
    _ node: Term.Node, _ type: TermType, _ hash: UInt64, size: Int, looseBoundRange: Int,
    freeVariables: [Term], canonical: Term?
  ) -> Term {
    if let existing = find(node, type, hash) { return existing }
    return insertNew(
      node, type, hash, size: size, looseBoundRange: looseBoundRange, freeVariables: freeVariables,
      canonical: canonical)
  }

  /// Creates the node, which the caller has just failed to `find` under the same lock.
  mutating func insertNew(
    _ node: Term.Node, _ type: TermType, _ hash: UInt64, size: Int, looseBoundRange: Int,
    freeVariables: [Term], canonical: Term?
  ) -> Term {
    if count >= collectionThreshold { collect() }
    if (count + 1) * 2 > slots.count { rehash(capacity: slots.count * 2) }
    let id = Self.ids.add(1, ordering: .relaxed).oldValue
    let term = Term(
      id: id, node: node, type: type, structuralHash: hash, size: size, looseBoundRange: looseBoundRange,
      freeVariables: freeVariables, canonical: canonical)
    place(Slot(hash: hash, id: term.id, term: term))
    count += 1
    return term
  }

  private mutating func place(_ slot: Slot) {
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: slot.hash) & mask
    while slots[index].id != 0 { index = (index + 1) & mask }
    slots[index] = slot
  }

  private mutating func rehash(capacity: Int) {
    let old = slots
    slots = [Slot](repeating: Slot(), count: capacity)
    for slot in old where slot.term != nil { place(slot) }
  }

  /// Drops every term referenced by nothing but the table; returns how many were dropped.
  @discardableResult
  mutating func collect() -> Int {
    // The order is computed on (id, slot index) pairs, so that sorting moves no term reference.
    var order: [(id: UInt64, index: Int)] = []
    order.reserveCapacity(count)
    for index in slots.indices where slots[index].id != 0 { order.append((slots[index].id, index)) }
    order.sort { $0.id > $1.id }
    var survivors = 0
    for (_, index) in order {
      if isKnownUniquelyReferenced(&slots[index].term) {
        slots[index].term = nil
      } else {
        survivors += 1
      }
    }
    let dropped = order.count - survivors
    var capacity = 1 << 8
    while survivors * 4 > capacity { capacity *= 2 }
    var live: [Slot] = []
    swap(&live, &slots)
    slots = [Slot](repeating: Slot(), count: capacity)
    for slot in live where slot.term != nil { place(slot) }
    count = survivors
    collectionThreshold = max(1 << 12, count * 2)
    return dropped
  }

  static func sameNode(_ lhs: Term.Node, _ rhs: Term.Node) -> Bool {
    switch (lhs, rhs) {
    case (.variable(let a), .variable(let b)): a == b
    case (.bound(let a), .bound(let b)): a == b
    case (.constant(let a), .constant(let b)): a == b
    case (.natLiteral(let a), .natLiteral(let b)): a == b
    case (.intLiteral(let a), .intLiteral(let b)): a == b
    case (.application(let f, let a), .application(let g, let b)): f === g && a === b
    case (.lambda(let x, let s), .lambda(let y, let t)): x == y && s === t
    default: false
    }
  }
}
