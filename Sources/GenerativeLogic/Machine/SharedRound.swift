/// One round of the relational machine over a shared block trie. Every open candidate inserts its
/// direct task and, for each input variable, its induction step task (the step's premises, then a
/// leaf holding the induction hypothesis as the block's own rule); a base task (n = 0) is inserted
/// once its step is proved. All blocks burst together, depth by depth; after each burst the goals
/// are checked in node order, and a candidate is settled by the first of its tasks to complete
/// (direct before induction, later variables first, on a tie). Its proof graph is rebuilt from the
/// leaf blocks, whose provenance includes what they inherited.
struct SharedRound {
  let prover: RelationalProver
  let candidates: [Candidate]
  let round: Int
  var trie: BlockTrie

  /// What the round gives back per candidate (as `RelationalProver.attempt` does), and its counts.
  struct Result: Sendable {
    var attempts: [(RelationalOutcome, ProofGraph?)?]
    var nodes: Int
    var tasks: Int
    /// Premises over all tasks' paths: the blocks a trie without sharing would make.
    var pathPremises: Int
    var ownFacts: Int
    var heldFacts: Int
    var bursts: Int
  }

  /// A task of one candidate: where its path ends and how its constants read as terms.
  struct Task: Sendable {
    enum Kind: Hashable, Sendable {
      case direct
      case step(String)
      case base(String)
    }

    var candidate: Int
    var kind: Kind
    var node: Int
    var goal: ChainEncoding.Task
    var path: TriePath
    var statement: Statement
    var open = true

    /// Premises on the task's path (a step's ends with its induction hypothesis).
    var pathLength: Int {
      if case .step = kind { return path.premises.count + 1 }
      return path.premises.count
    }
    /// The leaf block and its context when the goal was reached.
    var proof: (block: RelationalBlock, context: ProofReconstruction.Context)?
  }

  private var tasks: [Task] = []
  private var byCandidate: [[Int]]
  private var settled: [(RelationalOutcome, ProofGraph?)?]

  init(prover: RelationalProver, candidates: [Candidate], tries: [PremiseTrie], round: Int) {
    self.prover = prover
    self.candidates = candidates
    self.round = round
    trie = BlockTrie(tries: tries, axioms: prover.axioms, configuration: prover.configuration.block)
    byCandidate = Array(repeating: [], count: candidates.count)
    settled = Array(repeating: nil, count: candidates.count)
  }

  mutating func run() async -> Result {
    for index in candidates.indices { insertTasks(of: index) }
    let workers = max(1, prover.configuration.workers)
    let limit = prover.configuration.block.maximumBursts * 4
    var bursts = 0
    while bursts < limit {
      let needed = neededNodes()
      trie.retire(keeping: needed)
      var holding = Array(repeating: false, count: trie.count)
      for task in tasks where task.open { holding[task.node] = true }
      for node in holding.indices { trie.holdsGoal(node, holding[node]) }
      guard needed.contains(true) else { break }
      let ran = await trie.burst(active: needed, workers: workers)
      bursts += 1
      let inserted = check()
      if !ran && !inserted { break }
    }
    let totals = trie.factTotals
    return Result(
      attempts: settled, nodes: trie.count, tasks: tasks.count,
      pathPremises: tasks.reduce(0) { $0 + $1.pathLength }, ownFacts: totals.own, heldFacts: totals.held,
      bursts: bursts)
  }

  // MARK: Tasks

  private mutating func insertTasks(of index: Int) {
    let statement = candidates[index].statement
    let direct = ChainEncoding.task(statement)
    add(
      Task(candidate: index, kind: .direct, node: 0, goal: direct, path: TriePath(task: direct), statement: statement))
    for variable in statement.variables.reversed() {
      let stepGoal = ProofGraph.caseGoal(of: statement, on: variable, kind: .step)
      let stepTask = ChainEncoding.task(stepGoal)
      let hypothesis = ProofGraph.inductionHypothesis(of: statement, on: variable)
      let reference = RuleReference(kind: .inductionHypothesis, name: "ih")
      let path = TriePath(task: stepTask)
      guard let fixed = stepTask.variables[variable], path.pathConstant[fixed] >= 0,
        ChainEncoding.rule(hypothesis, reference: reference, fixed: [variable: fixed]) != nil
      else { continue }
      var task = Task(
        candidate: index, kind: .step(variable), node: 0, goal: stepTask, path: path, statement: stepGoal)
      let key = TriePremise.ownRules("ih \(candidates[index].index) \(variable)")
      task.node = trie.insert(path.premises + [key]) { constants in
        ChainEncoding.rule(
          hypothesis, reference: reference, fixed: [variable: constants[path.pathConstant[fixed]]]
        ).map { PremiseTrie(rules: [$0]) }
      }
      tasks.append(task)
      byCandidate[index].append(tasks.count - 1)
    }
  }

  private mutating func add(_ task: Task) {
    var task = task
    task.node = trie.insert(task.path.premises)
    tasks.append(task)
    byCandidate[task.candidate].append(tasks.count - 1)
  }

  /// Nodes with an open task at or below them.
  private func neededNodes() -> [Bool] {
    var needed = Array(repeating: false, count: trie.count)
    for task in tasks where task.open { needed[task.node] = true }
    for id in trie.nodes.indices.reversed() where needed[id] {
      let parent = trie.nodes[id].parent
      if parent >= 0 { needed[parent] = true }
    }
    return needed
  }

