import ProverCore

/// The outcome of parsing a text: the value, or the diagnostic that stopped the parser (a syntax
/// error or an `unsupported` construct), never both.
public struct ParseResult<Value: Hashable & Sendable>: Hashable, Sendable {
  public var value: Value?
  public var diagnostics: [Diagnostic]

  public init(value: Value?, diagnostics: [Diagnostic]) {
    self.value = value
    self.diagnostics = diagnostics
  }
}
