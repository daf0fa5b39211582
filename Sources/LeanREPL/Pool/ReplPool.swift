/// Warm REPL workers grouped by file header (N per header, started on demand or by `prewarm`).
/// A search tree is pinned to one worker with `beginTree`, since proof-state ids are local to a
/// process. Workers are recycled after a number of requests or above a memory threshold once no
/// tree uses them; each process restarts with back-off after faults and replays its header.
public actor ReplPool {
  private struct Worker {
    var process: ReplProcess
    var activeTrees = 0
    var recyclePending = false
  }

  public nonisolated let configuration: ReplPoolConfiguration
  private var workers: [String: [Worker]] = [:]
  /// Workers recycled so far (for statistics and tests).
  public private(set) var recycledCount = 0

  public init(configuration: ReplPoolConfiguration) {
    self.configuration = configuration
  }

  /// The header as the pool keys it: trailing blank lines and spaces removed.
  public nonisolated static func key(forHeader header: String) -> String {
    var text = Substring(header)
    while let last = text.last, last.isWhitespace { text.removeLast() }
    return String(text)
  }

  private func makeWorker(header: String) -> Worker {
    var processConfiguration = configuration.process
    processConfiguration.header = header
    return Worker(process: ReplProcess(launch: configuration.launch, configuration: processConfiguration))
  }

  /// Pins a new search tree to a worker of `header`: a new worker while fewer than N exist,
  /// otherwise the one with the fewest trees (workers that failed last are avoided).
  public func beginTree(header: String) async -> ReplWorkerID {
    let key = Self.key(forHeader: header)
    var list = workers[key, default: []]
    if list.count < configuration.workersPerHeader {
      list.append(makeWorker(header: key))
      list[list.count - 1].activeTrees = 1
      workers[key] = list
      return ReplWorkerID(header: key, index: list.count - 1)
    }
    var best = 0
    var bestScore = Int.max
    for (index, worker) in list.enumerated() {
      let failing = await worker.process.consecutiveFailures > 0
      let score = worker.activeTrees + (failing ? 1_000_000 : 0)
      if score < bestScore {
        best = index
        bestScore = score
      }
    }
    workers[key]?[best].activeTrees += 1
    return ReplWorkerID(header: key, index: best)
  }

  /// Releases a tree pinned with `beginTree`; a worker due for recycling is recycled once free.
  public func endTree(_ worker: ReplWorkerID) async {
    guard var entry = workers[worker.header]?[worker.index] else { return }
    entry.activeTrees = max(0, entry.activeTrees - 1)
    workers[worker.header]?[worker.index] = entry
    if entry.activeTrees == 0, entry.recyclePending { await recycle(worker) }
  }

  /// Starts all N workers of `header` (and waits for their header command).
  public func prewarm(header: String) async throws(ReplProcessError) {
    let key = Self.key(forHeader: header)
    var list = workers[key, default: []]
    while list.count < configuration.workersPerHeader { list.append(makeWorker(header: key)) }
    workers[key] = list
    let processes = list.map(\.process)
    let failures = await withTaskGroup(of: ReplProcessError?.self) { group in
      for process in processes {
        group.addTask { () async -> ReplProcessError? in
          do throws(ReplProcessError) {
            try await process.start()
            return nil
          } catch {
            return error
          }
        }
      }
      var failures: [ReplProcessError] = []
      for await failure in group { if let failure { failures.append(failure) } }
      return failures
    }
    if let first = failures.first { throw first }
  }

  /// The process of a worker.
  public func process(_ worker: ReplWorkerID) throws(ReplProcessError) -> ReplProcess {
    guard let entry = workers[worker.header]?[worker.index] else { throw .shutDown }
    return entry.process
  }

  /// Sends a request to a worker; `incarnation` guards ids from an earlier incarnation.
  public func send(_ request: ReplRequest, to worker: ReplWorkerID, incarnation: Int?, timeout: Duration? = nil)
    async throws(ReplProcessError) -> ReplReply
  {
    let process = try process(worker)
    let reply = try await process.send(request, incarnation: incarnation, timeout: timeout)
    await noteServed(worker, reply: reply)
    return reply
  }

  /// Runs a command in a worker's header environment.
  public func sendInHeaderEnvironment(
    _ cmd: String, to worker: ReplWorkerID, options: CommandOptions = CommandOptions(), timeout: Duration? = nil
  ) async throws(ReplProcessError) -> ReplReply {
    let process = try process(worker)
    let reply = try await process.sendInHeaderEnvironment(cmd, options: options, timeout: timeout)
    await noteServed(worker, reply: reply)
    return reply
  }

  /// Memory is read from `/proc` after every this many requests of a worker (reading it costs more
  /// than a request to a fast backend).
  static let memoryCheckInterval = 16

  /// Marks a worker for recycling when it passed its request count or memory threshold, and
  /// recycles it at once when no tree uses it.
  private func noteServed(_ worker: ReplWorkerID, reply: ReplReply) async {
    guard let entry = workers[worker.header]?[worker.index], !entry.recyclePending else { return }
    var due = false
    if let limit = configuration.recycleAfterRequests, reply.requestsServed >= limit { due = true }
    if !due, let limit = configuration.recycleAboveBytes, reply.requestsServed % Self.memoryCheckInterval == 0,
      let resident = await entry.process.residentBytes(), resident > limit
    {
      due = true
    }
    guard due else { return }
    workers[worker.header]?[worker.index].recyclePending = true
    if workers[worker.header]?[worker.index].activeTrees == 0 { await recycle(worker) }
  }

  private func recycle(_ worker: ReplWorkerID) async {
    guard let entry = workers[worker.header]?[worker.index] else { return }
    workers[worker.header]?[worker.index].recyclePending = false
    recycledCount += 1
    await entry.process.restart()
  }

  /// Shuts every worker down and waits until their processes are reaped.
  public func shutdown() async {
    let all = workers.values.flatMap { $0.map(\.process) }
    workers = [:]
    for process in all { await process.shutdown() }
  }
}
