import LeanSyntax
import ProverCore
import Testing

@Suite struct TermParserTests {
  /// Two spellings that must parse to the same tree.
  func same(_ source: String, _ explicit: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let lhs = term(source, sourceLocation: sourceLocation)
    let rhs = term(explicit, sourceLocation: sourceLocation)
    #expect(lhs != nil && lhs == rhs, "\(source) ≠ \(explicit)", sourceLocation: sourceLocation)
  }

  func different(_ source: String, _ other: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let lhs = term(source, sourceLocation: sourceLocation)
    let rhs = term(other, sourceLocation: sourceLocation)
    #expect(lhs != nil && rhs != nil && lhs != rhs, "\(source) = \(other)", sourceLocation: sourceLocation)
  }

  @Test func arithmeticFollowsLeanPrecedence() {
    same("2 * x + 3", "(2 * x) + 3")
    same("a ^ b ^ c", "a ^ (b ^ c)")
    same("-x ^ 2", "-(x ^ 2)")
    same("-x * y", "(-x) * y")
    same("a - b - c", "(a - b) - c")
    same("a / b * c % d", "((a / b) * c) % d")
    same("f x y + 1", "(f x y) + 1")
    same("↑n + 1", "(↑n) + 1")
    same("↑f x", "(↑f) x")
    same("a ∣ b + c", "a ∣ (b + c)")
    same("2 * -x", "2 * (-x)")
    different("f -x", "f (-x)")
    same("f -x", "f - x")
  }

  @Test func propositionsFollowLeanPrecedence() {
    same("¬ a = b", "¬ (a = b)")
    same("¬a ∧ b", "(¬a) ∧ b")
    same("a → b → c", "a → (b → c)")
    same("p ∧ q ∨ r", "(p ∧ q) ∨ r")
    same("p ∧ q ∧ r", "p ∧ (q ∧ r)")
    same("p ↔ q ∧ r", "p ↔ (q ∧ r)")
    same("a < b ∧ b < c", "(a < b) ∧ (b < c)")
    same("x = y → P", "(x = y) → P")
    same("a ↔ b → c", "a ↔ (b → c)")
    same("p ∧ q → r", "(p ∧ q) → r")
    same("f ¬p", "f (¬p)")
    same("f fun x => x", "f (fun x => x)")
    #expect(Parser.parseTerm("f ∃ x, p").value == nil)
    #expect(Parser.parseTerm("f by simp").value == nil)
  }

  @Test func bindersExtendToTheRight() {
    same("∀ x, P x ∧ Q", "∀ x, (P x ∧ Q)")
    same("∃ x, P x → Q", "∃ x, (P x → Q)")
    same("fun x => x + 1", "fun x => (x + 1)")
    same("¬∀ x, P x ∧ Q", "¬(∀ x, P x ∧ Q)")
    same("∀ x y : ℕ, x = y", "∀ (x y : ℕ), x = y")
    same("∃ n : ℕ, n = 1", "∃ (n : ℕ), n = 1")
    same("fun x : ℕ => x", "fun (x : ℕ) => x")
    same("λ x ↦ x", "fun x => x")
    same("forall x, x = x", "∀ x, x = x")
  }

  @Test func asciiOperatorsAreTheirUnicodeForms() {
    same("a <= b /\\ c >= d", "a ≤ b ∧ c ≥ d")
    same("p -> q <-> r \\/ s", "p → q ↔ r ∨ s")
  }

  @Test func nonAssociativeRelationsDoNotChain() {
    let result = Parser.parseTerm("a = b = c")
    #expect(result.value == nil)
    #expect(result.diagnostics.first?.message == "unexpected token '='; expected ';' or line break")
  }

  @Test func projectionsAndFactorial() throws {
    let projection = try #require(term("h.2.1"))
    guard case .projection(let inner, "1") = projection.kind, case .projection(_, "2") = inner.kind else {
      Issue.record("h.2.1 is not a chain of projections: \(projection)")
      return
    }
    same("(f x).2", "(f x).2")
    different("f x.1", "(f x).1")
    same("n ! + 1", "(n !) + 1")
    same("Nat.gcd 20! 200000", "Nat.gcd (20 !) 200000")
    same("↑3!", "↑(3 !)")
    #expect(term("x.succ")?.kind == .identifier("x.succ"))
  }

  @Test func literalsKeepEveryDigit() {
    let big = "123456789012345678901234567890"
    #expect(term(big)?.kind == .natural(big))
    #expect(term("0x1F")?.kind == .natural("31"))
    #expect(term("0b101")?.kind == .natural("5"))
    #expect(term("007")?.kind == .natural("7"))
  }

  @Test func atomsAndBrackets() {
    let nowhere = ProverCore.SourceRange(at: .start)
    #expect(
      term("(n : ℤ)")?.kind
        == .ascription(Term(.identifier("n"), range: nowhere), Term(.identifier("ℤ"), range: nowhere)))
    #expect(term("⟨a, b, c⟩").map { if case .anonymousConstructor(let xs) = $0.kind { xs.count } else { 0 } } == 3)
    #expect(term("?_")?.kind == .syntheticHole(nil))
    #expect(term("_")?.kind == .hole)
    #expect(term("@Nat.add_comm")?.kind == .explicitIdentifier("Nat.add_comm"))
    same("((a))", "a")
    same("(f a) b", "f a b")
    same("show a = a from rfl", "show (a = a) from rfl")
    same("if x = 0 then 1 else 2", "if (x = 0) then 1 else 2")
  }

  @Test func boundedQuantifiers() throws {
    let bounded = try #require(term("∀ n ≥ 5, x n = 0"))
    guard case .bounded(.forall, "n", .greaterEqual, _, _) = bounded.kind else {
      Issue.record("not a bounded ∀: \(bounded)")
      return
    }
    let exists = try #require(term("∃ n < 10, P n"))
    guard case .bounded(.exists, "n", .less, _, _) = exists.kind else {
      Issue.record("not a bounded ∃: \(exists)")
      return
    }
  }

  @Test func termModeTacticBlocks() throws {
    let byTerm = try #require(term("by simp"))
    guard case .by(let block) = byTerm.kind else {
      Issue.record("not a by block")
      return
    }
    #expect(block.tactics.map { $0.kind } == [Tactic.Kind.simp(SimpCall(.simp))])
    same("show a = a by rfl", "show a = a by rfl")
    same("⟨by simp, by omega⟩", "⟨(by simp), (by omega)⟩")
  }
}

@Suite struct SyntaxEqualityTests {
  @Test func equalityIgnoresSourceRanges() throws {
    let compact = try #require(term("a+b*c"))
    let spaced = try #require(term("  a  +  b *\n c"))
    #expect(compact == spaced)
    #expect(compact.hashValue == spaced.hashValue)
    #expect(compact.range != spaced.range)
    #expect(compact.description == "a + b * c")
  }

  @Test func rangesCoverTheSource() throws {
    let parsed = try #require(term("f (x + 1) y"))
    #expect(parsed.range.start.column == 0)
    #expect(parsed.range.end.column == 11)
    guard case .application(_, let arguments) = parsed.kind else {
      Issue.record("not an application")
      return
    }
    #expect(arguments[0].range.start.column == 2)
    #expect(arguments[0].range.end.column == 9)
  }
}
