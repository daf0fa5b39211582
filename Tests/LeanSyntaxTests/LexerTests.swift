import LeanSyntax
import ProverCore
import TestSupport
import Testing

@Suite struct LexerTests {
  func kinds(_ source: String) -> [String] {
    Lexer.tokenize(source).tokens.dropLast().map { "\($0.kind):\($0.text)" }
  }

  @Test func skipsNestedCommentsAndKeepsDocComments() {
    let source = "/- outer /- inner sorry -/ still -/ theorem /-- doc -/ x -- sorry\n"
    #expect(kinds(source) == ["keyword:theorem", "docComment:/-- doc -/", "identifier:x"])
    #expect(Lexer.tokenize(source).comments.count == 2)
  }

  @Test func keywordsNeedTheWholeWord() {
    #expect(
      kinds("sorry sorry_lemma bysorry by") == [
        "keyword:sorry", "identifier:sorry_lemma", "identifier:bysorry", "keyword:by",
      ])
  }

  @Test func identifiersFollowLeanCharacterClasses() {
    #expect(
      kinds("h₀ α' «weird name» Nat.add_comm exact? ℕ n!") == [
        "identifier:h₀", "identifier:α'", "identifier:«weird name»", "identifier:Nat.add_comm",
        "identifier:exact?", "identifier:ℕ", "identifier:n!",
      ])
    #expect(Lexer.tokenize("«a.b».c").tokens[0].nameComponents == ["a.b", "c"])
  }

  @Test func projectionsAreNotDecimals() {
    #expect(
      kinds("h.2.1 2.5 x.succ") == [
        "identifier:h", "symbol:.", "number:2", "symbol:.", "number:1", "scientific:2.5", "identifier:x.succ",
      ])
  }

  @Test func symbolsUseLongestMatch() {
    #expect(
      kinds("a := b <;> c ≤ d <= e ⟨x, y⟩ ← _ _x λ") == [
        "identifier:a", "symbol::=", "identifier:b", "symbol:<;>", "identifier:c", "symbol:≤", "identifier:d",
        "symbol:<=", "identifier:e", "symbol:⟨", "identifier:x", "symbol:,", "identifier:y", "symbol:⟩",
        "symbol:←", "symbol:_", "identifier:_x", "symbol:λ",
      ])
  }

  @Test func mathlibSymbolsAreTokens() {
    #expect(
      kinds("fun x ↦ x") == ["keyword:fun", "identifier:x", "symbol:↦", "identifier:x"])
    #expect(kinds("f '' s") == ["identifier:f", "symbol:''", "identifier:s"])
    #expect(kinds("f ⁻¹' s ⁻¹") == ["identifier:f", "symbol:⁻¹'", "identifier:s", "symbol:⁻¹"])
    #expect(kinds("h'' '''") == ["identifier:h''", "character:'''"])
  }

  @Test func stringsAndCharactersHideTheirContents() {
    #expect(
      kinds(#"x "a \" sorry" 'c' '\n' y"#) == [
        "identifier:x", #"string:"a \" sorry""#, "character:'c'", #"character:'\n'"#, "identifier:y",
      ])
  }

  @Test func positionsCountLinesFromOneAndCodePointsFromZero() throws {
    let tokens = Lexer.tokenize("theorem t₀ :\n  ∀ n, n = n").tokens
    let forall = try #require(tokens.first { $0.text == "∀" })
    #expect(forall.range.start.line == 2)
    #expect(forall.range.start.column == 2)
    #expect(forall.isFirstOnLine)
    let n = tokens[4]
    #expect(n.text == "n")
    #expect(n.range.start.column == 4)
    #expect(n.range.start.offset == "theorem t₀ :\n  ∀ ".utf8.count)
    #expect(!n.isFirstOnLine)
  }

  @Test func reportsLocatedLexicalErrors() throws {
    let lexed = Lexer.tokenize("x\n  \"open", file: "A.lean")
    let diagnostic = try #require(lexed.diagnostics.first)
    #expect(diagnostic.description == "A.lean:2:2: error: unterminated string literal")
    let comment = Lexer.tokenize("/- never closed", file: "B.lean")
    #expect(comment.diagnostics.map(\.description) == ["B.lean:1:0: error: unterminated comment"])
    let tab = Lexer.tokenize("a\tb", file: "C.lean")
    #expect(tab.diagnostics.first?.location.description == "C.lean:1:1")
  }

  @Test func neverFailsOnArbitraryBytes() {
    var generator = SeededGenerator(seed: 0x1E4A)
    for _ in 0..<500 {
      let bytes = (0..<Int.random(in: 0..<80, using: &generator)).map { _ in
        UInt8.random(in: 0...255, using: &generator)
      }
      let lexed = Lexer.tokenize(String(decoding: bytes, as: UTF8.self))
      #expect(lexed.tokens.last?.kind == .endOfFile)
    }
  }
}
