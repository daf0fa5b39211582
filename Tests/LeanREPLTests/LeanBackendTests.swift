import Foundation
import LeanREPL
import ProverCore
import Testing

@Suite("Lean backend over fake REPLs")
struct LeanBackendTests {
  static func backend(_ options: String..., timeout: Duration = .seconds(10), rebuild: Bool = true) -> LeanBackend {
    LeanBackend(
      configuration: ReplPoolConfiguration(
        launch: ReplLaunch(executable: FakeRepl.python, arguments: [FakeRepl.script] + options), workersPerHeader: 1,
        process: FakeRepl.configuration(timeout: timeout)),
      rebuildsExpiredStates: rebuild)
  }

  static let source = "import Fake\nopen Nat\n\n/-- doc -/\ntheorem two (n : Nat) : n = n := by\n  sorry\n"

  @Test(
    "loading gives each sorry as a proof state at its place in the whole file",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func load() async throws {
    let backend = Self.backend()
    let result = try await backend.load(Self.source, context: nil)
    let hole = try #require(result.holes.first)
    #expect(result.holes.count == 1)
    #expect(hole.range.start.line == 6 && hole.range.start.column == 2)
    #expect(hole.range.end.column == 7)
    let offset = Self.source.utf8.count - "sorry\n".utf8.count
    #expect(hole.range.start.offset == offset)
    #expect(hole.declarationName == "two")
    #expect(hole.state.goals == [Goal(hypotheses: [Hypothesis(names: ["n"], type: "Nat")], target: "n = n")])
    #expect(result.diagnostics.map(\.severity) == [.warning])
    await backend.shutdown()
  }

  @Test(
    "tactics give progress, a proof and a failure; unknown states are refused",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func run() async throws {
    let backend = Self.backend()
    let root = try #require(try await backend.load(Self.source, context: nil).holes.first?.state.id)
    guard case .success(let split) = try await backend.run("split", on: root) else { throw Failure("split") }
    #expect(split.goals.map(\.caseTag) == ["left", "right"])
    guard case .success(let done) = try await backend.run("done", on: split.id) else { throw Failure("done") }
    #expect(done.isSolved)
    #expect(try await backend.run("fail", on: root) == .failure(TacticFailure(message: "tactic failed")))
    await #expect(throws: LeanBackendError.unknownProofState(ProofStateID(999))) {
      try await backend.run("done", on: ProofStateID(999))
    }
    await backend.shutdown()
  }

  @Test(
    "after a timeout restarts the worker, a state is rebuilt by replaying its path",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func rebuildAfterTimeout() async throws {
    let backend = Self.backend("--hang-on", "HANG", timeout: .milliseconds(1500))
    let root = try #require(try await backend.load(Self.source, context: nil).holes.first?.state.id)
    guard case .success(let split) = try await backend.run("split", on: root) else { throw Failure("split") }
    #expect(try await backend.run("HANG", on: split.id) == .timeout)
    guard case .success(let done) = try await backend.run("done", on: split.id) else { throw Failure("done") }
    #expect(done.isSolved)
    #expect(await backend.reference(for: split.id)?.incarnation == 2)
    #expect(await backend.reference(for: root)?.incarnation == 2)
    await backend.shutdown()
  }

  @Test(
    "a state whose replay gives other goals, or with rebuilding off, expires",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func expiry() async throws {
    for (options, rebuild) in [(["--pid-goals"], true), ([], false)] {
      let backend = LeanBackend(
        configuration: ReplPoolConfiguration(
          launch: FakeRepl.launch(options + ["--hang-on", "HANG"]), workersPerHeader: 1,
          process: FakeRepl.configuration(timeout: .milliseconds(1500))),
        rebuildsExpiredStates: rebuild)
      let root = try #require(try await backend.load(Self.source, context: nil).holes.first?.state.id)
      guard case .success(let split) = try await backend.run("split", on: root) else { throw Failure("split") }
      #expect(try await backend.run("HANG", on: root) == .timeout)
      await #expect(throws: LeanBackendError.proofStateExpired(split.id)) {
        try await backend.run("done", on: split.id)
      }
      #expect(try await backend.load(Self.source, context: nil).holes.count == 1)
      await backend.shutdown()
    }
  }

  @Test(
    "check accepts only a declaration without errors and without sorry",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func check() async throws {
    let backend = Self.backend()
    let loaded = try await backend.load(Self.source, context: nil)
    let good = try await backend.check("theorem two (n : Nat) : n = n := by\n  rfl", context: loaded.environment)
    #expect(good.accepted)
    let sorry = try await backend.check("theorem two (n : Nat) : n = n := by\n  sorry", context: loaded.environment)
    #expect(!sorry.accepted)
    let error = try await backend.check("import Fake\n\ntheorem t : error := rfl", context: nil)
    #expect(!error.accepted)
    #expect(error.diagnostics.first?.location.range.start.line == 3)
    let empty = try await backend.check("import Fake\n\n", context: nil)
    #expect(!empty.accepted)
    await #expect(throws: LeanBackendError.unknownEnvironment(EnvironmentID(77))) {
      try await backend.check("theorem t : True := trivial", context: EnvironmentID(77))
    }
    await backend.shutdown()
  }
}
