import LeanREPL
import Testing

@Suite("Step classification (LEAN-REPL.md §1.6)")
struct StepClassificationTests {
  /// The typed reply of a golden pair, found by test name and request index.
  static func golden(_ test: String, _ index: Int) throws -> ReplResponse {
    let pair = try #require(try GoldenData.pairs().first { $0.test == test && $0.index == index })
    return try ReplResponse(json: pair.response)
  }

  static func classify(_ test: String, _ index: Int) throws -> StepClassification {
    StepClassification(classifying: try golden(test, index))
  }

  static func error(_ text: String) -> ReplMessage {
    ReplMessage(severity: .error, pos: ReplPosition(line: 0, column: 0), endPos: nil, data: text)
  }

  @Test(
    "golden replies: only Completed without an error message is a proof",
    .enabled(if: GoldenData.isAvailable, Comment(rawValue: GoldenData.missingMessage)))
  func goldenCases() throws {
    #expect(try Self.classify("readme", 2) == .proved(proofState: 2))
    #expect(try Self.classify("Mathlib/test/exact", 2) == .proved(proofState: 1))
    #expect(try Self.classify("unknown_tactic", 1) == .failed(reason: "Lean error:\n<input>:1:1: unknown tactic"))
    #expect(try Self.classify("invalid_tactic", 1) == .failed(reason: "Unknown identifier `my_fake_premise`"))
    guard case .failed(let kernel) = try Self.classify("self_proof_rw", 2) else { throw Failure("kernel error") }
    #expect(kernel.hasPrefix("Error: kernel type check failed"))
    #expect(try Self.classify("tactic_mode_sorry", 1) == .failed(reason: "Incomplete: contains sorry"))
    #expect(
      try Self.classify("Mathlib/test/placeholder_synthesis", 4)
        == .failed(reason: "Incomplete: contains metavariable(s)"))
    guard case .progress(let state, let goals) = try Self.classify("proof_branching", 1) else {
      throw Failure("branching is progress")
    }
    #expect(state == 1 && goals.count == 2 && goals[0].hasPrefix("case left"))
    #expect(try Self.classify("have_by_sorry", 2) == .failed(reason: "the tactic introduced `sorry`"))
    #expect(try Self.classify("unknown_proof_state", 1) == .failed(reason: "Unknown proof state."))
  }

  @Test(
    "every golden proof step is a proof exactly when Completed, no goals and no error message",
    .enabled(if: GoldenData.isAvailable, Comment(rawValue: GoldenData.missingMessage)))
  func goldenInvariant() throws {
    var proved = 0
    for pair in try GoldenData.pairs() {
      let response = try ReplResponse(json: pair.response)
      let classification = StepClassification(classifying: response)
      guard case .proofStep(let step) = response else {
        #expect(!classification.isProved, "\(pair.name)")
        continue
      }
      let expected = step.proofStatus == .completed && step.goals.isEmpty && !step.hasError
      #expect(classification.isProved == expected, "\(pair.name)")
      if expected { proved += 1 }
    }
    #expect(proved == 15)
  }

  @Test("an error message fails the step whatever the goals and status say")
  func errorMessageWins() {
    for status: ProofStatus in [.completed, .openGoals] {
      for goals in [[], ["⊢ p"]] {
        let step = ProofStepResponse(proofState: 3, goals: goals, messages: [Self.error("boom")], proofStatus: status)
        #expect(StepClassification(classifying: .proofStep(step)) == .failed(reason: "boom"))
      }
    }
  }

  @Test("statuses that contradict the goals, unknown statuses and other shapes fail")
  func doubtfulCases() {
    let completedWithGoals = ProofStepResponse(proofState: 1, goals: ["⊢ p"], proofStatus: .completed)
    #expect(!StepClassification(classifying: .proofStep(completedWithGoals)).isProved)
    let openWithoutGoals = ProofStepResponse(proofState: 1, goals: [], proofStatus: .openGoals)
    guard case .failed = StepClassification(classifying: .proofStep(openWithoutGoals)) else {
      Issue.record("open goals without goals must fail")
      return
    }
    let notVerified = ProofStepResponse(
      proofState: 1, goals: [], proofStatus: ProofStatus(rawValue: "Not verified: more than one initial goal"))
    #expect(
      StepClassification(classifying: .proofStep(notVerified))
        == .failed(reason: "Not verified: more than one initial goal"))
    let unknown = ProofStepResponse(proofState: 1, goals: [], proofStatus: ProofStatus(rawValue: "Done, trust me"))
    #expect(!StepClassification(classifying: .proofStep(unknown)).isProved)
    #expect(!StepClassification(classifying: .command(CommandResponse(env: 0))).isProved)
    let oldWithGoals = ProofStepResponse(proofState: 4, goals: ["⊢ q"], proofStatus: nil)
    #expect(StepClassification(classifying: .proofStep(oldWithGoals)) == .progress(proofState: 4, goals: ["⊢ q"]))
    let oldWithoutGoals = ProofStepResponse(proofState: 4, goals: [], proofStatus: nil)
    #expect(!StepClassification(classifying: .proofStep(oldWithoutGoals)).isProved)
  }

  @Test("proof status text round-trips and names its kind")
  func statusText() {
    for text in [
      "Completed", "Incomplete: open goals remain", "Incomplete: contains sorry",
      "Incomplete: contains metavariable(s)",
      "Error: kernel type check failed: x", "Not verified: more than one initial goal", "Something else",
    ] {
      #expect(ProofStatus(rawValue: text).rawValue == text)
    }
    #expect(ProofStatus(rawValue: "Error: Goal not assigned") == .error("Goal not assigned"))
  }
}
