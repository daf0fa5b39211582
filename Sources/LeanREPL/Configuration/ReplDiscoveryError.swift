/// Why no REPL command could be found; the message says what was looked for and how to fix it.
public struct ReplDiscoveryError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String

  public init(message: String) {
    self.message = message
  }

  public var description: String { message }
}
