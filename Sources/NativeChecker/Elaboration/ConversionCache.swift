import Kernel
import Synchronization

/// Normal forms already computed by `Conversion.normalForm`, keyed by term id (ids are never
/// reused), with their kernel proofs `⊢ term = normal`: a search runs many tactics on one goal, and
/// each `apply`, `exact` and `rfl` normalises its target again. A backend binds its own cache to
/// its calls (`ConversionCache.$current`), so jobs share no lock; a cached proof is the theorem the
/// kernel built the first time, so reusing it trusts nothing new.
final class ConversionCache: Sendable {
  /// The cache of the call running on this task, if any.
  @TaskLocal static var current: ConversionCache?

  struct Entry: Sendable {
    var normal: Term
    var proof: Theorem?
  }

  /// The most entries kept; the cache is emptied when it is full.
  static let capacity = 1 << 14

  private let entries = Mutex<[UInt64: Entry]>([:])

  func entry(for term: Term) -> Entry? {
    entries.withLock { $0[term.id] }
  }

  func store(_ entry: Entry, for term: Term) {
    entries.withLock {
      if $0.count >= Self.capacity { $0.removeAll(keepingCapacity: true) }
      $0[term.id] = entry
    }
  }
}
