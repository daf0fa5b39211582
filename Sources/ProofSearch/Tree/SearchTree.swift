import ProverCore

/// The search graph of one theorem: proof states keyed by their printed goals (so transpositions
/// merge), tactic edges, and the status of every node and edge.
///
/// An edge is proved when all its children are (no children: the tactic closed the goal) and failed
/// when one child failed. A node is proved when one edge is, and failed when it was expanded and
/// every edge failed. Statuses move only from unknown to proved or failed; `invariantViolations`
/// checks this and the other structural rules, and tests run it after every step.
public struct SearchTree: Sendable {
  public private(set) var nodes: [SearchNode] = []
  public private(set) var edges: [SearchEdge] = []
  private var index: [GoalKey: NodeID] = [:]

  /// A tree with one root node.
  public init(root: ProofState, estimate: Double) {
    _ = addNode(root, depth: 0, estimate: estimate)
  }

  public static let root = NodeID(0)

  public var root: SearchNode { nodes[0] }

  public subscript(node: NodeID) -> SearchNode {
    get { nodes[node.rawValue] }
    set { nodes[node.rawValue] = newValue }
  }

  public subscript(edge: EdgeID) -> SearchEdge {
    get { edges[edge.rawValue] }
    set { edges[edge.rawValue] = newValue }
  }

  /// The node with exactly these goals, if the search has met them.
  public func node(for goals: [Goal]) -> NodeID? {
    index[GoalKey(goals: goals)]
  }

  /// The node with this key, if the search has met it.
  public func node(for key: GoalKey) -> NodeID? {
    index[key]
  }

  /// Adds a node for a proof state, or returns the node that already has its goals.
  @discardableResult
  public mutating func addNode(_ state: ProofState, depth: Int, estimate: Double) -> (id: NodeID, isNew: Bool) {
    addNode(state, key: GoalKey(goals: state.goals), depth: depth, estimate: estimate)
  }

  /// Adds a node whose key the caller has computed already.
  @discardableResult
  public mutating func addNode(_ state: ProofState, key: GoalKey, depth: Int, estimate: Double) -> (
    id: NodeID, isNew: Bool
  ) {
    if let existing = index[key] { return (existing, false) }
    let id = NodeID(nodes.count)
    var node = SearchNode(id: id, key: key, goals: state.goals, state: state.id, depth: depth, estimate: estimate)
    if state.goals.isEmpty { node.status = .proved }
    nodes.append(node)
    index[key] = id
    return (id, true)
  }

  /// Adds a tactic edge from `parent` to `children` and updates statuses. An edge that would close
  /// a cycle (a child from which `parent` is reachable) is recorded as failed: it cannot help.
  @discardableResult
  public mutating func addEdge(
    from parent: NodeID, tactic: String, prior: Double, children: [NodeID], isSplit: Bool = false
  ) -> EdgeID {
    let id = EdgeID(edges.count)
    var edge = SearchEdge(id: id, parent: parent, tactic: tactic, prior: prior, children: children, isSplit: isSplit)
    let cyclic = children.contains { reaches(from: $0, to: parent) }
    if cyclic { edge.status = .failed }
    edges.append(edge)
    self[parent].edges.append(id)
    if !cyclic {
      for child in Set(children) { self[child].parents.append(id) }
    }
    if !cyclic { update(edge: id) }
    return id
  }

  /// Records that every tactic the policy proposed for the node has been run.
  public mutating func markExpanded(_ node: NodeID) {
    self[node].isExpanded = true
    updateNode(node)
  }

  /// True when `target` is reachable from `start` along edges (including `start == target`).
  public func reaches(from start: NodeID, to target: NodeID) -> Bool {
    var stack = [start]
    var seen: Set<NodeID> = []
    while let current = stack.popLast() {
      if current == target { return true }
      guard seen.insert(current).inserted else { continue }
      for edge in self[current].edges where edges[edge.rawValue].status != .failed {
        stack.append(contentsOf: edges[edge.rawValue].children)
      }
    }
    return false
  }

