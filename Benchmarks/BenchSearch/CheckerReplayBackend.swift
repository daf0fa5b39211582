import LeanSyntax
import NativeChecker
import ProofSearch
import ProverCore

/// A `ProofBackend` over the native checker's whole-declaration `FileChecker`, for measuring the
/// search on real exercises before the incremental native backend exists. A proof state is a hole
/// and the tactics run so far; running a tactic re-checks the declaration with those tactics in
/// place of the `sorry` and reads the goals from the checker's `unsolved goals` error. It is
/// faithful (every answer is the checker's) but slow: each tactic replays its whole prefix.
actor CheckerReplayBackend: ProofBackend {
  struct Record {
    var file: SourceFile
    var hole: Int
    var prefix: [String]
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
      records.append(Record(file: file, hole: index, prefix: []))
      let state = ProofState(
        id: ProofStateID(records.count - 1),
        goals: [Goal(hypotheses: hypotheses, target: Printer.print(signature.type))])
      holes.append(Hole(declarationName: declaration.fullName, range: hole.range, state: state))
    }
    return LoadResult(environment: EnvironmentID(0), holes: holes, diagnostics: file.diagnostics)
  }

  func run(_ tactic: String, on state: ProofStateID) async throws -> TacticOutcome {
    guard state.rawValue < records.count else { return .failure(TacticFailure(message: "unknown proof state")) }
    var record = records[state.rawValue]
    record.prefix.append(tactic)
    let hole = record.file.holes[record.hole]
    let text = CheckText.build(
      file: record.file, declaration: hole.declarationIndex,
      edits: [ProofSplicer.edit(for: hole, script: record.prefix)])
    guard let verdict = checker.check(SourceFile(text: text)).last else {
      return .failure(TacticFailure(message: "nothing checked"))
    }
    records.append(record)
    let id = ProofStateID(records.count - 1)
    switch verdict.status {
    case .accepted:
      return .success(ProofState(id: id, goals: []))
    case .rejected:
      guard verdict.diagnostics.count == 1, let message = verdict.diagnostics.first?.message,
        message.hasPrefix("unsolved goals\n")
      else { return .failure(TacticFailure(message: verdict.diagnostics.first?.message ?? "rejected")) }
      let goals = message.dropFirst("unsolved goals\n".count).components(separatedBy: "\n\n").compactMap {
        Goal(leanText: $0)
      }
      guard !goals.isEmpty else { return .failure(TacticFailure(message: message)) }
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
