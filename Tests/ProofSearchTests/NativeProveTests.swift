import Foundation
import LeanSyntax
import NativeChecker
import ProverCore
import Testing

@testable import NativeReplay
@testable import ProofSearch

/// `prove --write` end to end on the native checker: the proofs replace only the sorries, and the
/// written file checks.
@Suite struct NativeProveTests {
  @Test func provingACopyOfTheLogicExercisesWithTheNativeCheckerChangesOnlyTheSorries() async throws {
    try await proveAndCompare("Level2Logic.lean", atLeast: 10) { ReplayNativeBackend() }
  }

  /// `NativeBackend` focuses goals, so induction proofs come back as AND edges with `·` blocks.
  @Test func provingACopyOfTheInductionExercisesWithNativeBackendChangesOnlyTheSorries() async throws {
    let proofs = try await proveAndCompare("Level4Induction.lean", atLeast: 8) { NativeBackend() }
    #expect(proofs.contains { $0.contains { $0.hasPrefix("· ") } }, "a proof with a focused block")
  }

  /// A `sorry` in term position (`:= sorry`, `have … := sorry`, an anonymous-constructor argument)
  /// is searched like a tactic hole and spliced back as a `by` block that the checker accepts.
  @Test func termHolesAreProvedAndTheWrittenFileChecks() async throws {
    let text = """
      theorem both (p q : Prop) (hp : p) (hq : q) : p ∧ q := sorry

      theorem step (n : Nat) (h : n > 2) : n ≠ 1 := by
        have h2 : n ≥ 3 := sorry
        omega

      theorem pair (a : Nat) (h : a = 4) : a + 1 = 5 ∧ a > 0 := by
        exact ⟨sorry, by omega⟩

      theorem wrong (n : Nat) : n + 1 = n := sorry

      """
    let file = SourceFile(text: text, path: "Terms.lean")
    #expect(file.holes.allSatisfy { $0.position == .term })
    let prover = Prover(configuration: ProverConfiguration(budget: SearchBudget(expansions: 60, seconds: 20)))
    let report = await ProofRun.run(files: [file], prover: prover, jobs: 1) { NativeBackend() }
    let status = Dictionary(uniqueKeysWithValues: report.files[0].results.map { ($0.name, $0.status) })
    #expect(
      status == ["theorem both": .proved, "theorem step": .proved, "theorem pair": .proved, "theorem wrong": .refuted])
    let wrong = try #require(report.files[0].results.last?.counterexample)
    #expect(wrong.bindings == [Refutation.Binding(name: "n", value: "0")])
    let written = report.files[0].splicedText
    #expect(!written.contains("q := sorry") && written.contains("n + 1 = n := sorry"))
    let verdicts = FileChecker().check(SourceFile(text: written))
    #expect(
      verdicts.filter { $0.status == .accepted }.map(\.label) == ["theorem both", "theorem step", "theorem pair"])
  }

  /// A hole the backend could not reach is reported with the backend's error, located in the
  /// user's file rather than in the backend's `<input>`.
  @Test func aHoleInABrokenDeclarationReportsTheErrorInTheUsersFile() async throws {
    let text = "theorem ok (n : Nat) : n = n := by\n  sorry\n\nlemma z (a : Nat) : a ≤ a + 1 := by\n  sorry\n"
    let file = SourceFile(text: text, path: "Broken.lean")
    let prover = Prover(configuration: ProverConfiguration(budget: SearchBudget(expansions: 20, seconds: 10)))
    let report = await ProofRun.run(files: [file], prover: prover, jobs: 1) { NativeBackend() }
    let results = report.files[0].results
    #expect(results.map(\.status) == [.proved, .error])
    let message = try #require(results[1].message)
    #expect(message.hasPrefix("Broken.lean:4:0: error: "), "\(message)")
  }

  /// Proves a copy of an exercise file; the written text differs only at the proved sorries, and
  /// the native checker accepts every proved declaration in it. Returns the proofs.
  @discardableResult
  func proveAndCompare(
    _ name: String, atLeast count: Int, backend: @escaping @Sendable () -> any ProofBackend
  ) async throws -> [[String]] {
    let text = try String(contentsOfFile: SharedPaths.corpus("exercises/" + name), encoding: .utf8)
    let file = SourceFile(text: text, path: name)
    let prover = Prover(configuration: ProverConfiguration(budget: SearchBudget(expansions: 60, seconds: 20)))
    let report = await ProofRun.run(files: [file], prover: prover, jobs: 1, makeBackend: backend)
    let results = report.files[0].results
    let proved = results.filter { $0.status == .proved }
    try #require(proved.count >= count, "\(results.filter { $0.status != .proved }.map(\.name))")
    let edits = Prover.edits(
      Dictionary(uniqueKeysWithValues: proved.map { ($0.holeIndex, $0.proof!) }), in: file
    ).sorted { $0.range.lowerBound < $1.range.lowerBound }
    let original = Array(text.utf8)
    let written = Array(report.files[0].splicedText.utf8)
    var cursor = 0
    var output = 0
    for edit in edits {
      let kept = edit.range.lowerBound - cursor
      #expect(original[cursor..<edit.range.lowerBound] == written[output..<output + kept])
      #expect(original[edit.range].elementsEqual("sorry".utf8) || original[edit.range].starts(with: "by".utf8))
      output += kept + edit.text.utf8.count
      cursor = edit.range.upperBound
    }
    #expect(original[cursor...] == written[output...])
    let verdicts = FileChecker().check(SourceFile(text: report.files[0].splicedText))
    let accepted = Set(verdicts.filter { $0.status == .accepted }.map(\.label))
    for result in proved { #expect(accepted.contains(result.name), "\(result.name) in the written file") }
    return proved.compactMap(\.proof)
  }

  @Test(.enabled(if: ProcessInfo.processInfo.environment["PROVER_HEAVY_TESTS"] == "1"))
  func theSemanticTrapsStayUnprovedOnTheNativeChecker() async throws {
    let file = try SourceFile.read(path: SharedPaths.corpus("traps/SemanticTraps.lean"))
    let prover = Prover(configuration: ProverConfiguration(budget: SearchBudget(expansions: 100, seconds: 10)))
    let report = await ProofRun.run(files: [file], prover: prover, jobs: 2, makeBackend: { ReplayNativeBackend() })
    let proved = report.files[0].results.filter { $0.status == .proved }
    #expect(!report.files[0].results.isEmpty)
    #expect(proved.isEmpty, "\(proved.map { "\($0.name): \($0.proof ?? [])" })")
  }

  @Test func focusedGoalsQuoteInaccessibleNames() {
    #expect(
      ReplayNativeBackend.quotingInaccessibleNames("n✝ : Nat\nih✝¹ : P n✝\n⊢ «m✝»✝ = n✝")
        == "«n✝» : Nat\n«ih✝¹» : P «n✝»\n⊢ «m✝✝» = «n✝»")
  }
}
