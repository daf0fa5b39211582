import LeanSyntax
import ProverCore
import Testing

/// Where a declaration's `by` block ends. Lean parses every command with its first token as the
/// saved position, and a `by` block must start to the right of it (`tacticSeqIndentGt`); a token
/// left of a block's column ends the block. The declaration ends there and the token starts the
/// next command: Lean reads it as one, or reports `expected command` at it.
@Suite struct TacticBlockEndTests {
  @Test func tacticAtColumnZeroAfterByLeavesTheBlockEmpty() throws {
    let file = SourceFile(text: "theorem foo : 1 = 1 := by\nsorry", path: "Break.lean")
    #expect(file.declarations.count == 1)
    let declaration = try #require(file.declarations.first)
    #expect(file.text(of: try #require(declaration.valueRange)) == "by")
    #expect(file.holes.isEmpty)
    #expect(
      file.diagnostics.map(\.description) == ["Break.lean:2:0: error: unexpected token 'sorry'; expected command"])
    #expect(file.diagnostics.first?.location.range.end.column == 5)
    guard case .tactics(let block) = file.parseBody(of: declaration).proof else {
      Issue.record("no tactic proof")
      return
    }
    #expect(block.tactics.isEmpty)
    #expect(file.text(of: block.range) == "by")
  }

  @Test func tacticAtColumnZeroAfterATacticEndsTheBlock() throws {
    let text = "theorem t (p : Prop) (h : p) : p := by\n  have h' := h\nexact h'\n"
    let file = SourceFile(text: text, path: "Break.lean")
    let declaration = try #require(file.declarations.first)
    #expect(file.text(of: try #require(declaration.valueRange)) == "by\n  have h' := h")
    #expect(file.diagnostics.map(\.description) == ["Break.lean:3:0: error: unexpected identifier; expected command"])
    guard case .tactics(let block) = file.parseBody(of: declaration).proof else {
      Issue.record("no tactic proof")
      return
    }
    #expect(block.tactics.count == 1)
  }

  @Test func tacticAtTheColumnOfAnIndentedCommandEndsTheBlock() throws {
    let text = "namespace N\n  theorem t : 1 = 1 := by\n  rfl\nend N\n"
    let file = SourceFile(text: text, path: "Indented.lean")
    let declaration = try #require(file.declarations.first)
    #expect(file.text(of: try #require(declaration.valueRange)) == "by")
    #expect(
      file.diagnostics.map(\.description) == ["Indented.lean:3:2: error: unexpected identifier; expected command"])
    #expect(file.header.map(\.kind) == [.namespace, .other, .end])
  }

  @Test func commentAtColumnZeroDoesNotEndTheBlock() throws {
    let text = "theorem bar : 1 = 1 := by\n/- Some long comment here -/\n  rfl\n-- trailing\n"
    let file = SourceFile(text: text)
    #expect(file.diagnostics.isEmpty, "\(file.diagnostics)")
    let declaration = try #require(file.declarations.first)
    #expect(file.text(of: try #require(declaration.valueRange)) == "by\n/- Some long comment here -/\n  rfl")
  }

  @Test func theoremAtColumnZeroStartsANewCommand() throws {
    let text = "theorem a : 1 = 1 := by\n  rfl\ntheorem b : 2 = 2 := by\nrfl\ntheorem c : 3 = 3 := rfl\n"
    let file = SourceFile(text: text, path: "Three.lean")
    #expect(file.declarations.map(\.name) == ["a", "b", "c"])
    #expect(file.text(of: try #require(file.declarations[0].valueRange)) == "by\n  rfl")
    #expect(file.text(of: try #require(file.declarations[1].valueRange)) == "by")
    #expect(file.diagnostics.map(\.description) == ["Three.lean:4:0: error: unexpected identifier; expected command"])
    #expect(file.text(of: file.declarations[2].range) == "theorem c : 3 = 3 := rfl")
  }

  @Test func termContinuedAtColumnZeroStaysInTheBlock() throws {
    let text = "theorem t : 1 + 1 = 2 := by\n  exact\n(rfl)\n"
    let file = SourceFile(text: text)
    #expect(file.diagnostics.isEmpty, "\(file.diagnostics)")
    #expect(file.text(of: try #require(file.declarations.first?.valueRange)) == "by\n  exact\n(rfl)")
  }

  @Test func byAtTheEndOfTheInputIsAnEmptyBlock() throws {
    let file = SourceFile(text: "theorem t : 1 = 1 := by")
    #expect(file.diagnostics.isEmpty, "\(file.diagnostics)")
    let declaration = try #require(file.declarations.first)
    guard case .tactics(let block) = file.parseBody(of: declaration).proof else {
      Issue.record("no tactic proof")
      return
    }
    #expect(block.tactics.isEmpty)
  }
}
