import ProverCore

/// What checking one declaration through a `ProofBackend` gave, with the same four kinds as the
/// native checker's report: accepted, rejected, containing `sorry`, or outside the native fragment.
public struct BackendVerdict: Sendable, Codable, Hashable {
  /// The verdict's kind.
  public enum Status: String, Sendable, Codable, Hashable {
    case accepted, rejected, sorry, unsupported
  }

  /// `theorem Peano.add_comm`, or `example (line 12)`.
  public var label: String
  public var name: String?
  public var status: Status
  public var diagnostics: [Diagnostic]

  public init(label: String, name: String?, status: Status, diagnostics: [Diagnostic]) {
    self.label = label
    self.name = name
    self.status = status
    self.diagnostics = diagnostics
  }
}
