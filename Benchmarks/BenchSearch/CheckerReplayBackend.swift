import Foundation
import LeanSyntax
import NativeChecker
import ProofSearch
import ProverCore

/// A `ProofBackend` over the native checker's whole-declaration `FileChecker`, for measuring the
/// search on real exercises before the incremental native backend exists. A proof state is a hole
/// and the tactics run so far; running a tactic re-checks the declaration with those tactics in
/// place of the `sorry` and reads the goals from the checker's `unsolved goals` error. It is
/// faithful (every answer is the checker's) but slow: each tactic replays its whole prefix.
actor CheckerReplayBackend: GoalFocusingBackend {
  struct Record {
    var file: SourceFile
    var hole: Int
    var prefix: [String]
    var goals: [Goal]
    /// For a focused goal: the header of a theorem stating it, checked instead of the hole.
    var standalone: String?
  }

  var records: [Record] = []
  let checker = FileChecker()

  func load(_ source: String, context: EnvironmentID?) async throws -> LoadResult {
    let file = SourceFile(text: source)
    var holes: [Hole] = []
    let variables = Self.variableHypotheses(file)
    for (index, hole) in file.holes.enumerated() where hole.position == .tactic {
      let declaration = file.declarations[hole.declarationIndex]
      guard file.holes(inDeclaration: hole.declarationIndex).count == 1,
        let signature = file.parseBody(of: declaration).signature
      else { continue }
      let hypotheses =
        variables
        + signature.binders.map { Hypothesis(names: $0.names, type: $0.type.map(Printer.print) ?? "Nat") }
      let goal = Goal(hypotheses: hypotheses, target: Printer.print(signature.type))
      records.append(Record(file: file, hole: index, prefix: [], goals: [goal]))
      let state = ProofState(id: ProofStateID(records.count - 1), goals: [goal])
      holes.append(Hole(declarationName: declaration.fullName, range: hole.range, state: state))
    }
    return LoadResult(environment: EnvironmentID(0), holes: holes, diagnostics: file.diagnostics)
  }

  func run(_ tactic: String, on state: ProofStateID) async throws -> TacticOutcome {
    guard state.rawValue < records.count else { return .failure(TacticFailure(message: "unknown proof state")) }
    var record = records[state.rawValue]
    record.prefix.append(tactic)
    let hole = record.file.holes[record.hole]
    let text: String
    if let standalone = record.standalone {
      text = standalone + "\n" + record.prefix.map { "  " + $0 }.joined(separator: "\n") + "\n"
    } else {
      text = CheckText.build(
        file: record.file, declaration: hole.declarationIndex,
        edits: [ProofSplicer.edit(for: hole, script: record.prefix)])
    }
    guard let verdict = checker.check(SourceFile(text: text)).last else {
      return .failure(TacticFailure(message: "nothing checked"))
    }
    let id = ProofStateID(records.count)
    switch verdict.status {
    case .accepted:
      record.goals = []
      records.append(record)
      return .success(ProofState(id: id, goals: []))
    case .rejected:
      guard verdict.diagnostics.count == 1, let message = verdict.diagnostics.first?.message,
        message.hasPrefix("unsolved goals\n")
      else { return .failure(TacticFailure(message: verdict.diagnostics.first?.message ?? "rejected")) }
      let goals = message.dropFirst("unsolved goals\n".count).components(separatedBy: "\n\n").compactMap {
        Goal(leanText: $0)
      }
      guard !goals.isEmpty else { return .failure(TacticFailure(message: message)) }
      record.goals = goals
      records.append(record)
      return .success(ProofState(id: id, goals: goals))
    case .unsupported, .sorry:
      return .failure(
        TacticFailure(message: verdict.diagnostics.first?.message ?? "unsupported", unsupported: true))
    }
  }

  func check(_ declaration: String, context: EnvironmentID?) async throws -> CheckResult {
    let verdicts = checker.check(SourceFile(text: declaration))
    let accepted = !verdicts.isEmpty && verdicts.allSatisfy { $0.status == .accepted }
    return CheckResult(accepted: accepted, diagnostics: verdicts.flatMap(\.diagnostics))
  }

  /// A state holding goal `index` of `state`, checked as a theorem of its own whose binders are
  /// the goal's hypotheses (inaccessible names `x✝` become `x_✝n`-free names `x_n`).
  func focus(_ state: ProofStateID, goal index: Int) async throws -> ProofState {
    guard state.rawValue < records.count, records[state.rawValue].goals.indices.contains(index) else {
      throw TacticFailure(message: "no goal \(index) in \(state)")
    }
    var record = records[state.rawValue]
    var goal = record.goals[index]
    var renamed = goal.description
    var counter = 0
    for name in goal.hypotheses.flatMap(\.names) where name.contains("✝") {
      counter += 1
      renamed = renamed.replacingOccurrences(of: name, with: name.replacingOccurrences(of: "✝", with: "_\(counter)"))
    }
    goal = Goal(leanText: renamed) ?? goal
    goal.caseTag = nil
    let binders = goal.hypotheses.map { "(\($0.names.joined(separator: " ")) : \($0.type))" }.joined(separator: " ")
    let header = record.file.header.filter { $0.kind == .import || $0.kind == .open || $0.kind == .setOption }
      .map(\.text).joined(separator: "\n")
    record.standalone = header + "\ntheorem focused_goal \(binders) : \(goal.target) := by"
    record.prefix = []
    record.goals = [goal]
    records.append(record)
    return ProofState(id: ProofStateID(records.count - 1), goals: [goal])
  }

  /// The binders of the file's `variable` commands, as hypotheses.
  static func variableHypotheses(_ file: SourceFile) -> [Hypothesis] {
    var result: [Hypothesis] = []
    for item in file.header where item.kind == .variable {
      let binders = item.text.dropFirst("variable".count)
      let fake = SourceFile(text: "theorem fake\(binders) : True := trivial")
      guard let declaration = fake.declarations.first, let signature = fake.parseBody(of: declaration).signature
      else { continue }
      result += signature.binders.map { Hypothesis(names: $0.names, type: $0.type.map(Printer.print) ?? "Nat") }
    }
    return result
  }
}
