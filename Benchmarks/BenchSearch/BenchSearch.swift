import BenchmarkSupport
import Foundation
import LeanSyntax
import NativeChecker
import NativeReplay
import ProofSearch
import ProverCore
import SearchDoubles
import Synchronization

/// Runs every strategy, with the heuristic and a learned value model, on the same problems with the
/// same budget, and prints a table (solved, median expansions to proof, expansions per second)
/// and an SVG of problems solved against budget, one curve per configuration.
@main
struct BenchSearch {
  struct Row {
    var name: String
    var solved: Int
    var total: Int
    var expansionsToProof: [Int]
    var expansions: Int
    var seconds: Double
    var falseProved: Int
  }

  static func main() async throws {
    var arguments = Array(CommandLine.arguments.dropFirst())
    func option(_ name: String, _ fallback: String) -> String {
      guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return fallback }
      let value = arguments[index + 1]
      arguments.removeSubrange(index...index + 1)
      return value
    }
    let budget = Int(option("--budget", "300")) ?? 300
    let checkPath = option("--check", "")
    if !checkPath.isEmpty {
      for verdict in try FileChecker().check(path: checkPath) {
        print("\(verdict.label): \(verdict.status.rawValue)")
        for diagnostic in verdict.diagnostics { print("  \(diagnostic)") }
      }
      return
    }
    let tacticsPath = option("--tactics", "")
    if !tacticsPath.isEmpty {
      try await printTactics(path: tacticsPath)
      return
    }
    let corpus = option("--corpus", "")
    if !corpus.isEmpty {
      let strategies = option("--strategies", "best-first,mcts,beam,bfs").split(separator: ",").compactMap {
        StrategyKind(rawValue: String($0))
      }
      let jobs = Int(option("--jobs", "1")) ?? 1
      let timeout = Double(option("--timeout", "60")) ?? 60
      let replay = option("--backend", "native") == "replay"
      let splitsGoals = option("--split", "on") != "off"
      let tacticSeconds = Double(option("--tactic-timeout", String(TacticLimit.defaultSeconds))) ?? 0
      let heartbeats = Int(option("--tactic-heartbeats", String(TacticLimit.defaultHeartbeats))) ?? 0
      let limit =
        tacticSeconds <= 0 && heartbeats <= 0
        ? nil
        : TacticLimit(
          heartbeats: heartbeats > 0 ? heartbeats : Int.max, seconds: tacticSeconds > 0 ? tacticSeconds : nil)
      try await runCorpus(
        corpus.split(separator: ",").map(String.init), strategies: strategies, budget: budget, jobs: jobs,
        timeout: timeout, replay: replay, splitsGoals: splitsGoals, tacticLimit: limit,
        verbose: arguments.contains("--verbose"),
        profile: arguments.contains("--profile"))
      return
    }
    if let index = arguments.firstIndex(of: "--ablation") {
      arguments.remove(at: index)
      let minif2f = option("--minif2f", "../shared/data/minif2f-valid/minif2f-valid.jsonl")
      try await Ablation.main(
        corpora: option("--corpora", "corpora"), minif2f: minif2f, seed: UInt64(option("--seed", "2026")) ?? 2026,
        budget: budget, timeout: Double(option("--timeout", "20")) ?? 20, verbose: arguments.contains("--verbose"))
      return
    }
    let svgPath = option("--svg", "bench-search.svg")
    let count = Int(option("--count", "12")) ?? 12
    var generator = ToyProblemGenerator(seed: 2026)
    let training = generator.file(count: count, depths: 1...4, falseEvery: 4, prefix: "train")
    let evaluation = generator.file(count: count, depths: 1...5, falseEvery: 5, prefix: "eval")
    let falseCount =
      SourceFile(text: evaluation).holes.count / 5 + (SourceFile(text: evaluation).holes.count % 5 > 0 ? 1 : 0)
    print(
      "toy backend; \(SourceFile(text: evaluation).holes.count) evaluation problems (\(falseCount) false), budget \(budget) expansions"
    )

