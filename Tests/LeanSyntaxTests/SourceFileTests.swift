import LeanSyntax
import ProverCore
import Testing

@Suite struct SourceFileTests {
  static let sample = """
    import Mathlib
    set_option maxHeartbeats 400000
    open Nat

    /-! Module doc: theorem fake : False := sorry -/

    namespace Peano.Basic

    /-- Addition is commutative. -/
    @[simp] theorem add_comm' (a b : ℕ) : a + b = b + a := by
      omega

    private lemma h₀_α' {n : ℕ} (h : 0 < n) : n ≠ 0 := by omega

    example : (2 : ℕ) + 2 = 4 := rfl

    theorem «weird name» : True := trivial

    theorem _root_.top_level : 1 = 1 := rfl

    end Peano.Basic

    set_option maxRecDepth 1000 in
    theorem after_end (x : ℕ) (h : x > 2) :
        x ≥ 3 := by
      omega
    """

  @Test func splitsHeaderAndDeclarations() throws {
    let file = SourceFile(text: Self.sample, path: "Sample.lean")
    #expect(file.diagnostics.isEmpty, "\(file.diagnostics)")
    #expect(file.header.map(\.kind) == [.import, .setOption, .open, .namespace, .end])
    #expect(file.importsMathlib)
    #expect(file.declarations.map(\.kind) == [.theorem, .lemma, .example, .theorem, .theorem, .theorem])
    #expect(
      file.declarations.map(\.fullName) == [
        "Peano.Basic.add_comm'", "Peano.Basic.h₀_α'", nil, "Peano.Basic.«weird name»", "top_level", "after_end",
      ])
    let first = file.declarations[0]
    #expect(first.attributes == ["simp"])
    #expect(first.docComment == "/-- Addition is commutative. -/")
    #expect(file.text(of: first.signatureRange) == "(a b : ℕ) : a + b = b + a ")
    #expect(file.text(of: try #require(first.valueRange)) == "by\n  omega")
    #expect(file.text(of: first.range).hasPrefix("/-- Addition"))
    #expect(file.text(of: first.range).hasSuffix("omega"))
    #expect(file.declarations[1].modifiers == ["private"])
    let last = try #require(file.declarations.last)
    #expect(last.modifiers == ["set_option maxRecDepth 1000 in"])
    #expect(last.range.start.line == 23)
    #expect(last.keywordRange.start.line == 24)
  }

  @Test func rangesAreExactBytesAndPositions() throws {
    let text = "theorem t₀ : 1 = 1 := rfl\ntheorem t₁ : 2 = 2 := by\n  rfl\n"
    let file = SourceFile(text: text)
    let second = file.declarations[1]
    #expect(second.range.start.offset == "theorem t₀ : 1 = 1 := rfl\n".utf8.count)
    #expect(second.range.start.line == 2)
    #expect(second.range.start.column == 0)
    #expect(second.range.end.line == 3)
    #expect(second.range.end.column == 5)
    #expect(file.text(of: second.range) == "theorem t₁ : 2 = 2 := by\n  rfl")
  }

  @Test func findsOnlyRealHoles() throws {
    let text = """
      theorem sorry_lemma : True := by
        -- sorry in a comment
        /- sorry /- nested sorry -/ -/
        have h : 1 = 1 := by sorry
        have h' : "sorry" = "sorry" := rfl
        exact sorry_lemma_helper
      theorem two_holes (p q : Prop) (hp : p) (hq : q) : p ∧ q := by
        constructor
        · sorry
        · exact ⟨sorry, hq⟩.2
      theorem term_hole : 2 + 2 = 4 := sorry
      theorem tactic_line : 2 + 2 = 4 := by
        sorry
      """
    let file = SourceFile(text: text, path: "Holes.lean")
    let found = file.holes.map { "\($0.range.start.line):\($0.range.start.column) \($0.position)" }
    #expect(found == ["4:23 tactic", "9:4 tactic", "10:11 term", "11:33 term", "13:2 tactic"])
    #expect(file.holes.map(\.declarationIndex) == [0, 1, 1, 2, 3])
    #expect(file.holes[0].byRange != nil)
    #expect(file.holes[0].indentColumn == 4)
    #expect(file.holes[4].indentColumn == 2)
    #expect(file.holes(inDeclaration: 1).count == 2)
  }

  @Test func reportsScopeErrorsWithLocations() {
    let text = "namespace A\ntheorem x : True := trivial\nend B\n"
    let file = SourceFile(text: text, path: "Scopes.lean")
    #expect(
      file.diagnostics.map(\.description) == [
        "Scopes.lean:3:0: error: invalid 'end', name mismatch (expected A)"
      ])
    let missing = SourceFile(text: "theorem : True := trivial", path: "Name.lean")
    #expect(
      missing.diagnostics.map(\.description) == [
        "Name.lean:1:8: error: expected identifier after 'theorem'"
      ])
  }

  @Test func tacticBlocksMayContainOpenAndSetOptionIn() {
    let text = """
      theorem t : 2 ^ 10 = 1024 := by
        set_option maxRecDepth 2000 in
        decide
      theorem u : True := by
        open Nat in
        trivial
      """
    let file = SourceFile(text: text)
    #expect(file.declarations.count == 2)
    #expect(file.header.isEmpty)
    #expect(file.diagnostics.isEmpty)
  }

  @Test func unreadableFileIsAnInputDiagnostic() {
    #expect(throws: Diagnostic.self) { try SourceFile.read(path: "/nonexistent/x.lean") }
  }
}

@Suite struct ModuleDocTests {
  @Test func sectionCommentsEndTheDeclarationBeforeThem() throws {
    let text = """
      theorem a : True := by
        trivial

      /-! ### Next section -/

      theorem b : True := trivial
      """
    let file = SourceFile(text: text)
    #expect(file.diagnostics.isEmpty)
    #expect(file.declarations.count == 2)
    #expect(file.text(of: file.declarations[0].range) == "theorem a : True := by\n  trivial")
    #expect(file.declarations[1].docComment == nil)
  }
}
