import ProverCore

/// The outcome for one `sorry` hole: proved (with the checked script), refuted (its goal is false,
/// with a counterexample), failed, unsupported (outside the backend's fragment, with the construct
/// and location) or an error.
public struct TheoremResult: Hashable, Sendable, Codable {
  /// How the hole ended.
  public enum Status: String, Hashable, Sendable, Codable {
    case proved, refuted, failed, unsupported, error
  }

  public var file: String
  /// The declaration's label (`theorem Exercises.l1_solve`).
  public var name: String
  /// The index of the hole in the file's `holes`.
  public var holeIndex: Int
  public var line: Int
  public var column: Int
  public var status: Status
  /// The checked tactic script, one line per entry, for a proved hole.
  public var proof: [String]?
  public var expansions: Int
  public var backendCalls: Int
  /// The end-to-end `check` calls for the declaration (the first, then one per minimisation
  /// trial); they are not expansions, but their time is in `seconds`.
  public var checks: Int
  /// Wall seconds of the search and of the declaration's checks (shared by its holes).
  public var seconds: Double
  /// The wall seconds of the search alone: expansions and backend calls, not loading the file, the
  /// end-to-end check, minimisation or refutation.
  public var searchSeconds: Double = 0
  /// Why the hole is not proved, or other remarks.
  public var message: String?
  /// For a refuted hole, the values under which its hypotheses hold and its goal does not.
  public var counterexample: Refutation?

  public init(
    file: String, name: String, holeIndex: Int, line: Int, column: Int, status: Status, proof: [String]? = nil,
    expansions: Int = 0, backendCalls: Int = 0, checks: Int = 0, seconds: Double = 0, message: String? = nil
  ) {
    self.file = file
    self.name = name
    self.holeIndex = holeIndex
    self.line = line
    self.column = column
    self.status = status
    self.proof = proof
    self.expansions = expansions
    self.backendCalls = backendCalls
    self.checks = checks
    self.seconds = seconds
    self.message = message
  }
}
