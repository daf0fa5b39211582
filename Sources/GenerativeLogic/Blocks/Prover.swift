/// Proves candidates in rounds. In a round every open candidate gets a root block (a direct proof)
/// and, for each variable, a base block and a step block holding the induction hypothesis as a rule;
/// the rules are the axioms and the theorems of earlier rounds. Candidates of a round run in
/// parallel and are merged in candidate order, so the result does not depend on scheduling.
public struct Prover: Sendable {
  public let configuration: ProverConfiguration
  public let axioms: [Rule]

  public init(configuration: ProverConfiguration, axioms: [Rule]) {
    self.configuration = configuration
    self.axioms = axioms
  }

  /// Proves what it can; returns theorems in the order they were proved and the number of rounds.
  public func run(_ candidates: [Candidate], progress: (@Sendable (String) -> Void)? = nil) async -> (
    theorems: [DerivedTheorem], rounds: Int
  ) {
    var theorems: [DerivedTheorem] = []
    var open = candidates
    var round = 0
    while !open.isEmpty && round < configuration.maximumRounds {
      round += 1
      let rules = axioms + theorems.map(\.rule)
      let results = await attemptAll(open, rules: rules)
      var stillOpen: [Candidate] = []
      var proved = 0
      for (candidate, graph) in zip(open, results) {
        if let graph {
          theorems.append(DerivedTheorem(name: graph.theorem, round: round, candidate: candidate.index, graph: graph))
          proved += 1
        } else {
          stillOpen.append(candidate)
        }
      }
      progress?("round \(round): proved \(proved), open \(stillOpen.count)")
      open = stillOpen
      if proved == 0 { break }
    }
    return (theorems, round)
  }

  func attemptAll(_ candidates: [Candidate], rules: [Rule]) async -> [ProofGraph?] {
    let workers = max(1, configuration.workers)
    if workers == 1 { return candidates.map { attempt($0, rules: rules) } }
    let chunk = (candidates.count + workers - 1) / workers
    return await withTaskGroup(of: (Int, [ProofGraph?]).self) { group in
      for start in stride(from: 0, to: candidates.count, by: max(chunk, 1)) {
        let slice = Array(candidates[start..<min(start + chunk, candidates.count)])
        group.addTask { (start, slice.map { attempt($0, rules: rules) }) }
      }
      var results = [ProofGraph?](repeating: nil, count: candidates.count)
      for await (start, part) in group {
        for (offset, graph) in part.enumerated() { results[start + offset] = graph }
      }
      return results
    }
  }

  /// The theorem name of a candidate.
  public static func name(of candidate: Candidate) -> String {
    KnownLaws.law(matching: candidate.statement).map(\.name) ?? "gl_t\(candidate.index)"
  }

  /// Tries a direct proof, then induction on each variable (last first).
  public func attempt(_ candidate: Candidate, rules: [Rule]) -> ProofGraph? {
    let statement = candidate.statement
    let name = Self.name(of: candidate)
    let block = LogicBlock(
      rules: rules, rewriteBudget: configuration.rewriteBudget, maximumFacts: configuration.maximumFacts)
    var builder = ProofBuilder()
    if let end = block.prove(statement, caseIndex: 0, builder: &builder) {
      return ProofGraph(
        theorem: name, statement: statement, method: .direct,
        cases: [ProofCase(kind: .direct, goal: statement, conclusion: end)], nodes: builder.nodes)
    }
    for variable in statement.variables.reversed() {
      var builder = ProofBuilder()
      let baseGoal = ProofGraph.caseGoal(of: statement, on: variable, kind: .base)
      guard let base = block.prove(baseGoal, caseIndex: 0, builder: &builder) else { continue }
      let hypothesis = Rule(
        reference: RuleReference(kind: .inductionHypothesis, name: "ih"),
        statement: ProofGraph.inductionHypothesis(of: statement, on: variable))
      let stepBlock = LogicBlock(
        rules: rules + [hypothesis], rewriteBudget: configuration.rewriteBudget,
        maximumFacts: configuration.maximumFacts)
      let stepGoal = ProofGraph.caseGoal(of: statement, on: variable, kind: .step)
      guard let step = stepBlock.prove(stepGoal, caseIndex: 1, builder: &builder) else { continue }
      return ProofGraph(
        theorem: name, statement: statement, method: .induction(variable: variable),
        cases: [
          ProofCase(kind: .base, goal: baseGoal, conclusion: base),
          ProofCase(kind: .step, goal: stepGoal, conclusion: step),
        ], nodes: builder.nodes)
    }
    return nil
  }
}
