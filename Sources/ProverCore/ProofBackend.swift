/// A `sorry` hole found when a backend loads a source text, with the proof state that stands for it.
public struct Hole: Hashable, Sendable {
  /// The declaration the hole is in (`nil` for an `example`).
  public var declarationName: String?
  /// Where the `sorry` token is in the loaded text.
  public var range: SourceRange
  public var state: ProofState

  public init(declarationName: String?, range: SourceRange, state: ProofState) {
    self.declarationName = declarationName
    self.range = range
    self.state = state
  }
}

/// The result of loading a source text into a backend.
public struct LoadResult: Hashable, Sendable {
  public var environment: EnvironmentID
  public var holes: [Hole]
  public var diagnostics: [Diagnostic]

  public init(environment: EnvironmentID, holes: [Hole], diagnostics: [Diagnostic]) {
    self.environment = environment
    self.holes = holes
    self.diagnostics = diagnostics
  }
}

/// The verdict of checking one complete declaration.
public struct CheckResult: Hashable, Sendable {
  /// True only when the declaration elaborated with no error and contains no `sorry`.
  public var accepted: Bool
  public var diagnostics: [Diagnostic]

  public init(accepted: Bool, diagnostics: [Diagnostic]) {
    self.accepted = accepted
    self.diagnostics = diagnostics
  }
}

/// A proof checker that the search drives: the native checker, a real Lean REPL, or a REPL served
/// by another `prover` process. Everything above the backends speaks only this protocol.
public protocol ProofBackend: Sendable {
  /// Elaborates a file header and declarations; returns an environment and a proof state for every
  /// `sorry`, with diagnostics. `context` is an environment to extend (nil for a fresh one).
  func load(_ source: String, context: EnvironmentID?) async throws -> LoadResult
  /// Runs one tactic on one proof state.
  func run(_ tactic: String, on state: ProofStateID) async throws -> TacticOutcome
  /// Runs one tactic on one proof state and reports everything the REPL would: sorries introduced,
  /// errors logged, the proof status. The default derives it from `run`.
  func step(_ tactic: String, on state: ProofStateID) async throws -> TacticStepOutcome
  /// Checks one complete declaration end to end (to confirm a found proof).
  func check(_ declaration: String, context: EnvironmentID?) async throws -> CheckResult
}

extension ProofBackend {
  public func step(_ tactic: String, on state: ProofStateID) async throws -> TacticStepOutcome {
    switch try await run(tactic, on: state) {
    case .success(let next): return .step(TacticStep(state: next, status: next.isSolved ? .completed : .openGoals))
    case .failure(let failure): return .failure(failure)
    case .timeout: return .timeout
    }
  }
}
