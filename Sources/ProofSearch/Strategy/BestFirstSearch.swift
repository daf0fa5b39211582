import Foundation
import HeapModule

/// Best-first search: always expands the open node with the highest score, where the score adds
/// the log of the node's value to the log prior of the tactics on the best path to it.
public struct BestFirstSearch: SearchStrategy {
  /// Weight of the log value against the path's log prior.
  public var valueWeight: Double
  /// Weight of the path's log prior.
  public var priorWeight: Double

  public var name: String { "best-first" }

  public init(valueWeight: Double = 1.0, priorWeight: Double = 0.5) {
    self.valueWeight = valueWeight
    self.priorWeight = priorWeight
  }

  struct Entry: Comparable {
    var score: Double
    var order: Int
    var node: NodeID
    static func < (lhs: Entry, rhs: Entry) -> Bool {
      lhs.score != rhs.score ? lhs.score < rhs.score : lhs.order > rhs.order
    }
  }

  public func run(_ session: isolated SearchSession) async {
    var heap = Heap<Entry>()
    var pathPrior: [NodeID: Double] = [SearchTree.root: 0]
    var order = 0
    heap.insert(Entry(score: 0, order: 0, node: SearchTree.root))
    while session.canContinue, let entry = heap.popMax() {
      let node = entry.node
      guard session.isExpandable(node), session.tree.isRelevant(node) else { continue }
      let base = pathPrior[node] ?? 0
      for edge in await session.expand(node) {
        let tree = session.tree
        let logPrior = base + log(max(tree[edge].prior, 1e-6))
        for child in tree[edge].children where tree[child].status == .unknown {
          guard logPrior > pathPrior[child] ?? -Double.infinity else { continue }
          pathPrior[child] = logPrior
          order += 1
          let score = valueWeight * log(max(tree[child].value, 1e-6)) + priorWeight * logPrior
          heap.insert(Entry(score: score, order: order, node: child))
        }
      }
    }
  }
}
