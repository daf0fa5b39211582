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

  /// Proves what it can; returns the outcomes in the order proved and the number of rounds.
  public func run(_ candidates: [Candidate], progress: (@Sendable (String) -> Void)? = nil) async -> (
    outcomes: [RelationalOutcome], rounds: Int
  ) {
    var outcomes: [RelationalOutcome] = []
    var theoremRules: [RelationalRule] = []
    var open = candidates
    var round = 0
    while !open.isEmpty && round < configuration.maximumRounds {
      round += 1
      let trie = PremiseTrie(rules: axioms.rules + theoremRules)
      let results = await attemptAll(open, trie: trie, round: round)
      var stillOpen: [Candidate] = []
      var proved = 0
      for (candidate, outcome) in zip(open, results) {
        guard let outcome else {
          stillOpen.append(candidate)
          continue
        }
        outcomes.append(outcome)
        proved += 1
        if let rule = ChainEncoding.rule(
          candidate.statement, reference: RuleReference(kind: .theorem, name: outcome.name))
        {
          theoremRules.append(rule)
        }
      }
      progress?("relational round \(round): proved \(proved), open \(stillOpen.count)")
      open = stillOpen
      if proved == 0 { break }
    }
    return (outcomes, round)
  }

  func attemptAll(_ candidates: [Candidate], trie: PremiseTrie, round: Int) async -> [RelationalOutcome?] {
    let workers = max(1, configuration.workers)
    if workers == 1 { return candidates.map { attempt($0, trie: trie, round: round) } }
    let chunk = max(1, (candidates.count + workers * 4 - 1) / (workers * 4))
    return await withTaskGroup(of: (Int, [RelationalOutcome?]).self) { group in
      for start in stride(from: 0, to: candidates.count, by: chunk) {
        let slice = Array(candidates[start..<min(start + chunk, candidates.count)])
        group.addTask { (start, slice.map { attempt($0, trie: trie, round: round) }) }
      }
      var results = [RelationalOutcome?](repeating: nil, count: candidates.count)
      for await (start, part) in group {
        for (offset, outcome) in part.enumerated() { results[start + offset] = outcome }
      }
      return results
    }
  }

  /// Tries the direct block, then induction on each variable.
  func attempt(_ candidate: Candidate, trie: PremiseTrie, round: Int) -> RelationalOutcome? {
    let statement = candidate.statement
    var outcome = RelationalOutcome(
      candidate: candidate.index, name: Prover.name(of: candidate), round: round, method: .direct, blocks: 0,
      bursts: 0, witnesses: 0, facts: 0)
    if prove(statement, tries: [trie], outcome: &outcome) { return outcome }
    for variable in statement.variables.reversed() {
      let stepGoal = ProofGraph.caseGoal(of: statement, on: variable, kind: .step)
      let stepTask = ChainEncoding.task(stepGoal)
      guard let fixed = stepTask.variables[variable],
        let hypothesis = ChainEncoding.rule(
          ProofGraph.inductionHypothesis(of: statement, on: variable),
          reference: RuleReference(kind: .inductionHypothesis, name: "ih"), fixed: [variable: fixed])
      else { continue }
      let hypothesisTrie = PremiseTrie(rules: [hypothesis])
      guard prove(stepGoal, task: stepTask, tries: [trie, hypothesisTrie], outcome: &outcome) else { continue }
      let baseGoal = ProofGraph.caseGoal(of: statement, on: variable, kind: .base)
      guard prove(baseGoal, tries: [trie], outcome: &outcome) else { continue }
      outcome.method = .induction(variable: variable)
      return outcome
    }
    return nil
  }

  func prove(
    _ statement: Statement, task: ChainEncoding.Task? = nil, tries: [PremiseTrie], outcome: inout RelationalOutcome
  ) -> Bool {
    let task = task ?? ChainEncoding.task(statement)
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
    return proved()
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
