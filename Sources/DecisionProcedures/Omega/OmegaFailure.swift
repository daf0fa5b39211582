/// Why `omega` did not prove a goal, with a message worded as Lean's (`omega could not prove the
/// goal:` followed by the constraints of a possible counterexample, or the reason it gave up).
public struct OmegaFailure: Error, Sendable, Hashable, CustomStringConvertible {
  /// What kind of failure it is.
  public enum Kind: Sendable, Hashable {
    /// The procedure ran to the end and found no contradiction (Lean fails the same way).
    case couldNotProve
    /// A budget of the configuration ran out.
    case budgetExceeded
    /// A number left the 128-bit range the procedure computes in; refused rather than guessed.
    case outsideFragment
  }

  public let kind: Kind
  /// The full message, starting with `omega could not prove the goal:` for `.couldNotProve`.
  public let message: String

  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { message }

  static let header = "omega could not prove the goal:"

  static func overflow() -> OmegaFailure {
    OmegaFailure(
      .outsideFragment, "\(header)\na coefficient or constant exceeds 128 bits (outside the native fragment)")
  }
}
