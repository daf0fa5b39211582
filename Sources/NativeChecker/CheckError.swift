import Kernel
import ProverCore

/// Why the checker refused something: an elaboration or tactic error whose message starts as
/// Lean's does, or a construct outside the native fragment, with the source range it points at.
public struct CheckError: Error, Sendable, CustomStringConvertible {
  /// What kind of refusal it is.
  public enum Kind: Sendable {
    case elaboration, tactic, unsupported
  }

  public var kind: Kind
  public var message: String
  public var range: SourceRange?
  /// For `.unsupported`: the construct met.
  public var construct: String?

  public init(_ kind: Kind, _ message: String, range: SourceRange? = nil, construct: String? = nil) {
    self.kind = kind
    self.message = message
    self.range = range
    self.construct = construct
  }

  static func elaboration(_ message: String, at range: SourceRange?) -> CheckError {
    CheckError(.elaboration, message, range: range)
  }

  static func tactic(_ message: String, at range: SourceRange? = nil) -> CheckError {
    CheckError(.tactic, message, range: range)
  }

  /// "outside the native fragment: <construct>".
  static func unsupported(_ construct: String, at range: SourceRange?, detail: String? = nil) -> CheckError {
    let message = "outside the native fragment: \(construct)" + (detail.map { " (\($0))" } ?? "")
    return CheckError(.unsupported, message, range: range, construct: construct)
  }

  /// A kernel refusal during replay: a bug of the checker's derived rules, never a proof accepted.
  static func kernel(_ error: KernelError, at range: SourceRange? = nil) -> CheckError {
    CheckError(.tactic, "kernel replay failed: \(error.description)", range: range)
  }

  /// The same error with a range, unless it already has one.
  func located(_ fallback: SourceRange?) -> CheckError {
    var copy = self
    if copy.range == nil { copy.range = fallback }
    return copy
  }

  /// The diagnostic in `file`, at the error's range or at `fallback`.
  public func diagnostic(file: String, fallback: SourceRange) -> Diagnostic {
    let location = SourceLocation(file: file, range: range ?? fallback)
    switch kind {
    case .unsupported:
      return Diagnostic(category: .unsupported, location: location, message: message, construct: construct)
    case .elaboration:
      return Diagnostic(category: .elaboration, location: location, message: message)
    case .tactic:
      return Diagnostic(category: .tactic, location: location, message: message)
    }
  }

  public var description: String { message }
}
