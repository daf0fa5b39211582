import ProverCore

/// An error in a definitions file: where it is and what was expected there.
public struct DefinitionError: Error, Hashable, Sendable, CustomStringConvertible {
  public var location: SourceLocation
  /// What the parser expected or what is wrong, e.g. "expected ']'".
  public var message: String

  public init(location: SourceLocation, message: String) {
    self.location = location
    self.message = message
  }

  /// The error as a compiler diagnostic.
  public var diagnostic: Diagnostic { Diagnostic(category: .syntax, location: location, message: message) }

  public var description: String { "\(location): error: \(message)" }
}
