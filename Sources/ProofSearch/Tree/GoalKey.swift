import ProverCore

/// The identity of a proof state in the search: its goals exactly as Lean prints them, so that two
/// tactic orders reaching the same goals meet in one node.
public struct GoalKey: Hashable, Sendable, CustomStringConvertible {
  public let text: String

  public init(goals: [Goal]) {
    text = goals.isEmpty ? "no goals" : goals.map(\.description).joined(separator: "\n\n")
  }

  public var description: String { text }
}
