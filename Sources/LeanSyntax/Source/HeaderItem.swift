import ProverCore

/// A command of a Lean file that is not a declaration: `import`, `open`, `set_option`,
/// `namespace`/`section`/`end`, `variable`, `universe`, or another command kept verbatim.
public struct HeaderItem: Hashable, Sendable, Codable {
  /// The command keyword of a header item.
  public enum Kind: String, Hashable, Sendable, Codable {
    case `import`, open, setOption = "set_option", namespace, section, end, variable, universe, attribute
    /// Any other command (`#eval`, `notation`, `macro`, …), kept so that nothing is silently lost.
    case other
  }

  public var kind: Kind
  /// The exact source text of the command.
  public var text: String
  public var range: SourceRange
  /// For `namespace`/`section`/`end`: the name given (empty for an anonymous section).
  public var name: String

  public init(kind: Kind, text: String, range: SourceRange, name: String = "") {
    self.kind = kind
    self.text = text
    self.range = range
    self.name = name
  }
}
