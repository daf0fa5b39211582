/// Names one worker of a `ReplPool`: the file header it serves and its index among that header's
/// workers.
public struct ReplWorkerID: Hashable, Sendable, CustomStringConvertible {
  public var header: String
  public var index: Int

  public init(header: String, index: Int) {
    self.header = header
    self.index = index
  }

  public var description: String { "worker \(index) of header \(header.debugDescription)" }
}
