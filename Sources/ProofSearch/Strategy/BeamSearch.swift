/// Step-level beam search: expands every node of the beam (running at most `candidatesPerStep`
/// tactics on each), ranks the resulting tactic edges by value, and keeps the open children of
/// the best edges, up to `width` nodes, as the next beam. An AND edge brings all its open children.
public struct BeamSearch: SearchStrategy {
  public var width: Int
  public var candidatesPerStep: Int

  public var name: String { "beam" }

  public init(width: Int = 8, candidatesPerStep: Int = 32) {
    self.width = width
    self.candidatesPerStep = candidatesPerStep
  }

  public func run(_ session: isolated SearchSession) async {
    var beam = [SearchTree.root]
    while !beam.isEmpty, session.canContinue {
      var edges: [EdgeID] = []
      for node in beam where session.canContinue {
        guard session.isExpandable(node), session.tree.isRelevant(node) else { continue }
        edges += await session.expand(node, maxTactics: candidatesPerStep)
      }
      let tree = session.tree
      let ranked = edges.filter { tree[$0].status == .unknown }
        .sorted { tree.value(of: $0) * tree[$0].prior.squareRoot() > tree.value(of: $1) * tree[$1].prior.squareRoot() }
      var next: [NodeID] = []
      var chosen: Set<NodeID> = []
      for edge in ranked where next.count < width {
        for child in tree[edge].children where tree[child].status == .unknown && chosen.insert(child).inserted {
          next.append(child)
        }
      }
      beam = next
    }
  }
}
