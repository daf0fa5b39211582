/// Proves candidates with the relational machine, in rounds. Every open candidate gets a direct
/// block; failing that, for each input variable (last first) a step block whose task is the
/// statement at s(n) and whose rules include the induction hypothesis, and once the step is
/// proved, a base block at 0. The rules are the disintegrated axioms and the theorems of earlier
/// rounds; blocks of a round run in parallel and are merged in candidate order, so the result
/// does not depend on scheduling.
public struct RelationalProver: Sendable {
  public let configuration: RelationalConfiguration
  public let axioms: RelationalAxioms

  public init(configuration: RelationalConfiguration, axioms: RelationalAxioms) {
    self.configuration = configuration
    self.axioms = axioms
  }

  /// What a run proved: the outcomes and theorems (with their rebuilt proof graphs) in the order
  /// proved, the rounds, and how many blocks reached their goal in a way no graph could be rebuilt
  /// for (those candidates stay open).
  public struct Run: Sendable {
    public var outcomes: [RelationalOutcome] = []
    public var theorems: [DerivedTheorem] = []
    public var rounds = 0
    public var unrebuilt = 0
    /// Logic blocks made: trie nodes with shared blocks, else one per task attempted.
    public var blocks = 0
    /// Tasks attempted (direct, induction step and base).
    public var tasks = 0
    /// Premises over all tasks' paths: the blocks a trie without sharing would make.
    public var pathPremises = 0
    /// Facts derived over all blocks (received mail not counted), and fact records held.
    public var factsDerived = 0
    public var factsHeld = 0
  }

  /// Proves what it can, in rounds.
  public func run(_ candidates: [Candidate], progress: (@Sendable (String) -> Void)? = nil) async -> Run {
    var result = Run()
    var theoremRules: [RelationalRule] = []
    var open = candidates
    var round = 0
    while !open.isEmpty && round < configuration.maximumRounds {
      round += 1
      let trie = PremiseTrie(rules: axioms.rules + theoremRules)
      let results: [(RelationalOutcome, ProofGraph?)?]
      if configuration.sharedBlocks {
        var shared = SharedRound(prover: self, candidates: open, tries: [trie], round: round)
        let round = await shared.run()
        results = round.attempts
        result.blocks += round.nodes
        result.tasks += round.tasks
        result.pathPremises += round.pathPremises
        result.factsDerived += round.ownFacts
        result.factsHeld += round.heldFacts
      } else {
        let counted = await attemptAll(open, trie: trie, round: round)
        results = counted.map(\.result)
        for (_, tally) in counted {
          result.blocks += tally.blocks
          result.tasks += tally.blocks
          result.factsDerived += tally.facts
          result.factsHeld += tally.facts
        }
      }
      var stillOpen: [Candidate] = []
      var proved = 0
      for (candidate, attempt) in zip(open, results) {
        guard let (outcome, graph) = attempt, let graph else {
          if attempt != nil { result.unrebuilt += 1 }
          stillOpen.append(candidate)
          continue
        }
        result.outcomes.append(outcome)
        result.theorems.append(
          DerivedTheorem(name: outcome.name, round: round, candidate: candidate.index, graph: graph))
        proved += 1
        if outcome.method != .direct || !configuration.onlyInductiveTheoremsAsRules,
          let rule = ChainEncoding.rule(
            candidate.statement, reference: RuleReference(kind: .theorem, name: outcome.name))
        {
          theoremRules.append(rule)
        }
      }
      progress?("relational round \(round): proved \(proved), open \(stillOpen.count)")
      progress?(
        "relational blocks so far: \(result.blocks) blocks for \(result.tasks) tasks (\(result.pathPremises) path premises), \(result.factsDerived) facts derived, \(result.factsHeld) fact records held"
      )
      open = stillOpen
      if proved == 0 { break }
    }
    result.rounds = round
    return result
  }

  /// One candidate's attempt in blocks of its own, with what its blocks held.
  typealias Counted = (result: (RelationalOutcome, ProofGraph?)?, tally: RelationalOutcome)

  func attemptAll(_ candidates: [Candidate], trie: PremiseTrie, round: Int) async -> [Counted] {
    let workers = max(1, configuration.workers)
    if workers == 1 { return candidates.map { attemptCounted($0, trie: trie, round: round) } }
    let chunk = max(1, (candidates.count + workers * 4 - 1) / (workers * 4))
    return await withTaskGroup(of: (Int, [Counted]).self) { group in
      for start in stride(from: 0, to: candidates.count, by: chunk) {
        let slice = Array(candidates[start..<min(start + chunk, candidates.count)])
        group.addTask { (start, slice.map { attemptCounted($0, trie: trie, round: round) }) }
      }
      var results = [Counted?](repeating: nil, count: candidates.count)
      for await (start, part) in group {
        for (offset, outcome) in part.enumerated() { results[start + offset] = outcome }
      }
      return results.map { $0! }
    }
  }

  /// Tries the direct block, then induction on each variable, each task in a block of its own; with
  /// the outcome, the proof graph rebuilt from the blocks' provenance (nil when a proof cannot be
  /// rebuilt).
  func attempt(_ candidate: Candidate, trie: PremiseTrie, round: Int) -> (RelationalOutcome, ProofGraph?)? {
    attemptCounted(candidate, trie: trie, round: round).result
  }

