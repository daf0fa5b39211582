import Foundation
import LeanSyntax
import ProverCore

/// Turns Lean files into proofs: loads each file into a backend, searches every `sorry` of
/// a declaration (tactic or term holes) with the configured strategy, turns the proof into a script, minimises it, checks
/// the whole declaration with the script in place, and splices the accepted scripts into the text.
/// A hole is reported proved only after the backend's `check` accepted it.
public struct Prover: Sendable {
  public var configuration: ProverConfiguration

  public init(configuration: ProverConfiguration = ProverConfiguration()) {
    self.configuration = configuration
  }

  /// The results and traces of one declaration's holes.
  public struct DeclarationOutcome: Sendable {
    public var results: [TheoremResult]
    public var traces: [TraceRecord]
    public var statistics: TacticStatistics
  }

  /// The backend's holes matched to the file's holes: by position, then the remaining ones in
  /// source order within each declaration (a backend may place a nested `by sorry` at its `by`);
  /// nil where the backend gave none. A wrong pairing cannot prove anything: `check` decides.
  public static func matchHoles(_ file: SourceFile, _ load: LoadResult) -> [Hole?] {
    func key(_ range: SourceRange) -> SourcePosition {
      SourcePosition(offset: 0, line: range.start.line, column: range.start.column)
    }
    var byPosition: [SourcePosition: Int] = [:]
    for (index, hole) in load.holes.enumerated() { byPosition[key(hole.range)] = index }
    var used: Set<Int> = []
    var matched: [Hole?] = file.holes.map { hole in
      guard let index = byPosition[key(hole.range)] else { return nil }
      used.insert(index)
      return load.holes[index]
    }
    for (position, hole) in file.holes.enumerated() where matched[position] == nil {
      let declaration = file.declarations[hole.declarationIndex]
      let candidate = load.holes.indices.first { index in
        !used.contains(index) && load.holes[index].declarationName == declaration.fullName
          && load.holes[index].range.start.line >= declaration.range.start.line
          && load.holes[index].range.start.line <= declaration.range.end.line
      }
      if let candidate {
        used.insert(candidate)
        matched[position] = load.holes[candidate]
      }
    }
    return matched
  }

  /// Proves the holes of one declaration with a backend that has loaded the file.
  public func prove(
    declaration index: Int, of file: SourceFile, load: LoadResult, backend: any ProofBackend,
    cancellation: SearchCancellation = SearchCancellation()
  ) async -> DeclarationOutcome {
    let declaration = file.declarations[index]
    let holeIndices = file.holes.indices.filter { file.holes[$0].declarationIndex == index }
    let matched = Self.matchHoles(file, load)
    if let limiting = backend as? any TacticLimitingBackend { await limiting.limitTactics(configuration.tacticLimit) }
    var outcome = DeclarationOutcome(results: [], traces: [], statistics: TacticStatistics())
    let context = PolicyContext(
      importsMathlib: file.importsMathlib, premises: premises(before: index, in: file),
      statistics: configuration.statistics)
    var scripts: [Int: [String]] = [:]
    for holeIndex in holeIndices {
      let hole = file.holes[holeIndex]
      var result = TheoremResult(
        file: file.path, name: declaration.label, holeIndex: holeIndex, line: hole.range.start.line,
        column: hole.range.start.column, status: .failed)
      guard let backendHole = matched[holeIndex] else {
        let reason = load.diagnostics.first {
          $0.location.range.start.line >= declaration.range.start.line
            && $0.location.range.start.line <= declaration.range.end.line && $0.severity == .error
        }
        result.status = reason?.category == .unsupported || reason == nil ? .unsupported : .error
        result.message =
          reason.map { Self.relocated($0, to: file).description }
          ?? "\(file.location(hole.range)): the backend gave no proof state for this sorry"
        outcome.results.append(result)
        continue
      }
      let session = SearchSession(
        root: backendHole.state, backend: backend, policy: configuration.policy, valueModel: configuration.valueModel,
        context: context, budget: configuration.budget, cancellation: cancellation,
        splitsGoals: configuration.splitsGoals, checksInvariants: configuration.checksInvariants)
      await configuration.strategy.run(session)
      let tree = await session.tree
      result.expansions = await session.expansions
      result.backendCalls = await session.backendCalls
      result.seconds = await session.elapsed
      result.searchSeconds = result.seconds
      for attempt in await session.attempts {
        outcome.statistics.record(family: attempt.family, succeeded: attempt.succeeded)
      }
      if configuration.checksInvariants {
        let problems = await session.invariantFailures
        if !problems.isEmpty { result.message = "invariant violations: " + problems.prefix(3).joined(separator: "; ") }
      }
      if configuration.collectsTraces {
        outcome.traces += TraceRecord.records(from: tree, theorem: declaration.fullName ?? declaration.label)
      }
      if let lines = ProofScript.lines(in: tree) {
        scripts[holeIndex] = lines
      } else if let error = await session.backendErrors.first {
        result.message = "backend error: \(error)"
      } else if !cancellation.isCancelled, let refuting = backend as? any RefutingBackend,
        let refutation = await refuting.refute(backendHole.state.id)
      {
        result.status = .refuted
        result.counterexample = refutation
      }
      outcome.results.append(result)
    }
    let searched = outcome.results.filter { scripts[$0.holeIndex] != nil }
    guard !searched.isEmpty, searched.count == holeIndices.count else { return outcome }
    let started = ContinuousClock.now
    let verdict = await check(scripts, declaration: index, file: file, backend: backend)
    var checks = 1
    // Minimisation keeps a shorter script only when `check` accepted the declaration with it, so
    // the scripts it returns were accepted as they stand.
    if verdict.accepted, configuration.minimizes {
      for holeIndex in scripts.keys.sorted() {
        scripts = await minimize(holeIndex, scripts, declaration: index, file: file, backend: backend, checks: &checks)
      }
    }
    let checkSeconds = Self.seconds(ContinuousClock.now - started)
    for position in outcome.results.indices {
      let holeIndex = outcome.results[position].holeIndex
      outcome.results[position].seconds += checkSeconds / Double(outcome.results.count)
      outcome.results[position].checks = checks
      if verdict.accepted {
        outcome.results[position].status = .proved
        outcome.results[position].proof = scripts[holeIndex]
      } else {
        outcome.results[position].message = "check rejected the proof: " + (verdict.message ?? "no reason given")
      }
    }
    return outcome
  }

