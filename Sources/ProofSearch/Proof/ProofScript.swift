/// Turns the proved part of a search tree into a Lean tactic script.
///
/// A tactic that leaves several goals gets one block per goal: `·` blocks, or for
/// `induction x with | zero => ?_ | succ n ih => ?_` the structured alternatives
/// `| zero =>` and `| succ n ih =>` with each case's tactics. With an AND edge the blocks are the
/// children's scripts; on a linear chain (a backend without goal focusing) a goal's block ends
/// where the remaining goals are exactly the ones after it. A chain that does not split that way
/// is printed linearly, which Lean reads the same.
public enum ProofScript {
  /// The script's lines (without the indentation of the enclosing block); nil when the node is not
  /// proved.
  public static func lines(in tree: SearchTree, from node: NodeID = SearchTree.root) -> [String]? {
    guard tree[node].status == .proved else { return nil }
    var renderer = Renderer(tree: tree)
    if let structured = renderer.render(from: node, until: GoalKey(goals: [])) { return structured.lines }
    return linear(in: tree, from: node)
  }

  /// The script as one tactic per line, with `·` blocks only for AND edges.
  static func linear(in tree: SearchTree, from node: NodeID) -> [String]? {
    var visiting: Set<NodeID> = []
    return linear(tree, node, &visiting)
  }

  private static func linear(_ tree: SearchTree, _ node: NodeID, _ visiting: inout Set<NodeID>) -> [String]? {
    guard tree[node].status == .proved else { return nil }
    if tree[node].goals.isEmpty { return [] }
    guard let edgeID = tree[node].provedBy, visiting.insert(node).inserted else { return nil }
    defer { visiting.remove(node) }
    let edge = tree[edgeID]
    var result = [edge.tactic]
    for child in edge.children {
      guard let childLines = linear(tree, child, &visiting) else { return nil }
      if edge.isSplit {
        guard let first = childLines.first else { return nil }
        result.append("· " + first)
        result += childLines.dropFirst().map { "  " + $0 }
      } else {
        result += childLines
      }
    }
    return result
  }

  struct Renderer {
    let tree: SearchTree
    var steps = 0

    /// Renders the proof from `node` until a node whose goals have the key `suffix`; returns the
    /// lines and that node (nil node when the proof closed every goal).
    mutating func render(from node: NodeID, until suffix: GoalKey) -> (lines: [String], end: NodeID?)? {
      var lines: [String] = []
      var current = node
      while tree[current].key != suffix {
        steps += 1
        guard steps <= 4 * tree.nodes.count + 16, tree[current].status == .proved, !tree[current].goals.isEmpty,
          let edgeID = tree[current].provedBy
        else { return nil }
        let edge = tree[edgeID]
        if edge.isSplit {
          var blocks: [[String]] = []
          for child in edge.children {
            guard let block = render(from: child, until: GoalKey(goals: []))?.lines, !block.isEmpty else { return nil }
            blocks.append(block)
          }
          lines += Self.blocks(edge.tactic, blocks)
          return suffix == GoalKey(goals: []) ? (lines, nil) : nil
        }
        guard let child = edge.children.first else {
          lines.append(edge.tactic)
          return suffix == GoalKey(goals: []) ? (lines, nil) : nil
        }
        let before = tree[current].goals
        let after = tree[child].goals
        let created = after.count - (before.count - 1)
        guard created >= 2, Array(after.suffix(before.count - 1)) == Array(before.dropFirst()) else {
          lines.append(edge.tactic)
          current = child
          continue
        }
        var blocks: [[String]] = []
        var position = child
        for index in 0..<created {
          let rest = GoalKey(goals: Array(after[(index + 1)...]))
          guard let (block, end) = render(from: position, until: rest), !block.isEmpty else { return nil }
          blocks.append(block)
          guard let end else {
            if index == created - 1, rest == GoalKey(goals: []) {
              position = child
              break
            }
            return nil
          }
          position = end
        }
        lines += Self.blocks(edge.tactic, blocks)
        if tree[position].key == GoalKey(goals: Array(after[created...])) && !after[created...].isEmpty {
          current = position
        } else {
          return suffix == GoalKey(goals: []) ? (lines, nil) : nil
        }
      }
      return (lines, current)
    }

    /// A tactic followed by one block per goal it left: structured alternatives for
    /// `induction … with | zero => ?_ | succ … => ?_`, `·` blocks otherwise.
    static func blocks(_ tactic: String, _ blocks: [[String]]) -> [String] {
      if let alternatives = InductionAlternatives(tactic), alternatives.patterns.count == blocks.count {
        var lines = [alternatives.head]
        for (pattern, block) in zip(alternatives.patterns, blocks) {
          lines.append("| \(pattern) =>")
          lines += block.map { "  " + $0 }
        }
        return lines
      }
      var lines = [tactic]
      for block in blocks {
        lines.append("· " + block[0])
        lines += block.dropFirst().map { "  " + $0 }
      }
      return lines
    }
  }

  /// The nodes whose proving tactics make up the proof, root first.
  public static func proofNodes(in tree: SearchTree) -> [NodeID] {
    guard tree.root.status == .proved else { return [] }
    var result: [NodeID] = []
    var stack = [SearchTree.root]
    var seen: Set<NodeID> = []
    while let node = stack.popLast() {
      guard seen.insert(node).inserted, tree[node].status == .proved else { continue }
      result.append(node)
      if let edge = tree[node].provedBy { stack += tree[edge].children.reversed() }
    }
    return result
  }

  /// The top-level steps of a script: a line with the indented lines and `|` alternatives after it.
  public static func steps(_ lines: [String]) -> [[String]] {
    var steps: [[String]] = []
    for line in lines {
      if line.hasPrefix(" ") || line.hasPrefix("| "), !steps.isEmpty {
        steps[steps.count - 1].append(line)
      } else {
        steps.append([line])
      }
    }
    return steps
  }
}

/// `induction x with | zero => ?_ | succ n ih => ?_` read apart: the head `induction x with` and
/// the pattern of each alternative whose right-hand side is `?_`.
struct InductionAlternatives {
  var head: String
  var patterns: [String]

  init?(_ tactic: String) {
    guard tactic.hasPrefix("induction "), let with = tactic.range(of: " with ") else { return nil }
    head = String(tactic[..<with.lowerBound]) + " with"
    var patterns: [String] = []
    for alternative in tactic[with.upperBound...].split(separator: "|") {
      let parts = alternative.split(separator: "=>", omittingEmptySubsequences: false)
      guard parts.count == 2, parts[1].trimmingCharacters(in: " ") == "?_" else { return nil }
      patterns.append(parts[0].trimmingCharacters(in: " "))
    }
    guard !patterns.isEmpty else { return nil }
    self.patterns = patterns
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: Character) -> String {
    var text = self
    while text.first == set { text.removeFirst() }
    while text.last == set { text.removeLast() }
    return String(text)
  }
}
