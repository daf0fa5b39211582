import ProverCore

/// A test double of a proof backend, small but real: a goal `⊢ count n` is a counter, the tactic
/// `dec` lowers it by one (and fails at 0), `done` closes it at 0 (and fails otherwise), and
/// anything else is an unknown tactic. `load` makes one proof state per `sorry`, whose counter is
/// the number after the nearest `count` before it; `check` accepts text that has neither `sorry`
/// nor `bad`. Environments and proof states are numbered from 100 and 500, so that tests can tell
/// the backend's ids from the REPL ids the server hands out.
actor CounterBackend: ProofBackend {
  struct Unknown: Error, CustomStringConvertible {
    var description: String
  }

  private var counters: [Int: Int] = [:]
  private var nextState = 500
  private var nextEnvironment = 100
  private(set) var contexts: [EnvironmentID?] = []

  func load(_ source: String, context: EnvironmentID?) async throws -> LoadResult {
    contexts.append(context)
    var holes: [Hole] = []
    var diagnostics: [Diagnostic] = []
    var lastCount = 0
    var offset = 0
    for (lineIndex, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let text = String(line)
      if let range = text.range(of: "count "), let value = Int(text[range.upperBound...].prefix(while: \.isNumber)) {
        lastCount = value
      }
      var search = text.startIndex
      while let found = text.range(of: "sorry", range: search..<text.endIndex) {
        let column = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
        let byte = text.utf8.distance(from: text.utf8.startIndex, to: found.lowerBound)
        let start = SourcePosition(offset: offset + byte, line: lineIndex + 1, column: column)
        let end = SourcePosition(offset: offset + byte + 5, line: lineIndex + 1, column: column + 5)
        let id = issue(lastCount)
        holes.append(
          Hole(
            declarationName: nil, range: SourceRange(start: start, end: end),
            state: ProofState(id: id, goals: [Self.goal(lastCount)])))
        diagnostics.append(
          Diagnostic(
            severity: .warning, category: .elaboration,
            location: SourceLocation(file: "<input>", range: SourceRange(start: start, end: end)),
            message: "declaration uses `sorry`"))
        search = found.upperBound
      }
      offset += line.utf8.count + 1
    }
    let environment = EnvironmentID(nextEnvironment)
    nextEnvironment += 1
    return LoadResult(environment: environment, holes: holes, diagnostics: diagnostics)
  }

  func run(_ tactic: String, on state: ProofStateID) async throws -> TacticOutcome {
    guard let value = counters[state.rawValue] else { throw Unknown(description: "unknown \(state)") }
    switch tactic {
    case "dec":
      guard value > 0 else { return .failure(TacticFailure(message: "dec: the counter is already 0")) }
      return .success(ProofState(id: issue(value - 1), goals: [Self.goal(value - 1)]))
    case "done":
      guard value == 0 else { return .failure(TacticFailure(message: "done: the counter is \(value), not 0")) }
      return .success(ProofState(id: issue(0), goals: []))
    default:
      return .failure(TacticFailure(message: "<input>:1:1: unknown tactic"))
    }
  }

  func check(_ declaration: String, context: EnvironmentID?) async throws -> CheckResult {
    CheckResult(accepted: !declaration.contains("sorry") && !declaration.contains("bad"), diagnostics: [])
  }

  private func issue(_ value: Int) -> ProofStateID {
    let id = ProofStateID(nextState)
    nextState += 1
    counters[id.rawValue] = value
    return id
  }

  static func goal(_ value: Int) -> Goal {
    Goal(hypotheses: [], target: "count \(value)")
  }
}
