import LeanSyntax
import ProverCore
import Testing

@Suite struct PrinterTests {
  /// Printing then parsing gives the same tree, and printing is stable.
  func roundTrip(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let parsed = declaration(source)
    guard let signature = parsed.signature, let proof = parsed.proof else {
      Issue.record("does not parse: \(source)\n\(parsed.diagnostics)", sourceLocation: sourceLocation)
      return
    }
    let printed = "theorem t " + Printer.printDeclarationBody(signature, proof)
    let reparsed = declaration(printed)
    #expect(reparsed.diagnostics.isEmpty, "\(printed)\n\(reparsed.diagnostics)", sourceLocation: sourceLocation)
    #expect(
      reparsed.signature == signature, "signature changed:\n\(source)\n\(printed)", sourceLocation: sourceLocation)
    #expect(reparsed.proof == proof, "proof changed:\n\(source)\n\(printed)", sourceLocation: sourceLocation)
    if let signature = reparsed.signature, let proof = reparsed.proof {
      #expect(
        "theorem t " + Printer.printDeclarationBody(signature, proof) == printed, "unstable:\n\(printed)",
        sourceLocation: sourceLocation)
    }
  }

  @Test func handWrittenDeclarationsRoundTrip() {
    for source in FragmentSamples.parsing { roundTrip(source) }
  }

  @Test func scriptsRoundTrip() throws {
    for script in FragmentSamples.scripts {
      let block = try #require(tactics(script))
      let printed = Printer.print(block)
      #expect(tactics(printed) == block, "\(script)\n---\n\(printed)")
    }
  }

  @Test func printsMinimalParentheses() {
    let cases: [(String, String)] = [
      ("(2 * x) + 3", "2 * x + 3"),
      ("a ^ (b ^ c)", "a ^ b ^ c"),
      ("(a ^ b) ^ c", "(a ^ b) ^ c"),
      ("-(x ^ 2)", "-x ^ 2"),
      ("(-x) ^ 2", "(-x) ^ 2"),
      ("¬ (a = b)", "¬a = b"),
      ("(¬a) = b", "(¬a) = b"),
      ("(a - b) - c", "a - b - c"),
      ("a - (b - c)", "a - (b - c)"),
      ("(f x y) + 1", "f x y + 1"),
      ("(↑n) + 1", "↑n + 1"),
      ("↑(f x)", "↑(f x)"),
      ("a ∣ (b + c)", "a ∣ b + c"),
      ("(p ∧ q) ∨ r", "p ∧ q ∨ r"),
      ("p ∧ (q ∨ r)", "p ∧ (q ∨ r)"),
      ("(a → b) → c", "(a → b) → c"),
      ("(∀ x, P x) ∧ Q", "(∀ x, P x) ∧ Q"),
      ("f (fun x => x) y", "f (fun x => x) y"),
      ("f (g x)", "f (g x)"),
      ("(f x).1", "(f x).1"),
      ("(n + 1)!", "(n + 1)!"),
      ("n !", "n !"),
      ("- (-x)", "- -x"),
      ("f (-x)", "f (-x)"),
      ("(x : ℤ) + 1", "(x : ℤ) + 1"),
      ("∀ x y : ℕ, x = y", "∀ (x y : ℕ), x = y"),
      ("∃ n < 10, P n", "∃ n < 10, P n"),
      ("⟨by simp, h⟩", "⟨(by simp), h⟩"),
      ("a ∧ (∀ x, P) ∨ Q", "a ∧ (∀ x, P) ∨ Q"),
      ("f (¬p) q", "f (¬p) q"),
      ("h (by simp) x", "h (by simp) x"),
    ]
    for (source, expected) in cases {
      guard let parsed = term(source) else { continue }
      #expect(Printer.print(parsed) == expected, "\(source)")
      #expect(term(expected) == parsed, "\(expected) does not reparse to \(source)")
    }
  }

  @Test func printsTacticLayout() throws {
    let source = """
      intro h
      cases h with
      | inl h => exact h
      | inr h =>
        simp at h
        omega
      · constructor <;> simp
      have key : a = b := by
        rw [h]
        ring
      (try simp) <;> omega
      """
    let block = try #require(tactics(source))
    #expect(Printer.print(block) == source)
  }

  @Test func parenthesizesTacticSequencesBeforeThen() throws {
    let block = try #require(tactics("(try simp) <;> omega\nexact (by simp) <;> rfl"))
    #expect(Printer.print(block) == "(try simp) <;> omega\nexact (by simp) <;> rfl")
    let sequence = try #require(tactics("try simp <;> omega"))
    guard case .combinator(.try, let inner) = sequence.tactics[0].kind, case .andThen = inner.tactics[0].kind else {
      Issue.record("`try t <;> u` is not `try (t <;> u)`")
      return
    }
  }
}
