/// Which info trees a command should return (`"infotree"` field). The REPL knows `full`, `tactics`,
/// `original` and `substantive` and ignores any other string, which is kept here as it was given.
public struct InfoTreeMode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  public var rawValue: String

  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// Every node.
  public static let full = InfoTreeMode(rawValue: "full")
  /// Tactic nodes only.
  public static let tactics = InfoTreeMode(rawValue: "tactics")
  /// Tactic nodes written in the source.
  public static let original = InfoTreeMode(rawValue: "original")
  /// Tactic nodes without the structural ones.
  public static let substantive = InfoTreeMode(rawValue: "substantive")

  public var description: String { rawValue }
}
