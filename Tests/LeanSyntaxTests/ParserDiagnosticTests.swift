import LeanSyntax
import ProverCore
import Testing

/// Diagnostics name the file, line and column: each source marks the expected position with `⁅`.
@Suite struct ParserDiagnosticTests {
  func expectDiagnostic(
    _ marked: String, _ expected: String, category: Diagnostic.Category = .syntax,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let source = MarkedSource(marked)
    let result = declaration(source.text, file: "Test.lean")
    #expect(result.diagnostics.count == 1, "\(result.diagnostics)", sourceLocation: sourceLocation)
    guard let diagnostic = result.diagnostics.first else { return }
    let label = category == .unsupported ? "unsupported" : "error"
    #expect(
      diagnostic.description == "\(source.location(file: "Test.lean")): \(label): \(expected)",
      sourceLocation: sourceLocation)
    #expect(diagnostic.category == category, sourceLocation: sourceLocation)
  }

  @Test func syntaxErrorsNameWhatWasExpected() {
    expectDiagnostic("theorem t (n : ℕ) : n = n ⁅by rfl", "unexpected token 'by'; expected ':='")
    expectDiagnostic("theorem t (n : ℕ) ⁅:= rfl", "unexpected token ':='; expected ':'")
    expectDiagnostic("theorem t (n : ℕ) : n + ⁅= n := rfl", "unexpected token '='; expected term")
    expectDiagnostic("theorem t (n : ℕ ⁅: n = n := rfl", "unexpected token ':'; expected ')'")
  }

  @Test func syntaxErrorsInTacticBlocks() {
    expectDiagnostic(
      """
      theorem t (n : ℕ) : n = n := by
        simp ⁅foo
      """, "unexpected identifier 'foo'; expected ';' or line break")
    expectDiagnostic(
      """
      theorem t (a b : ℕ) (h : a = b) : b = a := by
        rw ⁅h
      """, "unexpected identifier 'h'; expected '['")
    expectDiagnostic(
      """
      theorem t (a b : ℕ) (h : a = b) : b = a := by
        exact h
        have h' : b = a :=⁅
      """, "unexpected end of input; expected term")
    expectDiagnostic(
      """
      theorem t (n : ℕ) : n = n := by
        cases n with
        ⁅zero => rfl
      """, "unexpected identifier 'zero'; expected '|'", category: .syntax)
    expectDiagnostic(
      """
      theorem t (n : ℕ) : n = n := by
        cases n with ⁅x y
      """, "unexpected identifier 'x'; expected '|'")
    expectDiagnostic(
      """
      theorem t (n : ℕ) : n = n := by
        induction n with ⁅simp
        | zero => rfl
      """, "tactic after 'with': write the tactic inside each alternative", category: .unsupported)
    expectDiagnostic(
      """
      theorem t (p : Prop) (hp : p) : p := by
        exact (hp⁅
      """, "unexpected end of input; expected ')'")
  }

  @Test func outOfFragmentConstructsAreLocatedAndNamed() {
    expectDiagnostic(
      "theorem t (x : ⁅ℝ) : x = x := rfl", "ℝ: real numbers: only ℕ and ℤ are in the native fragment",
      category: .unsupported)
    expectDiagnostic(
      "theorem t (n : ℕ) : (⁅∑ k ∈ Finset.range n, k) = 0 := by\n  simp",
      "Finset.sum: the big operator ∑ is outside the native fragment", category: .unsupported)
    expectDiagnostic(
      "theorem t (a : ℕ) (h : a ⁅≡ 5 [MOD 16]) : a % 16 = 5 := by\n  omega",
      "Nat.ModEq (≡ [MOD n]): congruence is outside the native fragment (use %)", category: .unsupported)
    expectDiagnostic(
      "theorem t (x : ℕ) : ⁅Real.sqrt x = 0 := by\n  simp",
      "Real.sqrt: real analysis is outside the native fragment", category: .unsupported)
    expectDiagnostic(
      "theorem t (x : ℤ) : ⁅|x| = x := by\n  simp",
      "abs: absolute value |x| is outside the native fragment (use Int.natAbs)", category: .unsupported)
    expectDiagnostic(
      "theorem t (s : ⁅ℕ → ℕ → ℕ) : s 1 2 = 3 := by\n  simp",
      "function type: `ℕ → ℕ → ℕ`: only unary functions between ℕ and ℤ are in the native fragment",
      category: .unsupported)
    expectDiagnostic(
      "theorem t (S : ⁅Finset ℕ) : S = S := rfl", "Finset: finite sets are outside the native fragment",
      category: .unsupported)
    expectDiagnostic(
      "theorem t (n : ℕ) : n ⁅∈ S := rfl", "∈: membership is outside the native fragment", category: .unsupported)
    expectDiagnostic(
      "theorem t : ∀ x ⁅∈ S, x = x := rfl", "∈: membership is outside the native fragment", category: .unsupported)
  }

  @Test func unknownTacticsAreLocatedAtTheTactic() {
    expectDiagnostic(
      """
      theorem t (x : ℕ) (h : x < 3) : x ≤ 2 := by
        have : x < 3 := h
        ⁅fin_cases x <;> simp
      """, "tactic 'fin_cases'", category: .unsupported)
    expectDiagnostic(
      """
      theorem t (x : ℕ) : x = x := by
        · ⁅aesop
      """, "tactic 'aesop'", category: .unsupported)
  }

  @Test func nestingTooDeepIsLocated() {
    let depth = Parser.maximumDepth + 10
    let source =
      "theorem t : " + String(repeating: "(", count: depth) + "x" + String(repeating: ")", count: depth) + " := rfl"
    let result = declaration(source, file: "Deep.lean")
    #expect(result.diagnostics.first?.description.hasPrefix("Deep.lean:1:") == true)
    #expect(result.diagnostics.first?.message == "nesting too deep")
  }
}
