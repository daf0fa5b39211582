/// A decoded reply together with the incarnation of the process that gave it: ids in the reply
/// are valid only in that incarnation.
public struct ReplReply: Hashable, Sendable {
  public var response: ReplResponse
  public var incarnation: Int
  /// Requests this incarnation has answered, this one included (the header not counted).
  public var requestsServed: Int

  public init(response: ReplResponse, incarnation: Int, requestsServed: Int = 0) {
    self.response = response
    self.incarnation = incarnation
    self.requestsServed = requestsServed
  }
}
