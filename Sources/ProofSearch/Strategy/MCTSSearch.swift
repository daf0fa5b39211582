/// Monte Carlo tree search with PUCT selection, as in HyperTree Proof Search: from the root, take
/// the open edge maximising `Q + c · P · √N / (1 + n)`, where Q is the product of the children's
/// values (rescaled among the open edges, see `normalizesValues`), then descend into its weakest
/// open child, until an unexpanded node; expand it and back its value up the path. `simulations`
/// run at once; virtual loss keeps them on different paths.
public struct MCTSSearch: SearchStrategy {
  public var exploration: Double
  public var simulations: Int
  public var virtualLoss: Int
  /// Rescales the Q of a node's open edges to [0, 1] (lowest to highest) before adding the
  /// exploration term, as MuZero does, so that the value model's ranking of siblings weighs as much
  /// as the priors whatever the spread of its outputs. Off by default: in the native ablation it
  /// cost expansions with both value models (README, "Strategies and value models").
  public var normalizesValues: Bool

  public var name: String { "mcts" }

  public init(exploration: Double = 1.25, simulations: Int = 1, virtualLoss: Int = 1, normalizesValues: Bool = false) {
    self.exploration = exploration
    self.simulations = max(1, simulations)
    self.virtualLoss = virtualLoss
    self.normalizesValues = normalizesValues
  }

  public func run(_ session: isolated SearchSession) async {
    if simulations == 1 {
      while session.canContinue {
        guard
          await Self.simulate(
            session, exploration: exploration, virtualLoss: virtualLoss, normalizesValues: normalizesValues)
        else { return }
      }
      return
    }
    let exploration = exploration
    let virtualLoss = virtualLoss
    let normalizesValues = normalizesValues
    let width = simulations
    while session.canContinue {
      let progressed = await withTaskGroup(of: Bool.self) { group in
        for _ in 0..<width {
          group.addTask {
            await Self.simulate(
              session, exploration: exploration, virtualLoss: virtualLoss, normalizesValues: normalizesValues)
          }
        }
        var any = false
        for await result in group { any = any || result }
        return any
      }
      guard progressed else { return }
    }
  }

  /// One simulation; false when there was nothing left to expand.
  static func simulate(
    _ session: isolated SearchSession, exploration: Double, virtualLoss: Int, normalizesValues: Bool = false
  ) async -> Bool {
    guard session.canContinue else { return false }
    let (path, edges) = select(in: session.tree, exploration: exploration, normalizesValues: normalizesValues)
    guard let leaf = path.last else { return false }
    guard session.tree[leaf].status == .unknown, session.isExpandable(leaf) else {
      let decided = session.tree[leaf].status != .unknown
      if decided || session.tree[leaf].isExpanded {
        session.backUp(session.tree[leaf].value, along: path, edges: edges, virtualLoss: 0)
        return decided
      }
      return false
    }
    session.addVirtualLoss(path, amount: virtualLoss)
    let added = await session.expand(leaf)
    let value: Double
    switch session.tree[leaf].status {
    case .proved: value = 1
    case .failed: value = 0
    case .unknown: value = added.map { session.tree.value(of: $0) }.max() ?? session.tree[leaf].estimate
    }
    session.backUp(value, along: path, edges: edges, virtualLoss: virtualLoss)
    return true
  }

  /// The path of a simulation, from the root to the node to expand, and the edges it took.
  static func select(in tree: SearchTree, exploration: Double, normalizesValues: Bool = false) -> ([NodeID], [EdgeID]) {
    var path = [SearchTree.root]
    var edges: [EdgeID] = []
    var node = SearchTree.root
    var onPath: Set<NodeID> = [node]
    while tree[node].isExpanded, tree[node].status == .unknown {
      let parentVisits = Double(tree[node].visits + tree[node].virtualLoss + 1)
      let openEdges = tree[node].edges.filter { tree[$0].status == .unknown }
      let values = openEdges.map { tree.value(of: $0) }
      let low = normalizesValues ? values.min() ?? 0 : 0
      let spread = normalizesValues ? (values.max() ?? 1) - low : 1
      var best: (edge: EdgeID, score: Double)?
      for (edge, value) in zip(openEdges, values) {
        let q = spread > 1e-9 ? (value - low) / spread : 0.5
        let score = q + exploration * tree[edge].prior * parentVisits.squareRoot() / Double(1 + tree[edge].visits)
        if best == nil || score > best!.score { best = (edge, score) }
      }
      guard let chosen = best?.edge else { break }
      let open = tree[chosen].children.filter { tree[$0].status == .unknown && !onPath.contains($0) }
      guard let child = open.min(by: { tree[$0].value < tree[$1].value }) else { break }
      edges.append(chosen)
      path.append(child)
      onPath.insert(child)
      node = child
    }
    return (path, edges)
  }
}
