/// Where a logical id (an environment or a proof state handed to the search) lives: the worker, the
/// incarnation of that worker's process, and the id inside that REPL. A restart changes the
/// incarnation, so an old reference is recognised as stale instead of naming a different state.
public struct ReplNodeReference: Hashable, Sendable {
  public var worker: ReplWorkerID
  public var incarnation: Int
  public var replID: Int

  public init(worker: ReplWorkerID, incarnation: Int, replID: Int) {
    self.worker = worker
    self.incarnation = incarnation
    self.replID = replID
  }
}
