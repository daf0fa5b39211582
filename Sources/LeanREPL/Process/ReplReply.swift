/// A decoded reply together with the incarnation of the process that gave it: ids in the reply
/// are valid only in that incarnation.
public struct ReplReply: Hashable, Sendable {
  public var response: ReplResponse
  public var incarnation: Int

  public init(response: ReplResponse, incarnation: Int) {
    self.response = response
    self.incarnation = incarnation
  }
}