  private func context(of task: Task) -> ProofReconstruction.Context {
    let constants = trie.nodes[task.node].pathConstants
    var terms: [Int: Term] = [:]
    for (constant, term) in task.goal.terms.enumerated() where task.path.pathConstant[constant] >= 0 {
      terms[constants[task.path.pathConstant[constant]]] = term
    }
    let variables = task.goal.variables.compactMapValues { constant in
      task.path.pathConstant[constant] >= 0 ? constants[task.path.pathConstant[constant]] : nil
    }
    return ProofReconstruction.Context(
      terms: terms, variables: variables,
      goal: (constants[task.path.goal.0], constants[task.path.goal.1]))
  }

  // MARK: Goals

  /// Checks the open goals; records the leaves of those reached, inserts the base tasks of proved
  /// steps, settles candidates. Returns whether a task was inserted.
  private mutating func check() -> Bool {
    var inserted = false
    for id in tasks.indices where tasks[id].open {
      let task = tasks[id]
      guard let block = trie.block(task.node) else {
        tasks[id].open = false
        continue
      }
      let constants = trie.nodes[task.node].pathConstants
      if block.absurd || block.equal(constants[task.path.goal.0], constants[task.path.goal.1]) {
        tasks[id].proof = (block, context(of: task))
        tasks[id].open = false
      } else if !BlockTrie.mayRun(block) {
        tasks[id].open = false
      }
    }
    for index in candidates.indices where settled[index] == nil {
      let mine = byCandidate[index]
      if let direct = mine.first(where: { tasks[$0].kind == .direct }), tasks[direct].proof != nil {
        settle(index, with: [direct])
        continue
      }
      let statement = candidates[index].statement
      for variable in statement.variables.reversed() {
        guard let step = mine.first(where: { tasks[$0].kind == .step(variable) }), tasks[step].proof != nil
        else { continue }
        if let base = mine.first(where: { tasks[$0].kind == .base(variable) }) {
          if tasks[base].proof != nil {
            settle(index, with: [base, step])
            break
          }
        } else {
          let baseGoal = ProofGraph.caseGoal(of: statement, on: variable, kind: .base)
          let baseTask = ChainEncoding.task(baseGoal)
          add(
            Task(
              candidate: index, kind: .base(variable), node: 0, goal: baseTask, path: TriePath(task: baseTask),
              statement: baseGoal))
          inserted = true
        }
      }
    }
    return inserted
  }

  /// Settles a candidate with its proved tasks (the direct one, or the base and the step), closing
  /// its other tasks and rebuilding its proof graph.
  private mutating func settle(_ index: Int, with used: [Int]) {
    for id in byCandidate[index] {
      tasks[id].open = false
    }
    let candidate = candidates[index]
    let name = Prover.name(of: candidate)
    var outcome = RelationalOutcome(
      candidate: candidate.index, name: name, round: round, method: .direct, blocks: byCandidate[index].count,
      bursts: 0, witnesses: 0, facts: 0)
    for id in used {
      let (block, _) = tasks[id].proof!
      outcome.bursts += block.bursts
      outcome.witnesses += block.constantCount - trie.nodes[tasks[id].node].pathConstants.count
      outcome.facts += block.facts.count
    }
    let axiomStatements = prover.axioms.statements
    if used.count == 1 {
      let (block, context) = tasks[used[0]].proof!
      var reconstruction = ProofReconstruction(
        block: block, task: context, axiomStatements: axiomStatements, caseIndex: 0, builder: ProofBuilder())
      let statement = candidate.statement
      let graph = reconstruction.goal().map { end in
        ProofGraph(
          theorem: name, statement: statement, method: .direct,
          cases: [ProofCase(kind: .direct, goal: statement, conclusion: end)], nodes: reconstruction.builder.nodes)
      }
      settled[index] = (outcome, graph.map(RelationalProver.simplified))
      return
    }
    let (base, step) = (tasks[used[0]], tasks[used[1]])
    guard case .base(let variable) = base.kind else { preconditionFailure("a base task first") }
    outcome.method = .induction(variable: variable)
    var baseProof = ProofReconstruction(
      block: base.proof!.block, task: base.proof!.context, axiomStatements: axiomStatements, caseIndex: 0,
      builder: ProofBuilder())
    guard let baseEnd = baseProof.goal() else {
      settled[index] = (outcome, nil)
      return
    }
    var stepProof = ProofReconstruction(
      block: step.proof!.block, task: step.proof!.context, axiomStatements: axiomStatements, caseIndex: 1,
      builder: baseProof.builder)
    guard let stepEnd = stepProof.goal() else {
      settled[index] = (outcome, nil)
      return
    }
    let graph = ProofGraph(
      theorem: name, statement: candidate.statement, method: .induction(variable: variable),
      cases: [
        ProofCase(kind: .base, goal: base.statement, conclusion: baseEnd),
        ProofCase(kind: .step, goal: step.statement, conclusion: stepEnd),
      ], nodes: stepProof.builder.nodes)
    settled[index] = (outcome, RelationalProver.simplified(graph))
  }
}
