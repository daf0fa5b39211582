import LeanSyntax
import ProverCore
import SearchDoubles
import Testing

@testable import ProofSearch

@Suite struct ProofSplicerTests {
  @Test func multiLineScriptsReplaceBySorryWithAnIndentedBlock() {
    let text = "theorem t : A := by sorry\n\ntheorem u : B := by\n  sorry\n"
    let file = SourceFile(text: text)
    let first = ProofSplicer.edit(for: file.holes[0], script: ["constructor", "· decide", "· decide"])
    let second = ProofSplicer.edit(for: file.holes[1], script: ["intro h", "exact h"])
    let result = ProofSplicer.apply([first, second], to: text)
    #expect(
      result
        == "theorem t : A := by\n  constructor\n  · decide\n  · decide\n\ntheorem u : B := by\n  intro h\n  exact h\n")
    let single = ProofSplicer.apply([ProofSplicer.edit(for: file.holes[0], script: ["omega"])], to: text)
    #expect(single.hasPrefix("theorem t : A := by omega\n"))
  }

  @Test func termHolesBecomeByBlocksBareAfterAssignmentAndParenthesisedElsewhere() {
    let text = "theorem t : A := sorry\n\ntheorem u : B ∧ C := by\n  exact ⟨sorry, hc⟩\n"
    let file = SourceFile(text: text)
    #expect(file.holes.map(\.position) == [.term, .term])
    #expect(file.holes.map(\.followsAssignment) == [true, false])
    let oneLine = ProofSplicer.apply(
      [
        ProofSplicer.edit(for: file.holes[0], script: ["omega"]),
        ProofSplicer.edit(for: file.holes[1], script: ["decide"]),
      ], to: text)
    #expect(oneLine == "theorem t : A := by omega\n\ntheorem u : B ∧ C := by\n  exact ⟨(by decide), hc⟩\n")
    let multiLine = ProofSplicer.apply(
      [
        ProofSplicer.edit(for: file.holes[0], script: ["intro h", "exact h"]),
        ProofSplicer.edit(for: file.holes[1], script: ["constructor", "· decide"]),
      ], to: text)
    #expect(
      multiLine
        == "theorem t : A := by\n  intro h\n  exact h\n\ntheorem u : B ∧ C := by\n"
        + "  exact ⟨(by\n    constructor\n    · decide), hc⟩\n")
  }

  @Test func provingACorpusCopyChangesOnlyTheSorries() async throws {
    let path = SharedPaths.corpus("exercises/Level2Logic.lean")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let backend = ToyBackend()
    let run = try await proveAll(
      text, backend: backend, configuration: ProverConfiguration(budget: SearchBudget(expansions: 80)))
    let scripts = Dictionary(uniqueKeysWithValues: run.results.compactMap { r in r.proof.map { (r.holeIndex, $0) } })
    try #require(!scripts.isEmpty, "the toy proves some logic exercises")
    let edits = Prover.edits(scripts, in: run.file)
    let result = Array(ProofSplicer.apply(edits, to: text).utf8)
    let original = Array(text.utf8)
    var cursor = 0
    var output = 0
    for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      #expect(original[cursor..<edit.range.lowerBound] == result[output..<output + edit.range.lowerBound - cursor])
      output += edit.range.lowerBound - cursor + edit.text.utf8.count
      cursor = edit.range.upperBound
    }
    #expect(original[cursor...] == result[output...])
    let spliced = SourceFile(text: String(decoding: result, as: UTF8.self))
    for (holeIndex, _) in scripts {
      let declaration = spliced.declarations[run.file.holes[holeIndex].declarationIndex]
      #expect(try await backend.check(spliced.text(of: declaration.range), context: nil).accepted)
    }
  }
}
