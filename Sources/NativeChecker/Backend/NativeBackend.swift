import Kernel
import LeanSyntax
import ProverCore

/// The native checker behind the `ProofBackend` protocol: `load` elaborates a file and returns a
/// proof state for every `sorry` (term holes and `sorry` tactics, also in the middle of a proof),
/// `run` applies a tactic to a stored state, and `check` checks a declaration end to end. Each
/// backend is an actor with its own tables; run several for parallel search.
public actor NativeBackend: ProofBackend {
  private struct StoredState {
    var state: TacticState
    var environment: Environment
    /// The goal the state was rooted at, whose theorem a finished proof must give.
    var root: GoalState
  }

  private var environments: [Int: Environment] = [:]
  private var states: [Int: StoredState] = [:]
  private var nextEnvironment = 0
  private var nextState = 0

  public init() {}

  /// How many proof states the backend holds.
  public var stateCount: Int { states.count }

  public func load(_ source: String, context: EnvironmentID?) async throws -> LoadResult {
    let file = SourceFile(text: source, path: "<input>")
    var session = FileSession(file: file)
    if let context {
      guard let environment = environments[context.rawValue] else {
        throw CheckError.elaboration("unknown environment \(context.rawValue)", at: nil)
      }
      session.environment = environment
    }
    var holes: [Hole] = []
    var diagnostics = file.diagnostics
    for item in session.items {
      switch item {
      case .header(let header):
        if let error = session.environment.apply(header) {
          diagnostics.append(error.diagnostic(file: file.path, fallback: header.range))
        }
      case .declaration(let index):
        let declaration = file.declarations[index]
        if file.holes(inDeclaration: index).isEmpty {
          let verdict = session.check(index)
          diagnostics += verdict.diagnostics
          continue
        }
        do {
          holes += try holeStates(file, declaration, index, session.environment)
        } catch {
          diagnostics.append(error.diagnostic(file: file.path, fallback: declaration.keywordRange))
        }
      }
    }
    let id = nextEnvironment
    nextEnvironment += 1
    environments[id] = session.environment
    return LoadResult(environment: EnvironmentID(id), holes: holes, diagnostics: diagnostics)
  }

  private func store(_ state: TacticState, _ environment: Environment, root: GoalState) -> ProofState {
    let id = nextState
    nextState += 1
    states[id] = StoredState(state: state, environment: environment, root: root)
    let printer = GoalPrinter(mathlib: environment.blackboardNotation)
    return ProofState(id: ProofStateID(id), goals: state.goals.map { printer.goal($0) })
  }

  private func holeStates(
    _ file: SourceFile, _ declaration: Declaration, _ index: Int, _ environment: Environment
  ) throws(CheckError) -> [Hole] {
    let parse = file.parseBody(of: declaration)
    if let diagnostic = parse.diagnostics.first {
      throw CheckError(
        diagnostic.category == .unsupported ? .unsupported : .elaboration, diagnostic.message,
        range: diagnostic.location.range, construct: diagnostic.construct)
    }
    guard let signature = parse.signature, let proof = parse.proof else {
      throw .elaboration("the declaration has no proof", at: declaration.keywordRange)
    }
    let mentioned = Set(file.tokens[declaration.bodyTokenRange].map(\.text))
    let statement = try DeclarationStatement(signature, environment: environment, mentioned: mentioned)
    var found: [(SourceRange, TacticState)] = []
    switch proof {
    case .term(let term):
      guard case .sorry = term.kind else {
        throw .unsupported("a sorry inside a proof term", at: term.range)
      }
      found.append((term.range, TacticState(goal: statement.goal)))
    case .tactics(let block):
      let recorder = SorryRecorder()
      let runner = TacticRunner(environment: environment, sorryRecorder: recorder)
      _ = try? runner.run(block, on: TacticState(goal: statement.goal))
      found = recorder.states.map { ($0.range, $0.state) }
    }
    return found.compactMap { range, state in
      guard let goal = state.goals.first else { return nil }
      return Hole(
        declarationName: declaration.fullName, range: range, state: store(state, environment, root: goal))
    }
  }

  public func run(_ tactic: String, on state: ProofStateID) async throws -> TacticOutcome {
    guard let stored = states[state.rawValue] else {
      return .failure(TacticFailure(message: "unknown proof state \(state.rawValue)"))
    }
    let parsed = Parser.parseTactics(tactic)
    guard let block = parsed.value else {
      let diagnostic = parsed.diagnostics.first
      return .failure(
        TacticFailure(
          message: diagnostic?.message ?? "syntax error", unsupported: diagnostic?.category == .unsupported))
    }
    let runner = TacticRunner(environment: stored.environment)
    let next: TacticState
    do {
      next = try runner.run(block, on: stored.state)
      if next.goals.isEmpty {
        let theorem = try next.justify([])
        guard theorem.conclusion == stored.root.target else {
          return .failure(TacticFailure(message: "kernel replay failed: the proof proves another proposition"))
        }
      }
    } catch {
      return .failure(TacticFailure(message: error.message, unsupported: error.kind == .unsupported))
    }
    return .success(store(next, stored.environment, root: stored.root))
  }

  public func check(_ declaration: String, context: EnvironmentID?) async throws -> CheckResult {
    let file = SourceFile(text: declaration, path: "<input>")
    var session = FileSession(file: file)
    if let context, let environment = environments[context.rawValue] {
      session.environment = environment
    }
    let verdicts = session.checkAll()
    let accepted = !verdicts.isEmpty && verdicts.allSatisfy { $0.status == .accepted } && file.diagnostics.isEmpty
    return CheckResult(accepted: accepted, diagnostics: file.diagnostics + verdicts.flatMap(\.diagnostics))
  }

  /// Forgets a proof state (the search prunes what it will not expand again).
  public func release(_ state: ProofStateID) {
    states[state.rawValue] = nil
  }
}
