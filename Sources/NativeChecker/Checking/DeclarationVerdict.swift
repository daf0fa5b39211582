import ProverCore

/// What checking one declaration gave.
public struct DeclarationVerdict: Sendable, Codable {
  /// The verdict's kind.
  public enum Status: String, Sendable, Codable {
    /// Proved, replayed through the kernel, and added to the environment.
    case accepted
    /// Lean would reject it too: an elaboration or tactic error.
    case rejected
    /// It contains `sorry`: never accepted.
    case sorry
    /// It uses a construct outside the native fragment.
    case unsupported
  }

  public var label: String
  public var name: String?
  public var status: Status
  public var diagnostics: [Diagnostic]
  /// The trusted facts the proof rests on (`admitted lemma`, `oracle omega`, …), when accepted.
  public var trusted: [String]
}
