/// Turns the proved part of a search tree into a Lean tactic script: the proving tactic of each
/// node, followed by the script of its child, or by one `·` block per child of an AND edge.
public enum ProofScript {
  /// The script's lines (without indentation of the enclosing block); nil when the root is not proved.
  public static func lines(in tree: SearchTree, from node: NodeID = SearchTree.root) -> [String]? {
    var visiting: Set<NodeID> = []
    return lines(tree, node, &visiting)
  }

  private static func lines(_ tree: SearchTree, _ node: NodeID, _ visiting: inout Set<NodeID>) -> [String]? {
    guard tree[node].status == .proved else { return nil }
    if tree[node].goals.isEmpty { return [] }
    guard let edgeID = tree[node].provedBy, visiting.insert(node).inserted else { return nil }
    defer { visiting.remove(node) }
    let edge = tree[edgeID]
    var result = edge.tactic.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for child in edge.children {
      guard let childLines = lines(tree, child, &visiting) else { return nil }
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

  /// The top-level steps of a script: a line and the indented lines (a `·` block's body) after it.
  public static func steps(_ lines: [String]) -> [[String]] {
    var steps: [[String]] = []
    for line in lines {
      if line.hasPrefix(" "), !steps.isEmpty {
        steps[steps.count - 1].append(line)
      } else {
        steps.append([line])
      }
    }
    return steps
  }
}
