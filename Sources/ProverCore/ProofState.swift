/// Identifies an environment (a loaded file header and the declarations before a hole) inside one
/// backend. Ids are local to the backend session that issued them.
public struct EnvironmentID: Hashable, Sendable, Codable, CustomStringConvertible {
  public var rawValue: Int
  public init(_ rawValue: Int) { self.rawValue = rawValue }
  public var description: String { "env \(rawValue)" }
}

/// Identifies a proof state inside one backend session. Any id can be expanded any number of times,
/// which is how the search branches.
public struct ProofStateID: Hashable, Sendable, Codable, CustomStringConvertible {
  public var rawValue: Int
  public init(_ rawValue: Int) { self.rawValue = rawValue }
  public var description: String { "proof state \(rawValue)" }
}

/// A proof state: its id in the backend and its open goals (the first goal is the one tactics act on).
/// A state with no goals is a finished proof.
public struct ProofState: Hashable, Sendable, Codable {
  public var id: ProofStateID
  public var goals: [Goal]

  public init(id: ProofStateID, goals: [Goal]) {
    self.id = id
    self.goals = goals
  }

  /// True when no goal remains.
  public var isSolved: Bool { goals.isEmpty }

  /// The goals as Lean prints them, separated by blank lines (as in the REPL's `allTactics`).
  public var printedGoals: String {
    goals.isEmpty ? "no goals" : goals.map(\.description).joined(separator: "\n\n")
  }
}
