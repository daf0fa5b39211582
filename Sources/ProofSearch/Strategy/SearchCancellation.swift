import Synchronization

/// A flag shared between a caller and running searches: once cancelled (by Ctrl-C, say), every
/// search stops at its next budget check and reports what it found.
public final class SearchCancellation: Sendable {
  private let flag = Atomic<Bool>(false)

  public init() {}

  public func cancel() { flag.store(true, ordering: .relaxed) }

  public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
