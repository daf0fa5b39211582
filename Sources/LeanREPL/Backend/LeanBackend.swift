import ProverCore

/// `ProofBackend` over a pool of real Lean REPL processes.
///
/// `load` splits off the file header, pins the file to one worker of that header (its search tree
/// stays there, since proof-state ids are local to a process), elaborates the body in the header
/// environment and returns every `sorry` as a proof state. The returned environment is that header
/// environment, which every restart rebuilds, so it never expires. `run` sends one tactic and
/// classifies the reply by LEAN-REPL.md §1.6. `check` elaborates a whole declaration in command
/// mode and accepts it only with no error and no `sorry`.
///
/// Logical ids map to (worker, incarnation, REPL id), so a restart never lets an old id name a
/// different state. Each proof state also remembers how it was made (the loaded body and the index
/// of its `sorry`, or its parent and tactic). When its worker was restarted (after a timeout, say),
/// the state is rebuilt by replaying that path in the new incarnation, and it is used only if the
/// replayed goals are exactly the recorded ones; otherwise it is reported as expired.
public actor LeanBackend: ProofBackend {
  private struct EnvironmentRecord {
    var worker: ReplWorkerID
  }

  /// How a proof state was made, so that it can be made again after its worker restarted.
  private enum Origin {
    case hole(load: Int, index: Int)
    case step(parent: ProofStateID, tactic: String)
  }

  private struct StateRecord {
    var reference: ReplNodeReference
    var origin: Origin
    /// The goals as the REPL printed them; a rebuilt state must show exactly these.
    var goals: [String]
  }

  private struct LoadRecord {
    var worker: ReplWorkerID
    var body: String
    /// The logical proof state of each of the REPL's sorries, in its order.
    var holes: [ProofStateID?]
  }

  public nonisolated let pool: ReplPool
  /// The file name used in diagnostics.
  public nonisolated let fileName: String
  /// Whether a proof state whose worker restarted is rebuilt by replay (otherwise it expires).
  public nonisolated let rebuildsExpiredStates: Bool
  private var environments: [Int: EnvironmentRecord] = [:]
  private var states: [Int: StateRecord] = [:]
  private var loads: [LoadRecord] = []
  private var nextEnvironment = 0
  private var nextProofState = 0

  public init(pool: ReplPool, fileName: String = "<input>", rebuildsExpiredStates: Bool = true) {
    self.pool = pool
    self.fileName = fileName
    self.rebuildsExpiredStates = rebuildsExpiredStates
  }

  public init(configuration: ReplPoolConfiguration, fileName: String = "<input>", rebuildsExpiredStates: Bool = true) {
    self.init(
      pool: ReplPool(configuration: configuration), fileName: fileName, rebuildsExpiredStates: rebuildsExpiredStates)
  }

  /// Where a proof state lives, for inspection and tests.
  public func reference(for state: ProofStateID) -> ReplNodeReference? {
    states[state.rawValue]?.reference
  }

  public func load(_ source: String, context: EnvironmentID?) async throws(LeanBackendError) -> LoadResult {
    let worker: ReplWorkerID
    let environment: EnvironmentID
    let body: String
    let lineShift: Int
    if let context {
      guard let record = environments[context.rawValue] else { throw .unknownEnvironment(context) }
      worker = record.worker
      environment = context
      body = source
      lineShift = 0
    } else {
      let split = SourceHeader(splitting: source)
      worker = await pool.beginTree(header: split.header)
      environment = EnvironmentID(nextEnvironment)
      nextEnvironment += 1
      environments[environment.rawValue] = EnvironmentRecord(worker: worker)
      body = split.body
      lineShift = split.lineCount
    }
    let reply: ReplReply
    do {
      reply = try await pool.sendInHeaderEnvironment(body, to: worker)
    } catch {
      throw .replUnavailable(error)
    }
    guard case .command(let response) = reply.response else {
      throw .unexpectedReply(Self.summary(of: reply.response))
    }
    let lines = SourceLineIndex(source)
    var holes: [Hole] = []
    var load = LoadRecord(worker: worker, body: body, holes: [])
    for (index, sorry) in response.sorries.enumerated() {
      guard let replState = sorry.proofState else {
        load.holes.append(nil)
        continue
      }
      let id = ProofStateID(nextProofState)
      nextProofState += 1
      load.holes.append(id)
      states[id.rawValue] = StateRecord(
        reference: ReplNodeReference(worker: worker, incarnation: reply.incarnation, replID: replState),
        origin: .hole(load: loads.count, index: index), goals: [sorry.goal])
      let range = Self.range(sorry.pos, sorry.endPos, lineShift: lineShift, lines: lines)
      holes.append(
        Hole(
          declarationName: Self.declarationName(before: range.start.line, in: source), range: range,
          state: ProofState(id: id, goals: [Self.goal(sorry.goal)])))
    }
    loads.append(load)
    let diagnostics = response.messages.map { diagnostic($0, lineShift: lineShift, lines: lines) }
    return LoadResult(environment: environment, holes: holes, diagnostics: diagnostics)
  }

  public func run(_ tactic: String, on state: ProofStateID) async throws(LeanBackendError) -> TacticOutcome {
    guard var reference = states[state.rawValue]?.reference else { throw .unknownProofState(state) }
    var rebuilt = false
    var reply: ReplReply
    while true {
      do {
        reply = try await pool.send(
          .tactic(TacticRequest(tactic: tactic, proofState: reference.replID)), to: reference.worker,
          incarnation: reference.incarnation)
        break
      } catch {
        switch error {
        case .staleIncarnation(_, let current):
          guard rebuildsExpiredStates, !rebuilt else { throw .proofStateExpired(state) }
          rebuilt = true
          reference = try await rebuild(state, in: current)
        case .timeout: return .timeout
        case .spawnFailed, .headerFailed, .shutDown, .cancelled, .unsendable: throw .replUnavailable(error)
        case .exited, .memoryLimit, .replyTooLarge, .invalidReply, .unexpectedReply, .mismatchedReply, .writeFailed:
          return .failure(TacticFailure(message: "the REPL failed on this tactic: \(error)"))
        }
      }
    }
    switch StepClassification(classifying: reply.response) {
    case .proved(let replState):
      let id = issue(
        reference, replState: replState, incarnation: reply.incarnation, from: state, by: tactic, goals: [])
      return .success(ProofState(id: id, goals: []))
    case .progress(let replState, let goals):
      let id = issue(
        reference, replState: replState, incarnation: reply.incarnation, from: state, by: tactic, goals: goals)
      return .success(ProofState(id: id, goals: goals.map(Self.goal)))
    case .failed(let reason):
      return .failure(TacticFailure(message: reason))
    }
  }

  /// Makes `state` again in incarnation `incarnation` of its worker by replaying how it was made,
  /// and returns its new reference; fails with `proofStateExpired` unless every replayed step
  /// gives exactly the recorded goals.
  private func rebuild(_ state: ProofStateID, in incarnation: Int) async throws(LeanBackendError)
    -> ReplNodeReference
  {
    guard let record = states[state.rawValue] else { throw .unknownProofState(state) }
    if record.reference.incarnation == incarnation { return record.reference }
    switch record.origin {
    case .hole(let loadIndex, _):
      let load = loads[loadIndex]
      guard let reply = try? await pool.sendInHeaderEnvironment(load.body, to: load.worker),
        reply.incarnation == incarnation, case .command(let response) = reply.response,
        response.sorries.count == load.holes.count
      else { throw .proofStateExpired(state) }
      for (sorry, hole) in zip(response.sorries, load.holes) {
        guard let hole, let replID = sorry.proofState, var holeRecord = states[hole.rawValue],
          holeRecord.goals == [sorry.goal]
        else { continue }
        holeRecord.reference = ReplNodeReference(worker: load.worker, incarnation: incarnation, replID: replID)
        states[hole.rawValue] = holeRecord
      }
    case .step(let parent, let tactic):
      let parentReference: ReplNodeReference
      do {
        parentReference = try await rebuild(parent, in: incarnation)
      } catch {
        throw .proofStateExpired(state)
      }
      guard
        let reply = try? await pool.send(
          .tactic(TacticRequest(tactic: tactic, proofState: parentReference.replID)), to: parentReference.worker,
          incarnation: incarnation)
      else { throw .proofStateExpired(state) }
      let replayed: (replState: Int, goals: [String])
      switch StepClassification(classifying: reply.response) {
      case .proved(let replState): replayed = (replState, [])
      case .progress(let replState, let goals): replayed = (replState, goals)
      case .failed: throw .proofStateExpired(state)
      }
      guard var current = states[state.rawValue], current.goals == replayed.goals else {
        throw .proofStateExpired(state)
      }
      current.reference = ReplNodeReference(
        worker: parentReference.worker, incarnation: incarnation, replID: replayed.replState)
      states[state.rawValue] = current
    }
    guard let reference = states[state.rawValue]?.reference, reference.incarnation == incarnation else {
      throw .proofStateExpired(state)
    }
    return reference
  }

  public func check(_ declaration: String, context: EnvironmentID?) async throws(LeanBackendError) -> CheckResult {
    let worker: ReplWorkerID
    let body: String
    let lineShift: Int
    var pinned = false
    if let context {
      guard let record = environments[context.rawValue] else { throw .unknownEnvironment(context) }
      worker = record.worker
      body = declaration
      lineShift = 0
    } else {
      let split = SourceHeader(splitting: declaration)
      worker = await pool.beginTree(header: split.header)
      pinned = true
      body = split.body
      lineShift = split.lineCount
    }
    let lines = SourceLineIndex(declaration)
    let start = SourceLocation(file: fileName, position: lines.position(line: lineShift + 1, column: 0))
    guard body.contains(where: { !$0.isWhitespace }) else {
      if pinned { await pool.endTree(worker) }
      return CheckResult(
        accepted: false, diagnostics: [Diagnostic(category: .input, location: start, message: "nothing to check")])
    }
    let reply: ReplReply
    do {
      reply = try await pool.sendInHeaderEnvironment(body, to: worker)
      if pinned { await pool.endTree(worker) }
    } catch {
      if pinned { await pool.endTree(worker) }
      switch error {
      case .spawnFailed, .headerFailed, .shutDown, .cancelled, .unsendable: throw .replUnavailable(error)
      default:
        return CheckResult(
          accepted: false, diagnostics: [Diagnostic(category: .elaboration, location: start, message: "\(error)")])
      }
    }
    guard case .command(let response) = reply.response else {
      return CheckResult(
        accepted: false,
        diagnostics: [Diagnostic(category: .elaboration, location: start, message: Self.summary(of: reply.response))])
    }
    var diagnostics = response.messages.map { diagnostic($0, lineShift: lineShift, lines: lines) }
    let usesSorry =
      !response.sorries.isEmpty
      || response.messages.contains { $0.data.contains("declaration uses") && $0.data.contains("sorry") }
    if usesSorry, !response.messages.contains(where: { $0.data.contains("sorry") }) {
      diagnostics.append(Diagnostic(category: .elaboration, location: start, message: "the declaration contains sorry"))
    }
    return CheckResult(accepted: !response.hasError && !usesSorry, diagnostics: diagnostics)
  }

  /// Ends the search tree that `load` pinned to a worker, so the worker may be recycled.
  public func release(_ environment: EnvironmentID) async {
    guard let record = environments.removeValue(forKey: environment.rawValue) else { return }
    await pool.endTree(record.worker)
  }

  /// Stops every REPL process.
  public func shutdown() async {
    await pool.shutdown()
  }

  private func issue(
    _ parent: ReplNodeReference, replState: Int, incarnation: Int, from state: ProofStateID, by tactic: String,
    goals: [String]
  ) -> ProofStateID {
    let id = ProofStateID(nextProofState)
    nextProofState += 1
    states[id.rawValue] = StateRecord(
      reference: ReplNodeReference(worker: parent.worker, incarnation: incarnation, replID: replState),
      origin: .step(parent: state, tactic: tactic), goals: goals)
    return id
  }

  private nonisolated func diagnostic(_ message: ReplMessage, lineShift: Int, lines: SourceLineIndex) -> Diagnostic {
    let severity: Diagnostic.Severity
    switch message.severity {
    case .error: severity = .error
    case .warning: severity = .warning
    case .info, .trace: severity = .info
    }
    let range = Self.range(message.pos, message.endPos, lineShift: lineShift, lines: lines)
    return Diagnostic(
      severity: severity, category: .elaboration, location: SourceLocation(file: fileName, range: range),
      message: message.data)
  }

  private static func range(_ pos: ReplPosition?, _ endPos: ReplPosition?, lineShift: Int, lines: SourceLineIndex)
    -> SourceRange
  {
    guard let pos, pos.line > 0 else { return SourceRange(at: lines.position(line: lineShift + 1, column: 0)) }
    let start = lines.position(line: pos.line + lineShift, column: pos.column)
    guard let endPos, endPos.line > 0 else { return SourceRange(at: start) }
    return SourceRange(start: start, end: lines.position(line: endPos.line + lineShift, column: endPos.column))
  }

  /// Lean's goal text as a `Goal`; text without a `⊢` line is kept whole as the target.
  static func goal(_ text: String) -> Goal {
    Goal(leanText: text) ?? Goal(hypotheses: [], target: text)
  }

  /// The name of the nearest declaration that starts at or above `line` (nil for `example`), read
  /// from the source text as a best effort.
  static func declarationName(before line: Int, in source: String) -> String? {
    let keywords: Set<Substring> = ["theorem", "lemma", "def", "abbrev", "instance", "example"]
    let allLines = source.split(separator: "\n", omittingEmptySubsequences: false)
    var index = min(line, allLines.count) - 1
    while index >= 0 {
      let words = allLines[index].split(whereSeparator: { $0 == " " || $0 == "\t" })
      if let position = words.firstIndex(where: { keywords.contains($0) }) {
        if words[position] == "example" || position + 1 >= words.count { return nil }
        return String(words[position + 1])
      }
      index -= 1
    }
    return nil
  }

  private static func summary(of response: ReplResponse) -> String {
    switch response {
    case .error(let message): return message
    case .command: return "a command response"
    case .proofStep: return "a proof-step response"
    }
  }
}
