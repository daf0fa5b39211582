/// The REPL's verdict on a proof state after a tactic (`"proofStatus"`). Only `completed` means the
/// proof is closed and was checked by the kernel.
public enum ProofStatus: Hashable, Sendable, CustomStringConvertible {
  /// `"Completed"`.
  case completed
  /// `"Incomplete: open goals remain"`.
  case openGoals
  /// `"Incomplete: contains sorry"`.
  case containsSorry
  /// `"Incomplete: contains metavariable(s)"`.
  case containsMetavariables
  /// `"Error: <reason>"`, for example a kernel type-check failure; holds the reason.
  case error(String)
  /// `"Not verified: <reason>"`, for example more than one initial goal; holds the reason.
  case notVerified(String)
  /// Any other text, kept as it was.
  case unrecognized(String)

  public init(rawValue: String) {
    switch rawValue {
    case "Completed": self = .completed
    case "Incomplete: open goals remain": self = .openGoals
    case "Incomplete: contains sorry": self = .containsSorry
    case "Incomplete: contains metavariable(s)": self = .containsMetavariables
    default:
      if rawValue.hasPrefix("Error: ") {
        self = .error(String(rawValue.dropFirst("Error: ".count)))
      } else if rawValue.hasPrefix("Not verified: ") {
        self = .notVerified(String(rawValue.dropFirst("Not verified: ".count)))
      } else {
        self = .unrecognized(rawValue)
      }
    }
  }

  /// The text exactly as the REPL prints it.
  public var rawValue: String {
    switch self {
    case .completed: return "Completed"
    case .openGoals: return "Incomplete: open goals remain"
    case .containsSorry: return "Incomplete: contains sorry"
    case .containsMetavariables: return "Incomplete: contains metavariable(s)"
    case .error(let reason): return "Error: " + reason
    case .notVerified(let reason): return "Not verified: " + reason
    case .unrecognized(let text): return text
    }
  }

  public var description: String { rawValue }
}
