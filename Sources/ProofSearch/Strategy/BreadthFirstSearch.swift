/// The baseline: expands open nodes in the order they were found, level by level.
public struct BreadthFirstSearch: SearchStrategy {
  public var name: String { "bfs" }

  public init() {}

  public func run(_ session: isolated SearchSession) async {
    var queue = [SearchTree.root]
    var head = 0
    var queued: Set<NodeID> = [SearchTree.root]
    while head < queue.count, session.canContinue {
      let node = queue[head]
      head += 1
      guard session.isExpandable(node), session.tree.isRelevant(node) else { continue }
      for edge in await session.expand(node) {
        for child in session.tree[edge].children where queued.insert(child).inserted {
          queue.append(child)
        }
      }
    }
  }
}
