import ProverCore

/// What checking a whole file through a `ProofBackend` gave: each declaration's verdict, and the
/// errors that lie in no declaration, which make Lean reject the file as well.
public struct BackendFileReport: Sendable, Codable, Hashable {
  /// The verdict of every declaration, in source order.
  public var declarations: [BackendVerdict]
  /// Errors outside every declaration (syntax errors between or after declarations), located.
  public var fileErrors: [Diagnostic]

  public init(declarations: [BackendVerdict], fileErrors: [Diagnostic]) {
    self.declarations = declarations
    self.fileErrors = fileErrors
  }
}
