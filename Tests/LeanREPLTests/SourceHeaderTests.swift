import LeanREPL
import Testing

@Suite("Source header split")
struct SourceHeaderTests {
  @Test("a miniF2F file splits after its imports, options and opens")
  func miniF2F() {
    let source = """
      import Mathlib
      set_option maxHeartbeats 400000
      open BigOperators Real Nat Topology Rat

      /-- The problem. -/
      theorem p (n : ℕ) : n = n := by sorry
      """
    let split = SourceHeader(splitting: source)
    #expect(
      split.header == "import Mathlib\nset_option maxHeartbeats 400000\nopen BigOperators Real Nat Topology Rat\n\n")
    #expect(split.body.hasPrefix("/-- The problem. -/"))
    #expect(split.lineCount == 4)
    #expect(split.header + split.body == source)
  }

  @Test("comments belong to the header, scoped commands and declarations do not")
  func boundaries() {
    let commented = SourceHeader(
      splitting: "/- licence\n   text -/\n-- note\nimport A\nopen B in\ntheorem t : True := trivial")
    #expect(commented.header == "/- licence\n   text -/\n-- note\nimport A\n")
    #expect(commented.body == "open B in\ntheorem t : True := trivial")
    let none = SourceHeader(splitting: "theorem t : True := trivial\n")
    #expect(none.header.isEmpty && none.lineCount == 0)
    let only = SourceHeader(splitting: "import A")
    #expect(only.header == "import A" && only.body.isEmpty)
  }
}
