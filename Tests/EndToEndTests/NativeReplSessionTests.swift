import LeanREPL
import NativeChecker
import ProverCore
import Testing

/// The native checker behind the REPL protocol answers as the real REPL does in the cases the
/// golden transcripts show: sorries in tactics get proof states of their own, errors Lean's
/// elaborator logs come back as messages of a new proof state, and the proof status tells a proof
/// from a state that contains `sorry`.
@Suite("native REPL session")
struct NativeReplSessionTests {
  struct Session {
    var session = ReplSession(backend: NativeBackend())

    mutating func command(_ text: String) async throws -> CommandResponse {
      let reply = await session.respond(to: .command(CommandRequest(cmd: text, env: nil)))
      guard case .command(let response) = reply else { throw Unexpected(reply: reply) }
      return response
    }

    mutating func tactic(_ text: String, _ state: Int) async -> ReplResponse {
      await session.respond(to: .tactic(TacticRequest(tactic: text, proofState: state)))
    }

    mutating func step(_ text: String, _ state: Int) async throws -> ProofStepResponse {
      let reply = await tactic(text, state)
      guard case .proofStep(let response) = reply else { throw Unexpected(reply: reply) }
      return response
    }
  }

  struct Unexpected: Error {
    var reply: ReplResponse
  }

  @Test("a theorem with sorry: its goal, and Lean's warning on the name")
  func sorryWarning() async throws {
    var repl = Session()
    let theorem = try await repl.command("theorem foo (x : Int) : x = x := by sorry")
    #expect(theorem.sorries.map(\.goal) == ["x : Int\n⊢ x = x"])
    #expect(theorem.sorries.first?.pos == ReplPosition(line: 1, column: 36))
    let warning = try #require(theorem.messages.first)
    #expect(theorem.messages.count == 1)
    #expect(warning.severity == .warning)
    #expect(warning.data == "declaration uses `sorry`")
    #expect(warning.pos == ReplPosition(line: 1, column: 8))
    #expect(warning.endPos == ReplPosition(line: 1, column: 11))
    let example = try await repl.command("example : 1 = 0 := sorry")
    #expect(example.sorries.map(\.goal) == ["⊢ 1 = 0"])
    #expect(example.messages.first?.pos == ReplPosition(line: 1, column: 0))
    #expect(example.messages.first?.endPos == ReplPosition(line: 1, column: 7))
  }

  @Test("a sorry nested in a have is a hole; the unsolved goals are an error and there is no warning")
  func nestedSorry() async throws {
    var repl = Session()
    let response = try await repl.command("theorem foo (x : Int) : x = x := by\n  have h : x = 1 := by sorry")
    #expect(response.sorries.map(\.goal) == ["x : Int\n⊢ x = 1"])
    #expect(response.sorries.first?.pos == ReplPosition(line: 2, column: 23))
    #expect(response.messages.map(\.severity) == [.error])
    #expect(response.messages.first?.data.hasPrefix("unsolved goals\nx : Int\nh : x = 1\n⊢ x = x") == true)
  }

  @Test("calc steps closed by sorry are holes, in source order")
  func calcSorries() async throws {
    var repl = Session()
    let response = try await repl.command("example : 3 = 5 := by calc\n  3 = 4 := by sorry\n  4 = 5 := by sorry")
    #expect(response.sorries.map(\.goal) == ["⊢ 3 = 4", "⊢ 4 = 5"])
    #expect(!response.hasError)
  }

  @Test("definitions and #commands are refused as outside the native fragment")
  func outsideFragment() async throws {
    var repl = Session()
    for text in ["def f : Nat := by sorry", "#print List.cons"] {
      let response = try await repl.command(text)
      #expect(response.sorries.isEmpty)
      #expect(response.messages.contains { $0.data.hasPrefix("outside the native fragment") }, "\(text)")
    }
  }

  @Test("an unknown identifier in a have type is an error")
  func unknownIdentifier() async throws {
    var repl = Session()
    let response = try await repl.command("example : True := by\n  have h : set Nat := by sorry\n  sorry")
    #expect(response.hasError)
    #expect(response.sorries.isEmpty)
  }

  @Test("a have closed by sorry gives the sorry's proof state before the new state")
  func tacticSorry() async throws {
    var repl = Session()
    _ = try await repl.command("example {x : Int} (h0 : x > 0) : False := by sorry")
    let step = try await repl.step("have h : x > 0 := by sorry", 0)
    #expect(step.sorries.map(\.goal) == ["x : Int\nh0 : x > 0\n⊢ x > 0"])
    #expect(step.sorries.map(\.proofState) == [1])
    #expect(step.sorries.first?.pos == nil)
    #expect(step.proofState == 2)
    #expect(step.goals == ["x : Int\nh0 h : x > 0\n⊢ False"])
    #expect(step.proofStatus == .openGoals)
    #expect(StepClassification(classifying: .proofStep(step)).isProved == false)
    let closed = try await repl.step("exact h0", 1)
    #expect(closed.goals.isEmpty)
    #expect(closed.proofStatus == .containsMetavariables)
    #expect(!StepClassification(classifying: .proofStep(closed)).isProved)
  }