  /// The edits that put the scripts in place of their holes.
  public static func edits(_ scripts: [Int: [String]], in file: SourceFile) -> [ProofSplicer.Edit] {
    scripts.keys.sorted().map { ProofSplicer.edit(for: file.holes[$0], script: scripts[$0]!) }
  }

  struct Verdict {
    var accepted: Bool
    var message: String?
  }

  func check(_ scripts: [Int: [String]], declaration index: Int, file: SourceFile, backend: any ProofBackend) async
    -> Verdict
  {
    let text = CheckText.build(file: file, declaration: index, edits: Self.edits(scripts, in: file))
    do {
      let result = try await backend.check(text, context: nil)
      return Verdict(
        accepted: result.accepted,
        message: result.diagnostics.first { $0.severity == .error }?.message ?? result.diagnostics.first?.message)
    } catch {
      return Verdict(accepted: false, message: "\(error)")
    }
  }

  /// Drops the top-level steps of one hole's script that the proof does not need, from the one
  /// before the last to the first, each drop confirmed by `check` (counted in `checks`). The last
  /// step is never tried: a script comes from a proved path of the tree, whose every step but the
  /// last leaves open goals, so without it the proof always ends with goals left.
  func minimize(
    _ holeIndex: Int, _ scripts: [Int: [String]], declaration index: Int, file: SourceFile, backend: any ProofBackend,
    checks: inout Int
  ) async -> [Int: [String]] {
    var current = scripts
    var steps = ProofScript.steps(scripts[holeIndex] ?? [])
    var position = steps.count - 2
    while position >= 0, steps.count > 1 {
      var candidate = steps
      candidate.remove(at: position)
      var trial = current
      trial[holeIndex] = candidate.flatMap { $0 }
      checks += 1
      if await check(trial, declaration: index, file: file, backend: backend).accepted {
        steps = candidate
        current = trial
      }
      position -= 1
    }
    return current
  }

  /// The configured premises plus the file's complete theorems before the declaration.
  func premises(before index: Int, in file: SourceFile) -> PremiseIndex {
    var premises = configuration.premises
    let holed = Set(file.holes.map(\.declarationIndex))
    for (position, declaration) in file.declarations.enumerated() where position < index && !holed.contains(position) {
      guard declaration.kind == .theorem || declaration.kind == .lemma, let name = declaration.fullName else {
        continue
      }
      premises.add(Premise(name: name, statement: file.text(of: declaration.signatureRange)))
    }
    return premises
  }

  /// A backend diagnostic located in the user's file: backends name loaded text `<input>`.
  static func relocated(_ diagnostic: Diagnostic, to file: SourceFile) -> Diagnostic {
    var located = diagnostic
    located.location.file = file.path
    return located
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
  }
}
