/// The Generative Logic engine: definitions → axioms → conjectures → theorems with proof graphs,
/// their mirrors (each proved) and the compression. Deterministic for a given input and configuration.
public struct GLEngine: Sendable {
  public let configuration: GLConfiguration

  public init(configuration: GLConfiguration = GLConfiguration()) {
    self.configuration = configuration
  }

  /// Parses a definitions file; errors carry file, line and column.
  public static func parse(_ text: String, file: String) throws(DefinitionError) -> DefinitionFile {
    try DefinitionParser(file: file).parse(text)
  }

  public func derive(_ file: DefinitionFile, progress: (@Sendable (String) -> Void)? = nil) async -> Derivation {
    let axioms = AxiomDerivation(file: file)
    let (candidates, statistics) = Conjecturer(configuration: configuration.conjecturer).candidates()
    progress?(
      "conjecturer: \(statistics.enumerated) chains, \(statistics.distinct) distinct, \(candidates.count) survive the counterexample filter"
    )
    var theorems: [DerivedTheorem]
    var rounds: Int
    var relational: [RelationalOutcome] = []
    switch configuration.engine {
    case .machine:
      var bounds = configuration.machine
      bounds.workers = configuration.prover.workers
      let machine = RelationalProver(
        configuration: bounds, axioms: RelationalAxioms(axioms: axioms, anchor: file.anchor))
      let run = await machine.run(candidates, progress: progress)
      theorems = run.theorems
      rounds = run.rounds
      relational = run.outcomes
      if run.unrebuilt > 0 { progress?("relational machine: \(run.unrebuilt) proofs could not be rebuilt as graphs") }
    case .rewriting:
      let prover = Prover(configuration: configuration.prover, axioms: axioms.rules)
      (theorems, rounds) = await prover.run(candidates, progress: progress)
    }
    let provedIndices = Set(theorems.compactMap(\.candidate))
    let unproved = candidates.filter { !provedIndices.contains($0.index) }
    let mirrors = theorems.compactMap(Self.mirror)
    let essential = Compressor(configuration: configuration.prover).essential(theorems, axioms: axioms.rules)
    progress?("proved \(theorems.count) theorems (+\(mirrors.count) mirrors), \(essential.count) essential")
    var derivation = Derivation(
      file: file, configuration: configuration, axioms: axioms, candidates: candidates, statistics: statistics,
      theorems: theorems, mirrors: mirrors, unproved: unproved, rounds: rounds, essential: essential)
    derivation.relational = relational
    derivation.relationalRounds = relational.isEmpty ? 0 : rounds
    return derivation
  }

  /// The mirror of a theorem (its conclusion read right to left), proved from the theorem; nil when
  /// the mirror is the theorem itself up to renaming.
  static func mirror(of theorem: DerivedTheorem) -> DerivedTheorem? {
    let statement = theorem.statement
    var mirrored = statement
    mirrored.conclusion = statement.conclusion.swapped
    if CanonicalForm.string(mirrored) == CanonicalForm.string(statement) { return nil }
    let identity = Dictionary(uniqueKeysWithValues: statement.variables.map { ($0, Term.variable($0)) })
    let reference = RuleReference(kind: .theorem, name: theorem.name)
    var builder = ProofBuilder()
    let end: Int
    if statement.premises.isEmpty {
      let start = builder.add(0, .equality, .reflexivity, Equation(mirrored.conclusion.lhs, mirrored.conclusion.lhs))
      end = builder.add(
        0, .theorem, .rewrite, mirrored.conclusion, ingredients: [start], rule: reference, substitution: identity,
        side: .rhs, path: [], forward: false)
    } else {
      var last = -1
      for premise in statement.premises { last = builder.add(0, .taskFormulation, .hypothesis, premise) }
      let derived = builder.add(
        0, .theorem, .implication, statement.conclusion, ingredients: [last], rule: reference, substitution: identity)
      end = builder.add(0, .equality, .symmetry, mirrored.conclusion, ingredients: [derived])
    }
    let graph = ProofGraph(
      theorem: theorem.name + "_symm", statement: mirrored, method: .direct,
      cases: [ProofCase(kind: .direct, goal: mirrored, conclusion: end)], nodes: builder.nodes)
    return DerivedTheorem(name: graph.theorem, round: theorem.round, candidate: nil, graph: graph)
  }
}
