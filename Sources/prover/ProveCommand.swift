import ArgumentParser
import Foundation
import LeanSyntax
import NativeChecker
import ProofSearch
import ProverCore

/// `prover prove`: searches proofs for the `sorry` holes of Lean files, checks each found proof end
/// to end with the backend, and reports (or, with --write, splices) them.
struct ProveCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "prove",
    abstract: "Find proofs for the sorry holes of Lean files.",
    discussion: """
      Each FILE may be a directory, which stands for every .lean file below it. Every sorry, in tactic \
      or term position, is searched with the chosen strategy under the budget (a term sorry comes \
      back as a `by` block); a proof is reported only after the \
      backend's check accepted the whole declaration with it. With --write the proofs replace the \
      sorries in the files (written to a temporary file, then renamed); every other byte is kept. \
      Ctrl-C stops the searches, then reports (and with --write writes) what was found; a second \
      Ctrl-C exits at once.

      Exit codes: 0 every hole proved, 1 some hole failed or is unsupported, 2 bad input \
      (missing or unreadable file, bad option, unreadable --value/--premises/--statistics file), \
      3 backend failure (the backend could not be started or could not load a file), 130 \
      interrupted twice.
      """)

  @Argument(help: "Lean files or directories.")
  var paths: [String]

  @Option(help: "The search strategy: best-first, beam, mcts or bfs.")
  var strategy: StrategyKind = .bestFirst

  @Option(help: "Node expansions per hole.")
  var budget = 1_000

  @Option(help: "Seconds per hole.")
  var timeout: Double = 60

  @Option(
    help: ArgumentHelp(
      "Wall-clock seconds of one tactic call of the search (0: none); a call over it fails.", valueName: "seconds"))
  var tacticTimeout = TacticLimit.defaultSeconds

  @Option(
    help: ArgumentHelp(
      "Heartbeats of one tactic call (simp steps, omega constraints, simplex pivots, decide instances; 0: none).",
      valueName: "count"))
  var tacticHeartbeats = TacticLimit.defaultHeartbeats

  @Option(help: "Theorems searched in parallel, each job with its own backend.")
  var jobs = 1

  @Option(help: "The backend: native, lean or repl (with --repl).")
  var backend: BackendChoice = .native

  @OptionGroup var lean: LeanOptions

  @Flag(help: "Replace the sorries of the files with the proofs found.")
  var write = false

  @Flag(help: "Print the report as JSON.")
  var json = false

  @Option(help: ArgumentHelp("Append the labelled states of every search to this JSON Lines file.", valueName: "file"))
  var traces: String?

  @Option(help: ArgumentHelp("A value model trained by 'prover train-value'.", valueName: "file"))
  var value: String?

  @Option(
    help: ArgumentHelp(
      "Premises for rw/apply/exact: JSON Lines with name and statement (default: the native prelude).",
      valueName: "file"))
  var premises: String?

  @Option(
    help: ArgumentHelp("Tactic statistics: read as priors if the file exists, then updated.", valueName: "file"))
  var statistics: String?

  @Flag(help: "Keep every step of a found proof (no minimisation).")
  var noMinimize = false

  func run() async throws {
    let (paths, missing) = LeanFiles.expand(self.paths)
    var inputErrors = missing.map { "\($0): error: no such file or directory" }
    var files: [SourceFile] = []
    for path in paths {
      do { files.append(try SourceFile.read(path: path)) } catch { inputErrors.append(error.description) }
    }
    var configuration = ProverConfiguration(
      strategy: strategy.makeStrategy(), budget: SearchBudget(expansions: budget, seconds: timeout),
      minimizes: !noMinimize, collectsTraces: traces != nil)
    configuration.tacticLimit =
      tacticTimeout <= 0 && tacticHeartbeats <= 0
      ? nil
      : TacticLimit(
        heartbeats: tacticHeartbeats > 0 ? tacticHeartbeats : Int.max, seconds: tacticTimeout > 0 ? tacticTimeout : nil)
    do {
      if let value { configuration.valueModel = try LearnedValueModel.load(path: value) }
      if let premises {
        configuration.premises = try PremiseIndex.load(jsonLines: premises)
      } else {
        let lemmas = Prelude.core.lemmas
        configuration.premises = PremiseIndex(leanSource: Prelude.coreSource) { lemmas[$0] != nil }
      }
      if let statistics, FileManager.default.fileExists(atPath: statistics) {
        configuration.statistics = try TacticStatistics.load(path: statistics)
      }
    } catch {
      inputErrors.append("error: \(error)")
    }
    guard inputErrors.isEmpty, jobs >= 1, budget >= 1, tacticTimeout >= 0, tacticHeartbeats >= 0 else {
      for problem in inputErrors { standardError(problem) }
      if jobs < 1 || budget < 1 { standardError("error: --jobs and --budget must be at least 1") }
      if tacticTimeout < 0 || tacticHeartbeats < 0 {
        standardError("error: --tactic-timeout and --tactic-heartbeats must not be negative")
      }
      throw ExitCode(2)
    }
    let factory: @Sendable () async throws -> any ProofBackend
    do {
      factory = try backend.factory(lean: lean)
    } catch {
      standardError("error: \(error)")
      throw ExitCode(3)
    }
    let cancellation = SearchCancellation()
    let interrupt = InterruptHandler(cancellation: cancellation)
    let progress = ProgressLine(enabled: !json)
    let report = await ProofRun.run(
      files: files, prover: Prover(configuration: configuration), jobs: jobs, makeBackend: factory,
      cancellation: cancellation, progress: { progress.show($0) })
    progress.finish()
    interrupt.stop()
    try finish(report, previousStatistics: configuration.statistics, interrupted: cancellation.isCancelled)
  }

  func finish(_ report: ProofRun.Report, previousStatistics: TacticStatistics, interrupted: Bool) throws {
    let results = report.files.flatMap(\.results)
    if json {
      print(ProveReport(report, interrupted: interrupted).json)
    } else {
      for file in report.files {
        if file.results.isEmpty { print("\(file.file.path): no sorry to prove") }
        for result in file.results { print(Self.describe(result)) }
      }
      let proved = results.filter { $0.status == .proved }.count
      let unsupported = results.filter { $0.status == .unsupported }.count
      let errors = results.filter { $0.status == .error }.count
      let refuted = results.filter { $0.status == .refuted }.count
      let expansions = results.reduce(0) { $0 + $1.expansions }
      print(
        "\(results.count) holes: \(proved) proved, \(results.count - proved - unsupported - errors) not proved"
          + (refuted > 0 ? " (\(refuted) refuted)" : "") + ", "
          + "\(unsupported) unsupported" + (errors > 0 ? ", \(errors) in declarations with errors" : "")
          + "; \(expansions) expansions in "
          + String(format: "%.1f", report.seconds) + " s" + (interrupted ? " (interrupted)" : ""))
    }
    for failure in report.files.flatMap(\.backendFailures) { standardError("error: \(failure)") }
    if write {
      for file in report.files where file.results.contains(where: { $0.status == .proved }) {
        try AtomicWrite.replace(file.file.path, with: file.splicedText)
      }
    }
    if let traces {
      try appendTraces(report.traces, to: traces)
    }
    if let statistics {
      var merged = previousStatistics
      merged.merge(report.statistics)
      try merged.save(path: statistics)
    }
    if report.files.contains(where: { !$0.backendFailures.isEmpty }) { throw ExitCode(3) }
    if results.contains(where: { $0.status != .proved }) { throw ExitCode(1) }
  }

  func appendTraces(_ records: [TraceRecord], to path: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var text = ""
    for record in records { text += String(decoding: try encoder.encode(record), as: UTF8.self) + "\n" }
    if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
    guard let handle = FileHandle(forWritingAtPath: path) else {
      throw ValidationError("cannot write traces to \(path)")
    }
    handle.seekToEndOfFile()
    handle.write(Data(text.utf8))
    handle.closeFile()
  }

  static func describe(_ result: TheoremResult) -> String {
    let place = "\(result.file):\(result.line):\(result.column)"
    let cost = "\(result.expansions) expansions, " + String(format: "%.2f", result.seconds) + " s"
    switch result.status {
    case .proved:
      let proof = (result.proof ?? []).map { "    " + $0 }.joined(separator: "\n")
      return "\(place): proved \(result.name) (\(cost))\n\(proof)"
    case .refuted:
      guard let counterexample = result.counterexample, !counterexample.bindings.isEmpty else {
        return "\(place): refuted \(result.name) (\(cost)): the goal at this sorry evaluates to False"
      }
      return "\(place): refuted \(result.name) (\(cost)): the goal at this sorry is false for \(counterexample) "
        + "(every hypothesis holds, the target does not)"
    case .failed:
      return "\(place): not proved \(result.name) (\(cost))" + (result.message.map { ": \($0)" } ?? "")
    case .unsupported:
      return result.message ?? "\(place): unsupported: \(result.name)"
    case .error:
      guard let message = result.message else { return "\(place): error: \(result.name)" }
      return "\(message)\n    (so the sorry of \(result.name) at \(place) was not searched)"
    }
  }
}

func standardError(_ line: String) {
  FileHandle.standardError.write(Data((line + "\n").utf8))
}
