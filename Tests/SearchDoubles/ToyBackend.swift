import LeanSyntax
import ProverCore

/// A deterministic, embedded `ProofBackend` for tests and benchmarks: it reads theorems with
/// LeanSyntax, turns each tactic `sorry` into a goal built from the signature, runs tactics with
/// `ToyRules`, and checks a declaration by replaying its tactic script (with `·` blocks) from the
/// statement. It accepts only what its sound rules prove.
public actor ToyBackend: ProofBackend {
  var states: [[Goal]] = []
  public private(set) var runCount = 0
  public private(set) var checkCount = 0

  public init() {}

  public func load(_ source: String, context: EnvironmentID?) async throws -> LoadResult {
    let file = SourceFile(text: source)
    var holes: [Hole] = []
    for hole in file.holes where hole.position == .tactic {
      let declaration = file.declarations[hole.declarationIndex]
      guard let goal = Self.statement(of: declaration, in: file) else { continue }
      holes.append(Hole(declarationName: declaration.fullName, range: hole.range, state: store([goal])))
    }
    return LoadResult(environment: EnvironmentID(0), holes: holes, diagnostics: file.diagnostics)
  }

  public func run(_ tactic: String, on state: ProofStateID) async throws -> TacticOutcome {
    runCount += 1
    guard state.rawValue < states.count else { return .failure(TacticFailure(message: "unknown proof state")) }
    return Self.step(tactic, states[state.rawValue]).map { .success(store($0)) }
      ?? .failure(
        TacticFailure(message: "tactic '\(tactic)' failed"))
  }

  public func check(_ declaration: String, context: EnvironmentID?) async throws -> CheckResult {
    checkCount += 1
    let file = SourceFile(text: declaration)
    let location = SourceLocation(file: "<check>", position: .start)
    guard let last = file.declarations.last, let goal = Self.statement(of: last, in: file),
      let value = last.valueRange, !declaration.contains("sorry")
    else {
      return CheckResult(
        accepted: false, diagnostics: [Diagnostic(category: .elaboration, location: location, message: "no proof")])
    }
    var script = file.text(of: value)
    guard script.hasPrefix("by") else {
      return CheckResult(
        accepted: false,
        diagnostics: [Diagnostic(category: .elaboration, location: location, message: "not a by block")])
    }
    script.removeFirst(2)
    let lines = script.split(separator: "\n").map(String.init).filter { $0.contains(where: { !$0.isWhitespace }) }
    let indent = lines.map { $0.prefix { $0 == " " }.count }.min() ?? 0
    let remaining = Self.replay(lines.map { String($0.dropFirst(indent)) }, [goal])
    guard remaining == [] else {
      return CheckResult(
        accepted: false,
        diagnostics: [Diagnostic(category: .tactic, location: location, message: "unsolved goals or a failed tactic")])
    }
    return CheckResult(accepted: true, diagnostics: [])
  }

  func store(_ goals: [Goal]) -> ProofState {
    states.append(goals)
    return ProofState(id: ProofStateID(states.count - 1), goals: goals)
  }

  func goals(of state: ProofStateID) -> [Goal]? {
    state.rawValue < states.count ? states[state.rawValue] : nil
  }

  /// Runs one tactic on the first goal; nil when it fails.
  static func step(_ tactic: String, _ goals: [Goal]) -> [Goal]? {
    guard let first = goals.first else { return nil }
    guard case .goals(let produced) = ToyRules.apply(tactic.trimmingCharacters(), to: first) else { return nil }
    return produced + goals.dropFirst()
  }

  /// Replays a script (one tactic per line, `·` blocks indented by two); nil when a step fails or a
  /// `·` block leaves its goal open.
  static func replay(_ lines: [String], _ start: [Goal]) -> [Goal]? {
    var goals = start
    var index = 0
    while index < lines.count {
      let line = lines[index]
      index += 1
      if line.hasPrefix("induction "), line.hasSuffix(" with") {
        var alternatives: [(pattern: String, body: [String])] = []
        while index < lines.count, lines[index].hasPrefix("| "), let arrow = lines[index].range(of: " =>") {
          let pattern = String(
            lines[index][lines[index].index(lines[index].startIndex, offsetBy: 2)..<arrow.lowerBound])
          index += 1
          var body: [String] = []
          while index < lines.count, lines[index].hasPrefix("  ") {
            body.append(String(lines[index].dropFirst(2)))
            index += 1
          }
          alternatives.append((pattern, body))
        }
        let holes = alternatives.map { "| \($0.pattern) => ?_" }.joined(separator: " ")
        guard let opened = step(line + " " + holes, goals), opened.count >= alternatives.count else { return nil }
        for (offset, alternative) in alternatives.enumerated() {
          guard replay(alternative.body, [opened[offset]]) == [] else { return nil }
        }
        goals = Array(opened.dropFirst(alternatives.count))
      } else if line.hasPrefix("· ") {
        var block = [String(line.dropFirst(2))]
        while index < lines.count, lines[index].hasPrefix("  ") {
          block.append(String(lines[index].dropFirst(2)))
          index += 1
        }
        guard let first = goals.first, replay(block, [first]) == [] else { return nil }
        goals.removeFirst()
      } else {
        guard let next = step(line, goals) else { return nil }
        goals = next
      }
    }
    return goals
  }

  /// The goal a declaration states: its binders as hypotheses and its type as the target.
  static func statement(of declaration: Declaration, in file: SourceFile) -> Goal? {
    guard let signature = file.parseBody(of: declaration).signature else { return nil }
    var hypotheses: [Hypothesis] = []
    for binder in signature.binders {
      hypotheses.append(Hypothesis(names: binder.names, type: binder.type.map(Printer.print) ?? "Nat"))
    }
    return Goal(hypotheses: hypotheses, target: Printer.print(signature.type))
  }
}

extension String {
  func trimmingCharacters() -> String { Substring(self).trimmingCharacters() }
}
