/// A located message about a source text: a syntax error, a construct outside the native fragment,
/// an elaboration or tactic error, or a warning. It prints as `file:line:col: kind: message`.
public struct Diagnostic: Error, Hashable, Sendable, Codable, CustomStringConvertible {
  /// How bad the diagnostic is, with Lean's names.
  public enum Severity: String, Hashable, Sendable, Codable {
    case error, warning, info
  }

  /// What kind of problem the diagnostic reports.
  public enum Category: String, Hashable, Sendable, Codable {
    /// The text is not valid Lean syntax.
    case syntax
    /// Valid Lean that the native fragment does not cover; `construct` names what was met.
    case unsupported
    /// Elaboration failed (unknown identifier, type mismatch, …).
    case elaboration
    /// A tactic failed.
    case tactic
    /// A file could not be read, or a similar problem outside the text.
    case input
  }

  public var severity: Severity
  public var category: Category
  public var location: SourceLocation
  public var message: String
  /// For `.unsupported`: the construct that is outside the fragment (`Finset.sum`, `Real.sqrt`, …).
  public var construct: String?

  public init(
    severity: Severity = .error,
    category: Category,
    location: SourceLocation,
    message: String,
    construct: String? = nil
  ) {
    self.severity = severity
    self.category = category
    self.location = location
    self.message = message
    self.construct = construct
  }

  /// A diagnostic for a construct outside the native fragment.
  public static func unsupported(_ construct: String, at location: SourceLocation, detail: String? = nil) -> Diagnostic
  {
    let message = detail.map { "\(construct): \($0)" } ?? construct
    return Diagnostic(category: .unsupported, location: location, message: message, construct: construct)
  }

  /// The label printed after the location: `unsupported` for fragment gaps, otherwise the severity.
  public var label: String { category == .unsupported ? "unsupported" : severity.rawValue }

  /// `file:line:col: label: message`, as a compiler prints it.
  public var description: String { "\(location): \(label): \(message)" }
}
