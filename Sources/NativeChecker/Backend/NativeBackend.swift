import DecisionProcedures
import Kernel
import LeanSyntax
import ProverCore

/// The native checker behind the `ProofBackend` protocol, answering as the Lean REPL does: `load`
/// elaborates a file and returns a proof state for every `sorry` (term holes and `sorry` tactics,
/// also nested in `have … := by sorry` or `calc` steps) with Lean's ``declaration uses `sorry` ``
/// warning, `step` applies a tactic to a stored state and reports the sorries it introduced, the
/// errors Lean would log and the proof status, and `check` checks a declaration end to end. Each
/// backend is an actor with its own tables; run several for parallel search.
public actor NativeBackend: ProofBackend {
  struct StoredState {
    var state: TacticState
    var environment: Environment
    /// The goal the state was rooted at, whose theorem a finished proof must give.
    var root: GoalState
    /// Whether the proof so far uses `sorry` (written, or put in by error recovery).
    var containsSorry: Bool
    /// Whether the state was rooted at a `sorry` met in tactic mode: the real REPL reports every
    /// finished proof of such a state as containing metavariables.
    var rootedAtTacticSorry: Bool
    /// The names of the declaration the state is in: inside its own proof, Lean reads them as a
    /// recursive reference, which the native fragment does not have.
    var ownNames: Set<String> = []
  }

  private var environments: [Int: Environment] = [:]
  var states: [Int: StoredState] = [:]
  private var nextEnvironment = 0
  private var nextState = 0
  /// Parsed tactic texts: the search runs the same few tactics on many states.
  private var parsedTactics: [String: ParseResult<TacticBlock>] = [:]
  /// Printed goals: the search meets the same goal in many states.
  private var printedGoals: [PrintedGoalKey: Goal] = [:]
  /// The section variables in scope in each environment, for Lean's unused-variables linter.
  private var sectionScopes: [Int: SectionVariableScope] = [:]
  /// The limit of each tactic call (`run`, `step`), none unless a search sets one.
  var tacticLimit: TacticLimit?
  /// The normal forms of the backend's tactic calls (search states share goals).
  private let conversions = ConversionCache()

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
    var diagnostics: [Diagnostic] = []
    var scope = context.flatMap { sectionScopes[$0.rawValue] } ?? SectionVariableScope()
    // The file's syntax errors go where Lean reports them: with the command they lie in, after the
    // messages of the commands before it.
    var syntaxErrors = file.diagnostics.enumerated().sorted {
      ($0.element.location.range.start.offset, $0.offset) < ($1.element.location.range.start.offset, $1.offset)
    }.map(\.element)[...]
    for item in session.items {
      let start = session.startOffset(of: item)
      while let first = syntaxErrors.first, first.location.range.start.offset <= start {
        diagnostics.append(first)
        syntaxErrors.removeFirst()
      }
      switch item {
      case .header(let header):
        if header.kind == .other, header.text.hasPrefix("#") {
          let command = header.text.prefix { !$0.isWhitespace }
          diagnostics.append(
            Diagnostic(
              category: .unsupported, location: file.location(header.range),
              message: "outside the native fragment: \(command) (its output is Lean's)", construct: String(command)))
        }
        let error = session.environment.apply(header)
        if let error { diagnostics.append(error.diagnostic(file: file.path, fallback: header.range)) }
        if header.kind == .variable {
          let hasErrors =
            error != nil
            || file.diagnostics.contains {
              $0.severity == .error && header.range.byteRange.contains($0.location.range.start.offset)
            }
          diagnostics += SectionVariableLint.warnings(for: header, in: file, scope: scope, hasErrors: hasErrors)
        }
        scope.apply(header, in: file)
      case .declaration(let index):
        let declaration = file.declarations[index]
        if file.holes(inDeclaration: index).isEmpty {
          diagnostics += session.check(index).diagnostics.map { Self.recursion($0, Self.names(of: declaration)) }
          continue
        }
        let loaded = loadWithHoles(file, index, session.environment)
        holes += loaded.holes
        diagnostics += loaded.diagnostics.map { Self.recursion($0, Self.names(of: declaration)) }
      }
    }
    diagnostics += syntaxErrors
    let id = nextEnvironment
    nextEnvironment += 1
    environments[id] = session.environment
    sectionScopes[id] = scope.forNextCommand
    return LoadResult(environment: EnvironmentID(id), holes: holes, diagnostics: diagnostics)
  }

  /// Elaborates a declaration that contains `sorry`: a proof state for each `sorry` met, in the
  /// order Lean meets them, the errors of the rest of the proof, and Lean's warning when there is
  /// no error. The declaration is not added to the environment.
  private func loadWithHoles(
    _ file: SourceFile, _ index: Int, _ environment: Environment
  ) -> (holes: [Hole], diagnostics: [Diagnostic]) {
    let declaration = file.declarations[index]
    let recorder = SorryRecorder()
    do {
      try elaborateWithHoles(file, declaration, environment, recorder)
    } catch {
      let diagnostic = error.diagnostic(file: file.path, fallback: declaration.keywordRange)
      guard error.kind != .unsupported else { return ([], [diagnostic]) }
      return (holes(recorder, declaration, environment), [diagnostic])
    }
    let found = holes(recorder, declaration, environment)
    guard !found.isEmpty else { return ([], []) }
    let warning = Diagnostic(
      severity: .warning, category: .tactic, location: file.location(Self.sorryWarningRange(file, declaration)),
      message: "declaration uses `sorry`")
    return (found, [warning])
  }

  private func elaborateWithHoles(
    _ file: SourceFile, _ declaration: Declaration, _ environment: Environment, _ recorder: SorryRecorder
  ) throws(CheckError) {
    let (statement, proof) = try DeclarationStatement.read(declaration, of: file, environment: environment)
    let range = declaration.valueRange ?? declaration.keywordRange
    let theorem: Theorem
    switch proof {
    case .term(let term):
      var elaborator = Elaborator(environment: environment, context: statement.goal.context)
      elaborator.sorryRecorder = recorder
      theorem = try elaborator.proof(term, expected: statement.goal.target)
    case .tactics(let block):
      let runner = TacticRunner(environment: environment, sorryRecorder: recorder)
      let final = try runner.run(block, on: TacticState(goal: statement.goal))
      guard final.goals.isEmpty else {
        throw .tactic("unsolved goals\n" + runner.printer.text(final.goals), at: range)
      }
      theorem = try final.justify([])
    }
    guard theorem.conclusion == statement.goal.target else {
      throw .tactic("kernel replay failed: the proof proves another proposition", at: range)
    }
  }

  private static func names(of declaration: Declaration) -> Set<String> {
    Set([declaration.name, declaration.fullName].compactMap { $0 })
  }

  /// The name of the declaration being proved, used in its own proof: Lean elaborates it as a
  /// recursive reference (and then fails to show termination, or the kernel finds a free variable),
  /// which is outside the native fragment; natively it is an unknown identifier.
  private static func recursiveName(_ message: String, _ names: Set<String>) -> String? {
    names.first { message == "Unknown identifier `\($0)`" }
  }

  private static func recursion(_ diagnostic: Diagnostic, _ names: Set<String>) -> Diagnostic {
    guard let name = recursiveName(diagnostic.message, names) else { return diagnostic }
    var result = diagnostic
    result.category = .unsupported
    result.message = "outside the native fragment: '\(name)' used in its own proof (a recursive reference)"
    result.construct = name
    return result
  }

  /// Where Lean puts ``declaration uses `sorry` ``: on the declaration's name, or on the `example`
  /// keyword.
  private static func sorryWarningRange(_ file: SourceFile, _ declaration: Declaration) -> SourceRange {
    let nameIndex = declaration.bodyTokenRange.lowerBound - 1
    if declaration.name != nil, file.tokens.indices.contains(nameIndex) {
      return file.tokens[nameIndex].range
    }
    let keyword = file.tokens.first { $0.range.start.offset == declaration.keywordRange.start.offset }
    return keyword?.range ?? declaration.keywordRange
  }

  private func holes(_ recorder: SorryRecorder, _ declaration: Declaration, _ environment: Environment) -> [Hole] {
    recorder.states.compactMap { range, state in
      guard let goal = state.goals.first else { return nil }
      let stored = StoredState(
        state: state, environment: environment, root: goal, containsSorry: false, rootedAtTacticSorry: false,
        ownNames: Self.names(of: declaration))
      return Hole(declarationName: declaration.fullName, range: range, state: store(stored))
    }
  }

  func store(_ stored: StoredState) -> ProofState {
    let id = nextState
    nextState += 1
    states[id] = stored
    let mathlib = stored.environment.blackboardNotation
    let factorialNotation = stored.environment.factorialNotation
    let printer = GoalPrinter(mathlib: mathlib, factorialNotation: factorialNotation)
    var goals: [Goal] = []
    for goal in stored.state.goals {
      let key = PrintedGoalKey(goal, mathlib: mathlib, factorialNotation: factorialNotation)
      if let printed = printedGoals[key] {
        goals.append(printed)
        continue
      }
      let printed = printer.goal(goal)
      if printedGoals.count >= 1 << 14 { printedGoals.removeAll() }
      printedGoals[key] = printed
      goals.append(printed)
    }
    return ProofState(id: ProofStateID(id), goals: goals)
  }

  public func run(_ tactic: String, on state: ProofStateID) async throws -> TacticOutcome {
    switch advance(tactic, on: state) {
    case .step(let step): return step.outcome
    case .failure(let failure): return .failure(failure)
    case .timeout: return .timeout
    }
  }

  public func step(_ tactic: String, on state: ProofStateID) async throws -> TacticStepOutcome {
    advance(tactic, on: state)
  }

  private func advance(_ tactic: String, on state: ProofStateID) -> TacticStepOutcome {
    guard let tacticLimit else {
      return ConversionCache.$current.withValue(conversions) { advanceUnlimited(tactic, on: state) }
    }
    let budget = TacticBudget(heartbeats: tacticLimit.heartbeats, seconds: tacticLimit.seconds)
    let outcome = TacticBudget.$current.withValue(budget) {
      ConversionCache.$current.withValue(conversions) { advanceUnlimited(tactic, on: state) }
    }
    guard budget.isExhausted else { return outcome }
    return .failure(TacticFailure(message: Self.budgetMessage(tacticLimit, spent: budget.spentHeartbeats)))
  }

  /// The failure of a call stopped by its limit; it starts with `TacticBudget.message`.
  static func budgetMessage(_ limit: TacticLimit, spent: Int) -> String {
    let deadline = limit.seconds.map { " or \($0) s" } ?? ""
    let cause = spent > limit.heartbeats ? "\(limit.heartbeats) heartbeats" : "the deadline"
    return "\(TacticBudget.message): the call ran past \(cause) (limit \(limit.heartbeats) heartbeats\(deadline))"
  }

  private func advanceUnlimited(_ tactic: String, on state: ProofStateID) -> TacticStepOutcome {
    guard let stored = states[state.rawValue] else {
      return .failure(TacticFailure(message: "unknown proof state \(state.rawValue)"))
    }
    let parsed: ParseResult<TacticBlock>
    if let cached = parsedTactics[tactic] {
      parsed = cached
    } else {
      parsed = Parser.parseTactics(tactic)
      if parsedTactics.count > 4096 { parsedTactics.removeAll() }
      parsedTactics[tactic] = parsed
    }
    guard let block = parsed.value else {
      let diagnostic = parsed.diagnostics.first
      return .failure(
        TacticFailure(
          message: diagnostic?.message ?? "syntax error", unsupported: diagnostic?.category == .unsupported))
    }
    let recorder = SorryRecorder()
    let runner = TacticRunner(environment: stored.environment, sorryRecorder: recorder)
    do {
      let next = try runner.run(block, on: stored.state)
      let suggestions = recorder.suggestions.map {
        Diagnostic(
          severity: .info, category: .tactic,
          location: SourceLocation(file: "<input>", range: SourceRange(start: Self.noPosition, end: Self.noPosition)),
          message: $0)
      }
      return .step(try finish(next, from: stored, sorries: recorder, messages: suggestions))
    } catch {
      if let name = Self.recursiveName(error.message, stored.ownNames) {
        return .failure(
          TacticFailure(
            message: "outside the native fragment: '\(name)' used in its own proof (a recursive reference)",
            unsupported: true))
      }
      guard Self.isLogged(error) else {
        return .failure(TacticFailure(message: error.message, unsupported: error.kind == .unsupported))
      }
      guard let goal = stored.state.goals.first,
        let placeholder = try? goal.admitted()
      else {
        return .failure(TacticFailure(message: error.message))
      }
      let recovered = stored.state.replacing(0, with: []) { (_) throws(CheckError) -> Theorem in placeholder }
      let message = Diagnostic(
        category: error.kind == .elaboration ? .elaboration : .tactic,
        location: SourceLocation(file: "<input>", range: SourceRange(start: Self.noPosition, end: Self.noPosition)),
        message: error.message)
      var withSorry = stored
      withSorry.containsSorry = true
      do {
        return .step(try finish(recovered, from: withSorry, sorries: recorder, messages: [message]))
      } catch {
        return .failure(TacticFailure(message: error.message))
      }
    }
  }

  /// Where messages of tactic mode point (the real REPL gives line 0, column 0).
  private static let noPosition = SourcePosition(offset: 0, line: 0, column: 0)

  /// Errors Lean's elaborator logs and recovers from (putting in `sorry`), so that the REPL answers
  /// with a new proof state and the error in `messages`; every other error is thrown, and the REPL
  /// answers `{"message": "Lean error: …"}`.
  private static func isLogged(_ error: CheckError) -> Bool {
    error.kind == .elaboration || (error.kind == .tactic && error.message.hasPrefix("unsolved goals"))
  }

  /// Stores the state after a tactic and computes its proof status as the REPL does: open goals;
  /// else the kernel check of the root goal's proof, then metavariables, then `sorry`.
  private func finish(
    _ next: TacticState, from stored: StoredState, sorries recorder: SorryRecorder, messages: [Diagnostic]
  ) throws(CheckError) -> TacticStep {
    let sorries = recorder.states.compactMap { _, state -> ProofState? in
      guard let goal = state.goals.first else { return nil }
      return store(
        StoredState(
          state: state, environment: stored.environment, root: goal, containsSorry: false, rootedAtTacticSorry: true,
          ownNames: stored.ownNames))
    }
    let containsSorry = stored.containsSorry || !recorder.states.isEmpty
    let status: TacticStepStatus
    if !next.goals.isEmpty {
      status = .openGoals
    } else if !(try Self.replays(next, on: stored.root, admitting: containsSorry)) {
      status = .kernelError("(kernel) the proof proves another proposition than the root goal")
    } else if stored.rootedAtTacticSorry {
      status = .containsMetavariables
    } else {
      status = containsSorry ? .containsSorry : .completed
    }
    var nextStored = stored
    nextStored.state = next
    nextStored.containsSorry = containsSorry
    return TacticStep(state: store(nextStored), sorries: sorries, messages: messages, status: status)
  }

  /// Whether a finished state's proof gives the root goal's target and rests only on the root
  /// goal's hypotheses, besides the assumptions that stand for `sorry` when the proof has one.
  private static func replays(_ state: TacticState, on root: GoalState, admitting sorry: Bool) throws(CheckError)
    -> Bool
  {
    let theorem = try state.justify([])
    guard theorem.conclusion == root.target else { return false }
    let context = Set(root.context.hypotheses)
    return sorry || theorem.hypotheses.allSatisfy { context.contains($0) }
  }

  public func check(_ declaration: String, context: EnvironmentID?) async throws -> CheckResult {
    let file = SourceFile(text: declaration, path: "<input>")
    var session = FileSession(file: file)
    if let context, let environment = environments[context.rawValue] {
      session.environment = environment
    }
    let verdicts = session.checkAll(extendsEnvironmentAtEnd: false)
    let accepted = !verdicts.isEmpty && verdicts.allSatisfy { $0.status == .accepted } && file.diagnostics.isEmpty
    return CheckResult(accepted: accepted, diagnostics: file.diagnostics + verdicts.flatMap(\.diagnostics))
  }

  /// Forgets a proof state (the search prunes what it will not expand again).
  public func release(_ state: ProofStateID) {
    states[state.rawValue] = nil
  }
}
