import LeanSyntax
import ProverCore

/// Proves the holes of many files with `jobs` workers. Each worker owns its backend (made by the
/// factory, so no lock is shared between jobs), loads each file it meets once, and takes the next
/// declaration from a shared queue, longest expected first (`expectedCost`), so that a slow
/// declaration does not start last and hold the run up alone. Results come back in file and
/// source order.
public enum ProofRun {
  /// What the run reports while it goes.
  public struct Progress: Sendable {
    public var done: Int
    public var total: Int
    public var proved: Int
    /// The declaration a worker just started or finished.
    public var current: String
    public var elapsed: Double
  }

  /// The results of one file, with its text after splicing the proved holes.
  public struct FileReport: Sendable {
    public var file: SourceFile
    public var results: [TheoremResult]
    public var splicedText: String
    /// Problems with the backend (it could not be started, or could not load the file).
    public var backendFailures: [String]
  }

  /// Everything a run produced.
  public struct Report: Sendable {
    public var files: [FileReport]
    public var traces: [TraceRecord]
    public var statistics: TacticStatistics
    public var seconds: Double
  }

  struct Item: Sendable {
    var file: Int
    var declaration: Int
  }

  actor Queue {
    var items: [Item]
    var next = 0
    var done = 0
    var proved = 0
    var results: [Int: [TheoremResult]] = [:]
    var failures: [Int: [String]] = [:]
    var traces: [TraceRecord] = []
    var statistics = TacticStatistics()

    init(items: [Item]) { self.items = items }

    func take() -> Item? {
      guard next < items.count else { return nil }
      next += 1
      return items[next - 1]
    }

    func finish(
      _ item: Item, results newResults: [TheoremResult], traces newTraces: [TraceRecord],
      statistics newStatistics: TacticStatistics, failure: String?
    ) -> (done: Int, proved: Int) {
      done += 1
      proved += newResults.filter { $0.status == .proved }.count
      results[item.file, default: []] += newResults
      traces += newTraces
      statistics.merge(newStatistics)
      if let failure, !(failures[item.file]?.contains(failure) ?? false) {
        failures[item.file, default: []].append(failure)
      }
      return (done, proved)
    }
  }

  public static func run(
    files: [SourceFile], prover: Prover, jobs: Int,
    makeBackend: @escaping @Sendable () async throws -> any ProofBackend,
    cancellation: SearchCancellation = SearchCancellation(),
    progress: @escaping @Sendable (Progress) -> Void = { _ in }
  ) async -> Report {
    let clock = ContinuousClock()
    let start = clock.now
    var items: [Item] = []
    for (fileIndex, file) in files.enumerated() {
      for declaration in Set(file.holes.map(\.declarationIndex)).sorted() {
        items.append(Item(file: fileIndex, declaration: declaration))
      }
    }
    let total = items.count
    let costs = items.map { expectedCost(files[$0.file], $0.declaration) }
    let queue = Queue(items: items.indices.sorted { (costs[$0], $1) > (costs[$1], $0) }.map { items[$0] })
    await withTaskGroup(of: Void.self) { group in
      for _ in 0..<max(1, min(jobs, max(total, 1))) {
        group.addTask {
          await work(files: files, prover: prover, queue: queue, makeBackend: makeBackend, cancellation: cancellation) {
            item, done, proved in
            progress(
              Progress(
                done: done, total: total, proved: proved,
                current: files[item.file].declarations[item.declaration].label,
                elapsed: Prover.seconds(clock.now - start)))
          }
        }
      }
    }
    var reports: [FileReport] = []
    let allResults = await queue.results
    let failures = await queue.failures
    for (index, file) in files.enumerated() {
      let results = (allResults[index] ?? []).sorted { $0.holeIndex < $1.holeIndex }
      let scripts = Dictionary(
        uniqueKeysWithValues: results.compactMap { result in result.proof.map { (result.holeIndex, $0) } })
      let text = ProofSplicer.apply(Prover.edits(scripts, in: file), to: file.text)
      reports.append(
        FileReport(file: file, results: results, splicedText: text, backendFailures: failures[index] ?? []))
    }
    return Report(
      files: reports, traces: await queue.traces, statistics: await queue.statistics,
      seconds: Prover.seconds(clock.now - start))
  }

  /// A guess at how long a declaration's search takes, from its statement alone: its length, with
  /// every digit of a numeral weighing as much as a line, since large numerals make large terms
  /// (`2 ^ 64` unfolds into thousands of nodes) that every tactic call must traverse.
  public static func expectedCost(_ file: SourceFile, _ declaration: Int) -> Int {
    let statement = file.text(of: file.declarations[declaration].signatureRange)
    return statement.unicodeScalars.reduce(0) { cost, scalar in
      cost + (("0"..."9").contains(scalar) ? 64 : 1)
    }
  }

  static func work(
    files: [SourceFile], prover: Prover, queue: Queue, makeBackend: @Sendable () async throws -> any ProofBackend,
    cancellation: SearchCancellation, report: @Sendable (Item, Int, Int) -> Void
  ) async {
    var backend: (any ProofBackend)?
    var backendError: String?
    var loads: [Int: Result<LoadResult, BackendFailure>] = [:]
    while let item = await queue.take() {
      let file = files[item.file]
      if backend == nil, backendError == nil {
        do { backend = try await makeBackend() } catch { backendError = "cannot start the backend: \(error)" }
      }
      var outcome = Prover.DeclarationOutcome(results: [], traces: [], statistics: TacticStatistics())
      var failure = backendError
      if let backend {
        if loads[item.file] == nil {
          do {
            loads[item.file] = .success(try await backend.load(file.text, context: nil))
          } catch {
            loads[item.file] = .failure(
              BackendFailure(message: "\(file.path): the backend could not load the file: \(error)"))
          }
        }
        switch loads[item.file]! {
        case .success(let load):
          outcome = await prover.prove(
            declaration: item.declaration, of: file, load: load, backend: backend, cancellation: cancellation)
        case .failure(let error):
          failure = error.message
        }
      }
      if let failure {
        outcome.results = failedResults(item, file: file, message: failure)
      }
      let counts = await queue.finish(
        item, results: outcome.results, traces: outcome.traces, statistics: outcome.statistics, failure: failure)
      report(item, counts.done, counts.proved)
    }
  }

  struct BackendFailure: Error {
    var message: String
  }

  static func failedResults(_ item: Item, file: SourceFile, message: String) -> [TheoremResult] {
    file.holes.indices.filter { file.holes[$0].declarationIndex == item.declaration }.map { index in
      TheoremResult(
        file: file.path, name: file.declarations[item.declaration].label, holeIndex: index,
        line: file.holes[index].range.start.line, column: file.holes[index].range.start.column, status: .error,
        message: message)
    }
  }
}
