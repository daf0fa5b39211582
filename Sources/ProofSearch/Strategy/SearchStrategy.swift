/// A way to grow a search tree: it chooses which nodes `SearchSession.expand` runs the policy on,
/// until the root is decided or the session's budget is spent.
public protocol SearchStrategy: Sendable {
  /// The name used in reports and on the command line.
  var name: String { get }
  func run(_ session: isolated SearchSession) async
}