  /// True when proving the node still matters: it is open and some open edge from a node that
  /// matters (or the root itself) needs it.
  public func isRelevant(_ node: NodeID) -> Bool {
    var current = node
    var steps = 0
    while self[current].status == .unknown, steps <= nodes.count {
      if current == Self.root { return true }
      guard let edge = self[current].parents.first(where: { self[$0].status == .unknown }) else { break }
      current = self[edge].parent
      steps += 1
    }
    guard self[node].status == .unknown else { return false }
    var stack = [node]
    var seen: Set<NodeID> = []
    while let current = stack.popLast() {
      guard self[current].status == .unknown, seen.insert(current).inserted else { continue }
      if current == Self.root { return true }
      for parent in self[current].parents where self[parent].status == .unknown {
        stack.append(self[parent].parent)
      }
    }
    return false
  }

  /// The value of an edge: the product of its children's values (an AND node needs them all).
  public func value(of edge: EdgeID) -> Double {
    switch self[edge].status {
    case .proved: return 1
    case .failed: return 0
    case .unknown: return self[edge].children.reduce(1.0) { $0 * self[$1].value }
    }
  }

  // MARK: - Status propagation

  private mutating func update(edge id: EdgeID) {
    guard self[id].status == .unknown else { return }
    let children = self[id].children
    if children.contains(where: { self[$0].status == .failed }) {
      self[id].status = .failed
    } else if children.allSatisfy({ self[$0].status == .proved }) {
      self[id].status = .proved
    } else {
      return
    }
    updateNode(self[id].parent)
  }

  private mutating func updateNode(_ id: NodeID) {
    guard self[id].status == .unknown else { return }
    if let proving = self[id].edges.first(where: { self[$0].status == .proved }) {
      self[id].status = .proved
      self[id].provedBy = proving
    } else if self[id].isExpanded, self[id].edges.allSatisfy({ self[$0].status == .failed }) {
      self[id].status = .failed
    } else {
      return
    }
    for parent in self[id].parents { update(edge: parent) }
  }

  // MARK: - MCTS statistics

  /// Adds virtual loss to the nodes of a path (a simulation is in flight through them).
  public mutating func addVirtualLoss(_ path: [NodeID], amount: Int) {
    for node in path { self[node].virtualLoss += amount }
  }

  /// Backs a value up along a path, removing the virtual loss the path carried.
  public mutating func backUp(_ value: Double, along path: [NodeID], edges pathEdges: [EdgeID], virtualLoss: Int) {
    for node in path {
      self[node].virtualLoss -= virtualLoss
      self[node].visits += 1
      self[node].valueSum += value
    }
    for edge in pathEdges { self[edge].visits += 1 }
  }

  // MARK: - Invariants

  /// Every broken structural rule, as a sentence; empty when the tree is consistent.
  public func invariantViolations() -> [String] {
    var problems: [String] = []
    for node in nodes {
      if index[node.key] != node.id { problems.append("\(node.id): not indexed under its goals") }
      if node.goals.isEmpty, node.status != .proved { problems.append("\(node.id): no goals but not proved") }
      switch node.status {
      case .proved:
        if !node.goals.isEmpty {
          guard let by = node.provedBy, self[by].status == .proved, self[by].parent == node.id else {
            problems.append("\(node.id): proved without a proved edge")
            continue
          }
        }
      case .failed:
        if !node.isExpanded { problems.append("\(node.id): failed before expansion") }
        if node.edges.contains(where: { self[$0].status != .failed }) {
          problems.append("\(node.id): failed with an edge not failed")
        }
      case .unknown:
        if node.edges.contains(where: { self[$0].status == .proved }) {
          problems.append("\(node.id): open with a proved edge")
        }
        if node.isExpanded, !node.edges.isEmpty, node.edges.allSatisfy({ self[$0].status == .failed }) {
          problems.append("\(node.id): open with every edge failed")
        }
      }
      if node.virtualLoss < 0 { problems.append("\(node.id): negative virtual loss") }
    }
    for edge in edges {
      let statuses = edge.children.map { self[$0].status }
      switch edge.status {
      case .proved:
        if statuses.contains(where: { $0 != .proved }) { problems.append("\(edge.id): proved with an open child") }
      case .unknown:
        if statuses.contains(.failed) { problems.append("\(edge.id): open with a failed child") }
        if statuses.allSatisfy({ $0 == .proved }) { problems.append("\(edge.id): open with all children proved") }
      case .failed:
        break
      }
      if !self[edge.parent].edges.contains(edge.id) { problems.append("\(edge.id): missing from its parent") }
    }
    return problems
  }
}