    var traceRun = ProverConfiguration(
      strategy: MCTSSearch(), budget: SearchBudget(expansions: budget), collectsTraces: true)
    traceRun.minimizes = false
    var traces = try await run(training, configuration: traceRun).traces
    traceRun.strategy = BreadthFirstSearch()
    traces += try await run(training, configuration: traceRun).traces
    let model = ValueTrainer().train(traces.map(\.example))
    print("learned value model: \(traces.count) labelled states from the training problems")

    var rows: [Row] = []
    let models: [(String, any ValueModel)] = [("heuristic", HeuristicValueModel()), ("learned", model)]
    for kind in StrategyKind.allCases {
      for (modelName, valueModel) in models where kind != .bfs || modelName == "heuristic" {
        var configuration = ProverConfiguration(
          strategy: kind.makeStrategy(), budget: SearchBudget(expansions: budget), valueModel: valueModel)
        configuration.minimizes = false
        let started = ContinuousClock.now
        let result = try await run(evaluation, configuration: configuration)
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let proved = result.results.filter { $0.status == .proved }
        let falseProved = proved.filter { result.falseIndices.contains($0.holeIndex) }.count
        rows.append(
          Row(
            name: kind == .bfs ? "bfs" : "\(kind.rawValue)+\(modelName)", solved: proved.count,
            total: result.results.count,
            expansionsToProof: proved.map(\.expansions).sorted(),
            expansions: result.results.reduce(0) { $0 + $1.expansions },
            seconds: seconds, falseProved: falseProved))
      }
    }
    print("")
    print("| configuration | solved | median expansions to proof | expansions/s | false proved |")
    print("|---|---:|---:|---:|---:|")
    for row in rows {
      let median = row.expansionsToProof.isEmpty ? "-" : String(row.expansionsToProof[row.expansionsToProof.count / 2])
      print(
        "| \(row.name) | \(row.solved)/\(row.total) | \(median) | \(Int(Double(row.expansions) / max(row.seconds, 1e-9))) | \(row.falseProved) |"
      )
    }
    try svg(rows, budget: budget).write(toFile: svgPath, atomically: true, encoding: .utf8)
    print("\nwrote \(svgPath)")
    print("\nsearch overhead alone (a backend that answers at once, nothing provable, 5,000 expansions):")
    for kind in StrategyKind.allCases {
      let session = SearchSession(
        root: EndlessBackend.root, backend: EndlessBackend(), policy: GoalShapePolicy(),
        valueModel: HeuristicValueModel(), budget: SearchBudget(expansions: 5_000))
      let started = ContinuousClock.now
      await kind.makeStrategy().run(session)
      let elapsed = ContinuousClock.now - started
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
      let expansions = await session.expansions
      let calls = await session.backendCalls
      print(
        "  \(kind.rawValue): \(expansions) expansions, \(calls) tactic runs, "
          + "\(Int(Double(expansions) / max(seconds, 1e-9))) expansions/s")
    }
  }

  /// Prints, for each hole of a file, the root goal and the policy's tactics with their priors, and
  /// whether the native backend runs each one.
  static func printTactics(path: String) async throws {
    let file = try SourceFile.read(path: path)
    let backend = NativeBackend()
    let load = try await backend.load(file.text, context: nil)
    let lemmas = Prelude.core.lemmas
    let context = PolicyContext(
      importsMathlib: file.importsMathlib,
      premises: PremiseIndex(leanSource: Prelude.coreSource) { lemmas[$0] != nil })
    for hole in load.holes {
      print("\(hole.declarationName ?? "?"):")
      for goal in hole.state.goals {
        print(goal.description.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
      }
      for (rank, scored) in GoalShapePolicy().tactics(for: hole.state.goals, context: context).enumerated() {
        let outcome = try await backend.run(scored.tactic, on: hole.state.id)
        let verdict: String
        switch outcome {
        case .success(let state): verdict = state.goals.isEmpty ? "proved" : "\(state.goals.count) goal(s)"
        default: verdict = "fails"
        }
        print("  \(rank) \(String(format: "%.3f", scored.prior)) \(scored.tactic)  [\(verdict)]")
      }
    }
  }

  /// Runs each strategy over Lean files on the native checker (through `ReplayNativeBackend`).
  static func runCorpus(
    _ paths: [String], strategies: [StrategyKind], budget: Int, jobs: Int, timeout: Double, replay: Bool,
    splitsGoals: Bool, tacticLimit: TacticLimit?, verbose: Bool, profile: Bool
  ) async throws {
    var files: [SourceFile] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".lean") }.sorted()
        for name in names { files.append(try SourceFile.read(path: path + "/" + name)) }
      } else {
        files.append(try SourceFile.read(path: path))
      }
    }
    NativeBackend.loadTables(mathlib: files.contains { $0.importsMathlib })
    let lemmas = Prelude.core.lemmas
    let premises = PremiseIndex(leanSource: Prelude.coreSource) { lemmas[$0] != nil }
    print(
      "native checker (\(replay ? "whole-declaration replay" : "NativeBackend")); \(premises.count) prelude premises; "
        + "\(files.count) files, budget \(budget) expansions, \(jobs) job(s), AND nodes \(splitsGoals ? "on" : "off"), "
        + "tactic limit \(tacticLimit.map { "\($0.heartbeats) heartbeats, \($0.seconds.map { "\($0) s" } ?? "no deadline")" } ?? "none")"
    )
    print(
      "run = ProofRun.run over all files: each job's backend loading each file, every search (policy, "
        + "tactics, tree), proof scripts, end-to-end checks and minimisation; not the process start-up "
        + "(prelude, generic lemmas, simp set, premise index: NativeBackend.loadTables). CPU s is this "
        + "process's CPU time over the run (all jobs). search s is the wall time of the searches alone "
        + "(expansions and their backend calls; not loading, checks, minimisation or refutation).")
    print(
      "| strategy | proved | failed | unsupported | median expansions to proof | expansions | checks "
        + "| run wall s | run CPU s | expansions/run wall s | expansions/run CPU s | search s | expansions/search s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for kind in strategies {
      let configuration = ProverConfiguration(
        strategy: kind.makeStrategy(), budget: SearchBudget(expansions: budget, seconds: timeout), premises: premises,
        splitsGoals: splitsGoals, tacticLimit: tacticLimit)
      let profilers = Mutex<[ProfilingBackend]>([])
      let cpuStart = BenchClock.cpu()
      let report = await ProofRun.run(
        files: files, prover: Prover(configuration: configuration), jobs: jobs,
        makeBackend: {
          let backend: any GoalFocusingBackend = replay ? ReplayNativeBackend() : NativeBackend()
          guard profile else { return backend }
          let profiler = ProfilingBackend(backend)
          profilers.withLock { $0.append(profiler) }
          return profiler
        })
      let cpu = BenchClock.cpu() - cpuStart
      let results = report.files.flatMap(\.results)
      let proved = results.filter { $0.status == .proved }
      let expansions = proved.map(\.expansions).sorted()
      let median = expansions.isEmpty ? "-" : String(expansions[expansions.count / 2])
      let total = results.reduce(0) { $0 + $1.expansions }
      let searchSeconds = results.reduce(0) { $0 + $1.searchSeconds }
      var checks = 0
      for file in report.files {
        var seen: Set<String> = []
        for result in file.results where seen.insert(result.name).inserted { checks += result.checks }
      }
      print(
        "| \(kind.rawValue) | \(proved.count)/\(results.count) | \(results.filter { $0.status == .failed }.count) "
          + "| \(results.filter { $0.status == .unsupported || $0.status == .error }.count) | \(median) "
          + "| \(total) | \(checks) | \(String(format: "%.2f", report.seconds)) | \(String(format: "%.2f", cpu)) "
          + "| \(Int(Double(total) / max(report.seconds, 1e-9))) | \(Int(Double(total) / max(cpu, 1e-9))) "
          + "| \(String(format: "%.3f", searchSeconds)) | \(Int(Double(total) / max(searchSeconds, 1e-9))) |")
      if profile {
        var tallies: [String: ProfilingBackend.Tally] = [:]
        for profiler in profilers.withLock({ $0 }) {
          for (key, tally) in await profiler.tallies {
            tallies[key, default: ProfilingBackend.Tally()].calls += tally.calls
            tallies[key, default: ProfilingBackend.Tally()].seconds += tally.seconds
          }
        }
        print("    backend time by call (calls, total ms, mean µs):")
        for (key, tally) in tallies.sorted(by: { $0.value.seconds > $1.value.seconds }) {
          print(
            "    \(key): \(tally.calls), \(String(format: "%.1f", tally.seconds * 1000)) ms, "
              + "\(String(format: "%.0f", tally.seconds * 1e6 / Double(max(tally.calls, 1)))) µs")
        }
      }
      if verbose {
        for result in results where result.status != .proved {
          print(
            "    \(result.status.rawValue): \(result.name) \(result.expansions) expansions "
              + "\(String(format: "%.2f", result.seconds)) s \(result.message ?? "")")
        }
        for result in proved {
          print(
            "    proved \(result.name) (\(result.expansions) expansions, \(String(format: "%.2f", result.seconds)) s): "
              + (result.proof ?? []).joined(separator: "; "))
        }
      }
    }
  }

  struct RunResult {
    var results: [TheoremResult]
    var traces: [TraceRecord]
    var falseIndices: Set<Int>
  }

  static func run(_ text: String, configuration: ProverConfiguration) async throws -> RunResult {
    let file = SourceFile(text: text, path: "Generated.lean")
    let report = await ProofRun.run(
      files: [file], prover: Prover(configuration: configuration), jobs: 1, makeBackend: { ToyBackend() })
    var falseIndices: Set<Int> = []
    for (index, hole) in file.holes.enumerated() {
      let name = file.declarations[hole.declarationIndex].name ?? ""
      let number = Int(name.drop { !$0.isNumber }) ?? 1
      if name.hasPrefix("eval"), number % 5 == 0 { falseIndices.insert(index) }
      if name.hasPrefix("train"), number % 4 == 0 { falseIndices.insert(index) }
    }
    return RunResult(results: report.files.flatMap(\.results), traces: report.traces, falseIndices: falseIndices)
  }

  static func svg(_ rows: [Row], budget: Int) -> String {
    let width = 640.0
    let height = 400.0
    let left = 60.0
    let bottom = 40.0
    let top = 20.0
    let right = 170.0
    let total = Double(rows.first?.total ?? 1)
    let colors = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"]
    func x(_ b: Double) -> Double { left + (width - left - right) * log(max(b, 1)) / log(Double(max(budget, 2))) }
    func y(_ solved: Double) -> Double { height - bottom - (height - top - bottom) * solved / max(total, 1) }
    var parts = [
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" font-family=\"sans-serif\" font-size=\"11\">",
      "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>",
      "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - right)\" y2=\"\(height - bottom)\" stroke=\"black\"/>",
      "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(height - bottom)\" stroke=\"black\"/>",
      "<text x=\"\((left + width - right) / 2)\" y=\"\(height - 8)\" text-anchor=\"middle\">budget (expansions, log scale)</text>",
      "<text x=\"14\" y=\"\((top + height - bottom) / 2)\" transform=\"rotate(-90 14 \((top + height - bottom) / 2))\" text-anchor=\"middle\">problems solved</text>",
    ]
    var tick = 1
    while tick <= budget {
      parts.append("<text x=\"\(x(Double(tick)))\" y=\"\(height - bottom + 14)\" text-anchor=\"middle\">\(tick)</text>")
      tick *= 10
    }
    parts.append("<text x=\"\(left - 6)\" y=\"\(y(total) + 4)\" text-anchor=\"end\">\(Int(total))</text>")
    parts.append("<text x=\"\(left - 6)\" y=\"\(y(0) + 4)\" text-anchor=\"end\">0</text>")
    for (index, row) in rows.enumerated() {
      let color = colors[index % colors.count]
      var points: [String] = []
      var solved = 0
      var b = 1
      while b <= budget {
        solved = row.expansionsToProof.filter { $0 <= b }.count
        points.append("\(x(Double(b))),\(y(Double(solved)))")
        b = b < 10 ? b + 1 : Int((Double(b) * 1.25).rounded(.up))
      }
      points.append("\(x(Double(budget))),\(y(Double(row.expansionsToProof.count)))")
      parts.append(
        "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"/>")
      parts.append(
        "<text x=\"\(width - right + 8)\" y=\"\(top + 14 + Double(index) * 16)\" fill=\"\(color)\">\(row.name)</text>")
    }
    parts.append("</svg>")
    return parts.joined(separator: "\n") + "\n"
  }
}
