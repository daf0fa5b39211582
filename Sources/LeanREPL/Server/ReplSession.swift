import Foundation
import ProverCore

/// The REPL's state machine over any `ProofBackend`: it numbers environments and proof states the
/// way the real REPL does (two counters from 0, every id valid forever) and answers each request
/// with the real REPL's response shapes. Info trees, `allTactics`, `rootGoals` and pickling are not
/// provided by `ProofBackend`: the options are ignored and pickle requests get an error reply.
public struct ReplSession: Sendable {
  public let backend: any ProofBackend
  private var environments: [EnvironmentID] = []
  private var proofStates: [ProofStateID] = []

  public init(backend: any ProofBackend) {
    self.backend = backend
  }

  /// The reply to one request.
  public mutating func respond(to request: ReplRequest) async -> ReplResponse {
    switch request {
    case .command(let command):
      return await runCommand(command.cmd, env: command.env)
    case .file(let file):
      guard let data = FileManager.default.contents(atPath: file.path),
        let text = String(data: data, encoding: .utf8)
      else {
        return .error(message: "no such file or directory (error code: 2)\n  file: \(file.path)")
      }
      return await runCommand(text, env: file.env)
    case .tactic(let tactic):
      return await runTactic(tactic.tactic, proofState: tactic.proofState)
    case .pickle(.pickleEnvironment(let env, _)):
      guard environments.indices.contains(env) else { return .error(message: "Unknown environment.") }
      return Self.pickleUnsupported
    case .pickle(.pickleProofState(let state, _)):
      guard proofStates.indices.contains(state) else { return .error(message: "Unknown proof State.") }
      return Self.pickleUnsupported
    case .pickle(.unpickleProofState(_, let env?)) where !environments.indices.contains(env):
      return .error(message: "Unknown environment.")
    case .pickle:
      return Self.pickleUnsupported
    }
  }

  private static let pickleUnsupported = ReplResponse.error(
    message: "Lean error:\npickling is not supported by this backend")

  private mutating func runCommand(_ text: String, env: Int?) async -> ReplResponse {
    var context: EnvironmentID?
    if let env {
      guard environments.indices.contains(env) else { return .error(message: "Unknown environment.") }
      context = environments[env]
    }
    let result: LoadResult
    do {
      result = try await backend.load(text, context: context)
    } catch {
      return .error(message: "\(error)")
    }
    environments.append(result.environment)
    let sorries = result.holes.map { hole in
      ReplSorry(
        goal: hole.state.goals.map(\.description).joined(separator: "\n"), proofState: record(hole.state.id),
        pos: Self.position(hole.range.start), endPos: Self.position(hole.range.end))
    }
    return .command(
      CommandResponse(env: environments.count - 1, messages: result.diagnostics.map(Self.message), sorries: sorries))
  }

  private mutating func runTactic(_ tactic: String, proofState: Int) async -> ReplResponse {
    guard proofStates.indices.contains(proofState) else { return .error(message: "Unknown proof state.") }
    let outcome: TacticStepOutcome
    do {
      outcome = try await backend.step(tactic, on: proofStates[proofState])
    } catch {
      return .error(message: "Lean error:\n\(error)")
    }
    switch outcome {
    case .step(let step):
      // The real REPL numbers the sorries' proof states before the new state.
      let sorries = step.sorries.map { sorry in
        ReplSorry(goal: sorry.goals.map(\.description).joined(separator: "\n"), proofState: record(sorry.id))
      }
      return .proofStep(
        ProofStepResponse(
          proofState: record(step.state.id), goals: step.state.goals.map(\.description),
          messages: step.messages.map(Self.tacticMessage), sorries: sorries, proofStatus: Self.status(step.status)))
    case .failure(let failure):
      let text = failure.unsupported ? Self.outsideFragment(failure.message) : failure.message
      return .error(message: "Lean error:\n\(text)")
    case .timeout:
      return .error(message: "Lean error:\n(deterministic) timeout: the tactic did not finish within its budget")
    }
  }

  /// A refusal of the backend's fragment, worded so that a reader can tell it from a Lean error.
  private static func outsideFragment(_ message: String) -> String {
    message.contains("outside the native fragment") ? message : "outside the native fragment: " + message
  }

  private static func status(_ status: TacticStepStatus) -> ProofStatus {
    switch status {
    case .completed: return .completed
    case .openGoals: return .openGoals
    case .containsSorry: return .containsSorry
    case .containsMetavariables: return .containsMetavariables
    case .kernelError(let reason): return .error("kernel type check failed: " + reason)
    }
  }

  /// A message logged in tactic mode: the real REPL places it at line 0, column 0.
  private static func tacticMessage(_ diagnostic: Diagnostic) -> ReplMessage {
    var message = Self.message(diagnostic)
    message.pos = ReplPosition(line: 0, column: 0)
    message.endPos = ReplPosition(line: 0, column: 0)
    return message
  }

  private mutating func record(_ state: ProofStateID) -> Int {
    proofStates.append(state)
    return proofStates.count - 1
  }

  private static func position(_ position: SourcePosition) -> ReplPosition {
    ReplPosition(line: position.line, column: position.column)
  }

  private static func message(_ diagnostic: Diagnostic) -> ReplMessage {
    let severity: ReplMessage.Severity
    switch (diagnostic.category, diagnostic.severity) {
    case (.unsupported, _), (_, .error): severity = .error
    case (_, .warning): severity = .warning
    case (_, .info): severity = .info
    }
    return ReplMessage(
      severity: severity, pos: position(diagnostic.location.range.start),
      endPos: position(diagnostic.location.range.end),
      data: diagnostic.category == .unsupported ? outsideFragment(diagnostic.message) : diagnostic.message)
  }
}
