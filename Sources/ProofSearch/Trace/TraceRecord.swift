import ProverCore

/// One labelled proof state from a search, a line of a `--traces` JSON Lines file: states on the
/// proof path are 1, exhausted (failed) states 0, states of a proved search that were expanded off
/// the proof 0 (an expansion the value should have spared), and other states MCTS visited carry
/// their mean value as a soft label.
public struct TraceRecord: Hashable, Sendable, Codable {
  public var theorem: String
  public var goals: [Goal]
  public var depth: Int
  public var label: Double
  /// `proof`, `failed`, `off-proof` or `visits`: where the label came from.
  public var source: String

  public init(theorem: String, goals: [Goal], depth: Int, label: Double, source: String) {
    self.theorem = theorem
    self.goals = goals
    self.depth = depth
    self.label = label
    self.source = source
  }

  /// The features and label for training.
  public var example: (features: [Double], label: Double) {
    (GoalFeatures(goals: goals, depth: depth).values, label)
  }

  /// The labelled states of a finished search tree.
  public static func records(from tree: SearchTree, theorem: String) -> [TraceRecord] {
    let onProof = Set(ProofScript.proofNodes(in: tree))
    var records: [TraceRecord] = []
    for node in tree.nodes where !node.goals.isEmpty {
      if onProof.contains(node.id) {
        records.append(TraceRecord(theorem: theorem, goals: node.goals, depth: node.depth, label: 1, source: "proof"))
      } else if node.status == .failed {
        records.append(TraceRecord(theorem: theorem, goals: node.goals, depth: node.depth, label: 0, source: "failed"))
      } else if tree.root.status == .proved, node.isExpanded, node.visits < 2 {
        records.append(
          TraceRecord(theorem: theorem, goals: node.goals, depth: node.depth, label: 0, source: "off-proof"))
      } else if node.visits >= 2 {
        let label = min(1, max(0, node.valueSum / Double(node.visits)))
        records.append(
          TraceRecord(theorem: theorem, goals: node.goals, depth: node.depth, label: label, source: "visits"))
      }
    }
    return records
  }
}
