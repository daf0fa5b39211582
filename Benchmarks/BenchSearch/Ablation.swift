import Foundation
import NativeChecker
import ProofSearch
import ProverCore

/// The value-model ablation on the native checker: MCTS, best-first and beam with the heuristic
/// value and with a value model learned on the training half, and breadth-first, on the evaluation
/// half of `AblationPool`. Problems that the root's expansion proves are left out of both halves:
/// every strategy expands the root first with the same tactics, so they cannot tell value models
/// apart (and they carry no negative examples to learn from).
enum Ablation {
  struct Outcome {
    var problem: AblationPool.Problem
    var proved: Bool
    var expansions: Int
    var seconds: Double
  }

  static func main(
    corpora: String, minif2f: String?, seed: UInt64, budget: Int, timeout: Double, verbose: Bool
  ) async throws {
    let pool = try AblationPool.read(corpora: corpora, minif2f: minif2f)
    let lemmas = Prelude.core.lemmas
    let premises = PremiseIndex(leanSource: Prelude.coreSource) { lemmas[$0] != nil }
    let (training, evaluation) = pool.split(seed: seed)
    func configuration(_ strategy: any SearchStrategy, _ value: any ValueModel, traces: Bool = false, budget: Int)
      -> ProverConfiguration
    {
      var configuration = ProverConfiguration(
        strategy: strategy, budget: SearchBudget(expansions: budget, seconds: timeout), valueModel: value,
        premises: premises, minimizes: false, collectsTraces: traces)
      configuration.minimizes = false
      return configuration
    }
    let rootOnly = configuration(BreadthFirstSearch(), HeuristicValueModel(), budget: 1)
    let trainingRoot = await run(training, pool: pool, configuration: rootOnly).outcomes
    let evaluationRoot = await run(evaluation, pool: pool, configuration: rootOnly).outcomes
    let hardTraining = trainingRoot.filter { !$0.proved }.map(\.problem)
    let hardEvaluation = evaluationRoot.filter { !$0.proved }.map(\.problem)
    print(
      "native checker (NativeBackend, AND nodes); pool of \(pool.problems.count) problems "
        + "(\(count(pool.problems, "exercises")) exercise holes, \(count(pool.problems, "corpus")) corpus theorems, "
        + "\(count(pool.problems, "minif2f")) miniF2F natint_core), split by seed \(seed): "
        + "training \(training.count), evaluation \(evaluation.count); not proved by the root's expansion: "
        + "training \(hardTraining.count), evaluation \(hardEvaluation.count); budget \(budget) expansions, "
        + "\(Int(timeout)) s")

    var traces: [TraceRecord] = []
    for strategy in [MCTSSearch(), BreadthFirstSearch()] as [any SearchStrategy] {
      let result = await run(
        hardTraining, pool: pool,
        configuration: configuration(strategy, HeuristicValueModel(), traces: true, budget: budget))
      traces += result.traces
      print(
        "training traces: \(strategy.name) proved \(result.outcomes.filter(\.proved).count)/\(hardTraining.count), "
          + "\(result.traces.count) labelled states")
    }
    let model = ValueTrainer().train(traces.map(\.example))
    let examples = traces.map(\.example)
    print(
      "learned value: \(examples.count) states, cross-entropy \(String(format: "%.3f", ValueTrainer.loss(model, on: examples)))"
    )

    let models: [(String, any ValueModel)] = [("heuristic", HeuristicValueModel()), ("learned", model)]
    let strategies: [(String, any SearchStrategy)] = [
      ("mcts", MCTSSearch()), ("mcts, normalised Q", MCTSSearch(normalizesValues: true)),
      ("best-first", BestFirstSearch()),
      ("beam", BeamSearch()),
    ]
    var configurations: [(name: String, strategy: any SearchStrategy, value: any ValueModel)] = []
    for (strategyName, strategy) in strategies {
      for (modelName, value) in models { configurations.append(("\(strategyName) + \(modelName)", strategy, value)) }
    }
    configurations.append(("breadth-first (no value)", BreadthFirstSearch(), HeuristicValueModel()))
    var rows: [(name: String, outcomes: [Outcome])] = []
    for (name, strategy, value) in configurations {
      let result = await run(hardEvaluation, pool: pool, configuration: configuration(strategy, value, budget: budget))
      rows.append((name, result.outcomes))
      if verbose {
        for outcome in result.outcomes {
          print("    \(name): \(outcome.proved ? "proved" : "failed") \(outcome.expansions) \(outcome.problem.name)")
        }
      }
    }
    let common = Set(hardEvaluation.indices.filter { index in rows.allSatisfy { $0.outcomes[index].proved } })
    if verbose {
      for row in rows {
        let solved = row.outcomes.filter(\.proved).map(\.expansions)
        let histogram = Dictionary(grouping: solved, by: { $0 }).sorted { $0.key < $1.key }.map {
          "\($0.key):\($0.value.count)"
        }
        print("    \(row.name): expansions to proof (expansions:problems) \(histogram.joined(separator: " "))")
      }
    }
    print("")
    print(
      "| configuration | solved | median expansions to proof | median on the \(common.count) solved by all "
        + "| mean on those | search s |")
    print("|---|---:|---:|---:|---:|---:|")
    for row in rows {
      let solved = row.outcomes.filter(\.proved).map(\.expansions).sorted()
      let shared = common.map { row.outcomes[$0].expansions }.sorted()
      let mean = shared.isEmpty ? 0 : Double(shared.reduce(0, +)) / Double(shared.count)
      print(
        "| \(row.name) | \(solved.count)/\(row.outcomes.count) | \(median(solved)) | \(median(shared)) "
          + "| \(String(format: "%.2f", mean)) | \(String(format: "%.1f", row.outcomes.reduce(0) { $0 + $1.seconds })) |"
      )
    }
  }

  static func count(_ problems: [AblationPool.Problem], _ source: String) -> Int {
    problems.filter { $0.source == source }.count
  }

  /// The median of sorted counts: the middle one, or the mean of the two middle ones.
  static func median(_ sorted: [Int]) -> String {
    guard !sorted.isEmpty else { return "-" }
    let upper = sorted[sorted.count / 2]
    guard sorted.count % 2 == 0 else { return String(upper) }
    let lower = sorted[sorted.count / 2 - 1]
    return lower == upper ? String(upper) : String(format: "%.1f", Double(lower + upper) / 2)
  }

  /// Searches each problem's holes on one `NativeBackend`, loading each file once.
  static func run(_ problems: [AblationPool.Problem], pool: AblationPool, configuration: ProverConfiguration) async
    -> (outcomes: [Outcome], traces: [TraceRecord])
  {
    let backend = NativeBackend()
    let prover = Prover(configuration: configuration)
    var loads: [Int: LoadResult] = [:]
    var outcomes: [Outcome] = []
    var traces: [TraceRecord] = []
    for problem in problems {
      let file = pool.files[problem.file]
      if loads[problem.file] == nil { loads[problem.file] = try? await backend.load(file.text, context: nil) }
      guard let load = loads[problem.file] else {
        outcomes.append(Outcome(problem: problem, proved: false, expansions: 0, seconds: 0))
        continue
      }
      let outcome = await prover.prove(declaration: problem.declaration, of: file, load: load, backend: backend)
      traces += outcome.traces
      outcomes.append(
        Outcome(
          problem: problem, proved: !outcome.results.isEmpty && outcome.results.allSatisfy { $0.status == .proved },
          expansions: outcome.results.reduce(0) { $0 + $1.expansions },
          seconds: outcome.results.reduce(0.0) { $0 + $1.seconds }))
    }
    return (outcomes, traces)
  }
}