  func attemptCounted(_ candidate: Candidate, trie: PremiseTrie, round: Int) -> Counted {
    var tally = RelationalOutcome(
      candidate: candidate.index, name: "", round: round, method: .direct, blocks: 0, bursts: 0, witnesses: 0, facts: 0)
    let result = attemptIsolated(candidate, trie: trie, round: round, tally: &tally)
    return (result, tally)
  }

  private func attemptIsolated(_ candidate: Candidate, trie: PremiseTrie, round: Int, tally: inout RelationalOutcome)
    -> (RelationalOutcome, ProofGraph?)?
  {
    let statement = candidate.statement
    let name = Prover.name(of: candidate)
    tally.name = name
    let direct = ChainEncoding.task(statement)
    if let block = prove(direct, tries: [trie], outcome: &tally) {
      var reconstruction = ProofReconstruction(
        block: block, task: .init(task: direct), axiomStatements: axioms.statements, caseIndex: 0,
        builder: ProofBuilder())
      let graph = reconstruction.goal().map { end in
        ProofGraph(
          theorem: name, statement: statement, method: .direct,
          cases: [ProofCase(kind: .direct, goal: statement, conclusion: end)], nodes: reconstruction.builder.nodes)
      }
      return (tally, graph.map(Self.simplified))
    }
    for variable in statement.variables.reversed() {
      let stepGoal = ProofGraph.caseGoal(of: statement, on: variable, kind: .step)
      let stepTask = ChainEncoding.task(stepGoal)
      guard let fixed = stepTask.variables[variable],
        let hypothesis = ChainEncoding.rule(
          ProofGraph.inductionHypothesis(of: statement, on: variable),
          reference: RuleReference(kind: .inductionHypothesis, name: "ih"), fixed: [variable: fixed])
      else { continue }
      let hypothesisTrie = PremiseTrie(rules: [hypothesis])
      guard let step = prove(stepTask, tries: [trie, hypothesisTrie], outcome: &tally) else { continue }
      let baseGoal = ProofGraph.caseGoal(of: statement, on: variable, kind: .base)
      let baseTask = ChainEncoding.task(baseGoal)
      guard let base = prove(baseTask, tries: [trie], outcome: &tally) else { continue }
      tally.method = .induction(variable: variable)
      var baseProof = ProofReconstruction(
        block: base, task: .init(task: baseTask), axiomStatements: axioms.statements, caseIndex: 0,
        builder: ProofBuilder())
      guard let baseEnd = baseProof.goal() else { return (tally, nil) }
      var stepProof = ProofReconstruction(
        block: step, task: .init(task: stepTask), axiomStatements: axioms.statements, caseIndex: 1,
        builder: baseProof.builder)
      guard let stepEnd = stepProof.goal() else { return (tally, nil) }
      let graph = ProofGraph(
        theorem: name, statement: statement, method: .induction(variable: variable),
        cases: [
          ProofCase(kind: .base, goal: baseGoal, conclusion: baseEnd),
          ProofCase(kind: .step, goal: stepGoal, conclusion: stepEnd),
        ], nodes: stepProof.builder.nodes)
      return (tally, Self.simplified(graph))
    }
    return nil
  }

  /// A rebuilt graph without redundant steps, as rewrite chains where it is purely equational.
  static func simplified(_ graph: ProofGraph) -> ProofGraph {
    ProofLinearization.linearized(ProofCompaction.compacted(graph))
  }

  /// Runs a block on a task until its goal holds or it stops; the block when the goal holds.
  func prove(_ task: ChainEncoding.Task, tries: [PremiseTrie], outcome: inout RelationalOutcome) -> RelationalBlock? {
    var block = Self.block(for: task, tries: tries, axioms: axioms, configuration: configuration.block)
    let (left, right) = task.goal
    func proved() -> Bool { block.absurd || block.equal(left, right) }
    while !proved() && block.bursts < configuration.block.maximumBursts {
      if !block.burst() { break }
    }
    outcome.blocks += 1
    outcome.bursts += block.bursts
    outcome.witnesses += block.constantCount - task.depths.count
    outcome.facts += block.facts.count
    return proved() ? block : nil
  }

  /// A block set up for a task: its constants, the ground facts of the axioms, the task's
  /// hypotheses and memberships, and its premise equations merged.
  static func block(
    for task: ChainEncoding.Task, tries: [PremiseTrie], axioms: RelationalAxioms, configuration: BlockConfiguration
  ) -> RelationalBlock {
    var block = RelationalBlock(configuration: configuration, tries: tries, totality: axioms.totality)
    for depth in task.depths { _ = block.addConstant(depth: depth) }
    block.witnessDepthBound = min(
      configuration.maximumWitnessDepth, task.depths.max()! + configuration.witnessDepthOverTask)
    for ground in axioms.facts { block.add(ground.fact, .axiom(ground.reference)) }
    if let successor = axioms.totality[.succ] { block.add(Fact(.member, [1]), .witnessMembership(successor)) }
    for name in task.variables.keys.sorted() { block.add(Fact(.member, [task.variables[name]!]), .hypothesis) }
    for fact in task.hypotheses {
      block.add(fact, .hypothesis)
      if let licence = axioms.totality[fact.predicate] {
        block.add(Fact(.member, [fact.output]), .witnessMembership(licence))
      }
    }
    for (left, right) in task.equalities { block.merge(left, right, .hypothesis) }
    return block
  }
}
