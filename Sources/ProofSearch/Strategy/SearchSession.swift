import ProverCore

/// The state of one search: the tree, the budget spent, and the means to grow it (backend, policy,
/// value model). Strategies run isolated to the session and call `expand`; while a backend call is
/// in flight other expansions may start (MCTS runs several simulations at once).
public actor SearchSession {
  /// What running one tactic gave, for statistics and traces.
  public struct Attempt: Sendable {
    public var family: String
    public var succeeded: Bool
  }

  public private(set) var tree: SearchTree
  public let backend: any ProofBackend
  public let policy: any TacticPolicy
  public let valueModel: any ValueModel
  public let context: PolicyContext
  public let budget: SearchBudget
  public let cancellation: SearchCancellation
  /// Whether to split multi-goal results into AND edges (needs a `GoalFocusingBackend`).
  public let splitsGoals: Bool
  /// At most this many of the policy's tactics are run per expansion.
  public let tacticsPerExpansion: Int
  /// Checks the tree's invariants after every expansion (for tests).
  public let checksInvariants: Bool

  public private(set) var expansions = 0
  public private(set) var backendCalls = 0
  public private(set) var attempts: [Attempt] = []
  public private(set) var invariantFailures: [String] = []
  /// Errors the backend threw (not tactic failures), in order.
  public private(set) var backendErrors: [String] = []
  private var inFlight: Set<NodeID> = []
  private let clock = ContinuousClock()
  private let start: ContinuousClock.Instant

  public init(
    root: ProofState, backend: any ProofBackend, policy: any TacticPolicy, valueModel: any ValueModel,
    context: PolicyContext = PolicyContext(), budget: SearchBudget,
    cancellation: SearchCancellation = SearchCancellation(),
    splitsGoals: Bool = true, tacticsPerExpansion: Int = 48, checksInvariants: Bool = false
  ) {
    tree = SearchTree(root: root, estimate: valueModel.value(of: root.goals, depth: 0))
    self.backend = backend
    self.policy = policy
    self.valueModel = valueModel
    self.context = context
    self.budget = budget
    self.cancellation = cancellation
    self.splitsGoals = splitsGoals && backend is any GoalFocusingBackend
    self.tacticsPerExpansion = tacticsPerExpansion
    self.checksInvariants = checksInvariants
    start = clock.now
  }

  /// Seconds since the session began.
  public var elapsed: Double {
    let duration = clock.now - start
    return Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
  }

  /// True while the root is open and no limit is reached.
  public var canContinue: Bool {
    tree.root.status == .unknown && hasBudget
  }

  /// True while no limit of the budget is reached and the search was not cancelled.
  public var hasBudget: Bool {
    if cancellation.isCancelled || Task.isCancelled { return false }
    if expansions >= budget.expansions { return false }
    if let calls = budget.backendCalls, backendCalls >= calls { return false }
    if let seconds = budget.seconds, elapsed >= seconds { return false }
    return true
  }

  /// Whether the node can be expanded now: open, not expanded and not being expanded.
  public func isExpandable(_ node: NodeID) -> Bool {
    tree[node].status == .unknown && !tree[node].isExpanded && !inFlight.contains(node)
  }

  /// Runs the policy's tactics on a node and adds an edge for each tactic that changed the state.
  /// Stops early when the node gets proved. Returns the new edges.
  @discardableResult
  public func expand(_ node: NodeID, maxTactics: Int? = nil) async -> [EdgeID] {
    guard isExpandable(node), hasBudget else { return [] }
    expansions += 1
    inFlight.insert(node)
    defer { inFlight.remove(node) }
    let goals = tree[node].goals
    let key = tree[node].key
    let state = tree[node].state
    let depth = tree[node].depth + 1
    let candidates = policy.tactics(for: goals, context: context).prefix(maxTactics ?? tacticsPerExpansion)
    var added: [EdgeID] = []
    var finished = true
    for candidate in candidates {
      guard tree[node].status == .unknown else { break }
      if cancellation.isCancelled || !withinCallBudget {
        finished = false
        break
      }
      backendCalls += 1
      let outcome: TacticOutcome
      do {
        outcome = try await backend.run(candidate.tactic, on: state)
      } catch {
        backendErrors.append("\(candidate.tactic): \(error)")
        attempts.append(Attempt(family: candidate.family, succeeded: false))
        continue
      }
      guard case .success(let result) = outcome, GoalKey(goals: result.goals) != key else {
        attempts.append(Attempt(family: candidate.family, succeeded: false))
        continue
      }
      attempts.append(Attempt(family: candidate.family, succeeded: true))
      guard let edge = await addEdge(from: node, tactic: candidate, result: result, depth: depth) else { continue }
      added.append(edge)
    }
    if finished { tree.markExpanded(node) }
    if checksInvariants { invariantFailures += tree.invariantViolations() }
    return added
  }

  private var withinCallBudget: Bool {
    guard let calls = budget.backendCalls else { return true }
    return backendCalls < calls
  }

  private func addEdge(from node: NodeID, tactic: ScoredTactic, result: ProofState, depth: Int) async -> EdgeID? {
    if result.goals.count > 1, splitsGoals, let focusing = backend as? any GoalFocusingBackend {
      var children: [NodeID] = []
      for index in result.goals.indices {
        backendCalls += 1
        guard let focused = try? await focusing.focus(result.id, goal: index) else { return nil }
        children.append(addNode(focused, depth: depth))
      }
      return tree.addEdge(from: node, tactic: tactic.tactic, prior: tactic.prior, children: children, isSplit: true)
    }
    let children = result.goals.isEmpty ? [] : [addNode(result, depth: depth)]
    return tree.addEdge(from: node, tactic: tactic.tactic, prior: tactic.prior, children: children)
  }

  private func addNode(_ state: ProofState, depth: Int) -> NodeID {
    let key = GoalKey(goals: state.goals)
    if let existing = tree.node(for: key) { return existing }
    let estimate = valueModel.value(of: state.goals, depth: depth)
    return tree.addNode(state, key: key, depth: depth, estimate: estimate).id
  }

  // MARK: - MCTS statistics

  public func addVirtualLoss(_ path: [NodeID], amount: Int) {
    tree.addVirtualLoss(path, amount: amount)
  }

  public func backUp(_ value: Double, along path: [NodeID], edges: [EdgeID], virtualLoss: Int) {
    tree.backUp(value, along: path, edges: edges, virtualLoss: virtualLoss)
    if checksInvariants { invariantFailures += tree.invariantViolations() }
  }
}