  @Test("sorry on every goal, also under induction: the proof contains sorry, never completed")
  func sorryOnEveryGoal() async throws {
    var repl = Session()
    _ = try await repl.command("theorem foo (x : Nat) : x = x := by sorry")
    let step = try await repl.step("induction x with\n| zero => sorry\n| succ x => sorry", 0)
    #expect(step.sorries.map(\.goal) == ["case zero\n⊢ 0 = 0", "case succ\nx : Nat\na✝ : x = x\n⊢ x + 1 = x + 1"])
    #expect(step.goals.isEmpty)
    #expect(step.proofStatus == .containsSorry)
    let rest = try await repl.step("by_cases h : x < 0", 0)
    let both = try await repl.step("all_goals sorry", rest.proofState)
    #expect(both.sorries.count == 2)
    #expect(both.proofStatus == .containsSorry)
  }

  @Test("a failed elaboration is a proof step with the error at 0:0, not an error reply")
  func loggedError() async throws {
    var repl = Session()
    _ = try await repl.command("theorem t (x : Nat) : x = x := by sorry")
    let step = try await repl.step("exact my_fake_premise", 0)
    #expect(step.goals.isEmpty)
    #expect(step.proofStatus == .containsSorry)
    let message = try #require(step.messages.first)
    #expect(message.severity == .error)
    #expect(message.pos == ReplPosition(line: 0, column: 0))
    #expect(message.data.contains("my_fake_premise"))
    #expect(!StepClassification(classifying: .proofStep(step)).isProved)
    if case .error(let text) = await repl.tactic("exact 42", 7) {
      #expect(text == "Unknown proof state.")
    } else {
      Issue.record("an unknown proof state must be an error reply")
    }
  }

  @Test("the search's run refuses sorry and logged errors; a real proof is a success")
  func runForSearch() async throws {
    let backend = NativeBackend()
    let loaded = try await backend.load("theorem t (x : Nat) : x = x := by sorry", context: nil)
    let root = try #require(loaded.holes.first?.state.id)
    for tactic in ["sorry", "exact my_fake_premise", "have h : x = 1 := sorry"] {
      guard case .failure = try await backend.run(tactic, on: root) else {
        Issue.record("\(tactic) must fail for the search")
        continue
      }
    }
    guard case .success(let state) = try await backend.run("rfl", on: root) else {
      Issue.record("rfl must prove x = x")
      return
    }
    #expect(state.isSolved)
  }

  @Test("using a theorem's own name in its proof is outside the native fragment")
  func recursion() async throws {
    var repl = Session()
    let response = try await repl.command("theorem ex : False := by apply ex")
    #expect(response.messages.contains { $0.data.hasPrefix("outside the native fragment") })
    _ = try await repl.command("theorem ex : False := sorry")
    guard case .error(let text) = await repl.tactic("exact ex", 0) else {
      Issue.record("a recursive reference must not be answered as a proof step")
      return
    }
    #expect(text.contains("outside the native fragment"))
  }

  @Test("a tactic at column 0 is no part of the by block: unsolved goals at the by, expected command at the tactic")
  func tacticAtColumnZero() async throws {
    var repl = Session()
    let response = try await repl.command("theorem foo : 1 = 1 := by\nsorry")
    #expect(response.sorries.isEmpty)
    #expect(response.messages.map(\.data) == ["unsolved goals\n⊢ 1 = 1", "unexpected token 'sorry'; expected command"])
    #expect(response.messages.map(\.severity) == [.error, .error])
    #expect(response.messages.map(\.pos) == [ReplPosition(line: 1, column: 23), ReplPosition(line: 2, column: 0)])
    #expect(response.messages.map(\.endPos) == [ReplPosition(line: 1, column: 25), ReplPosition(line: 2, column: 5)])
    let next = try await repl.command("theorem bar : 1 = 1 := by\n  have h : 2 = 2 := rfl\nrfl")
    #expect(
      next.messages.map(\.data) == ["unsolved goals\nh : 2 = 2\n⊢ 1 = 1", "unexpected identifier; expected command"])
    #expect(next.messages.first?.pos == ReplPosition(line: 1, column: 23))
    #expect(next.messages.first?.endPos == ReplPosition(line: 2, column: 23))
  }

  @Test("a failing omega is worded as Lean's: could not prove the goal, then the constraints")
  func omegaFailureWording() async throws {
    var repl = Session()
    let response = try await repl.command("theorem t (x : Nat) (h : x > 5) : x > 7 := by\n  omega")
    let message = try #require(response.messages.first)
    #expect(message.severity == .error)
    #expect(
      message.data.hasPrefix("omega could not prove the goal:\na possible counterexample may satisfy the constraints\n")
    )
    #expect(message.pos == ReplPosition(line: 2, column: 2))
  }

  @Test("a tactic after the last goal is closed: Lean's No goals to be solved, at the tactic")
  func noGoalsLeft() async throws {
    var repl = Session()
    let response = try await repl.command("example : True := by\n  sorry\n  sorry")
    #expect(response.messages.map(\.data) == ["No goals to be solved"])
    #expect(response.messages.first?.pos == ReplPosition(line: 3, column: 2))
    #expect(response.messages.first?.endPos == ReplPosition(line: 3, column: 7))
  }
}
