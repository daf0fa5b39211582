import ProverCore

/// One token of a definitions file with its source range.
struct DefinitionToken: Hashable, Sendable {
  enum Kind: Hashable, Sendable {
    case identifier(String)
    case symbol(String)
    case end
  }

  var kind: Kind
  var range: SourceRange

  /// How the token is shown in an error message.
  var display: String {
    switch kind {
    case .identifier(let name): return "'\(name)'"
    case .symbol(let symbol): return "'\(symbol)'"
    case .end: return "end of file"
    }
  }
}
