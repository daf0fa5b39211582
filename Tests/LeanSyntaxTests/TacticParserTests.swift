import LeanSyntax
import ProverCore
import Testing

@Suite struct TacticParserTests {
  func kinds(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Tactic.Kind] {
    tactics(source, sourceLocation: sourceLocation)?.tactics.map { $0.kind } ?? []
  }

  func name(_ text: String) -> Term { Term(.identifier(text), range: SourceRange(at: .start)) }

  @Test func blocksSplitAtTheirColumn() {
    #expect(kinds("simp\nomega").count == 2)
    #expect(kinds("simp; omega").count == 2)
    #expect(kinds("simp;").count == 1)
    let nested = kinds("constructor\n· simp\n  ring\n· omega")
    #expect(nested.count == 3)
    if case .focusDot(let block) = nested[1] { #expect(block.tactics.count == 2) } else { Issue.record("no ·") }
  }

  @Test func argumentsContinueOnIndentedLines() {
    #expect(
      kinds("exact foo\n  bar") == [
        .exact(Term.application(name("foo"), [name("bar")], range: SourceRange(at: .start)))
      ])
    let result = Parser.parseTactics("exact foo\nbar")
    #expect(result.value == nil)
    #expect(result.diagnostics.first?.construct == "tactic 'bar'")
  }

  @Test func thenIsLeftAssociative() throws {
    let parsed = try #require(kinds("rfl <;> omega <;> ring").first)
    guard case .andThen(let left, let right) = parsed, case .andThen = left.kind, right.kind == .atomic(.ring) else {
      Issue.record("<;> is not left-associative: \(parsed)")
      return
    }
  }

  @Test func nestedByBlocksEndAtTheirColumn() throws {
    let block = try #require(tactics("have h : a = b := by\n  simp\n  ring\nexact h"))
    #expect(block.tactics.count == 2)
    guard case .have("h", _, let value?) = block.tactics[0].kind, case .by(let inner) = value.kind else {
      Issue.record("no have")
      return
    }
    #expect(inner.tactics.count == 2)
  }

  @Test func namesEveryFragmentTactic() {
    let script = """
      intro x ⟨a, b⟩ _
      intros
      rintro ⟨a, b⟩ (h | h) rfl
      exact h
      apply h
      refine ⟨?_, h⟩
      rfl
      constructor
      left
      right
      exists 1, 2
      use 1, 2
      cases h
      cases h : f x with
      | inl h => simp
      | inr h => simp
      rcases h with ⟨a, b⟩ | c
      obtain ⟨a, b⟩ := h
      obtain ⟨a, b⟩ : P ∧ Q := h
      obtain h : P
      induction n with
      | zero => simp
      | succ n ih => omega
      rw [h, ← h', Nat.add_comm a b] at h ⊢
      rewrite [h]
      simp
      simp only [a, b] at h
      simp [*]
      simp at *
      simp_all
      omega
      decide
      norm_num [h] at h
      ring
      ring_nf
      linarith [h1, h2]
      nlinarith [sq_nonneg (a - b), mul_pos h1 h2]
      positivity
      push_neg at h
      by_contra h
      by_cases h : p
      zify
      field_simp
      norm_cast
      exact_mod_cast h
      assumption
      contradiction
      exfalso
      trivial
      exact?
      show P
      have h : T := e
      have : T := e
      have h : T
      specialize h a b
      subst h
      symm
      unfold f at h
      calc a = b := by simp
        _ = c := h
      sorry
      first | simp | omega
      try simp
      repeat simp
      all_goals simp
      any_goals simp
      case inl x y => simp
      next x => simp
      (simp; omega)
      focus simp
      . simp
      """
    let block = tactics(script)
    #expect(block?.tactics.count == 66)
  }

  @Test func unknownTacticsAreNamed() {
    for (source, construct) in [
      ("fin_cases x", "tactic 'fin_cases'"), ("simp?", "tactic 'simp?'"), ("admit", "tactic 'admit'"),
      ("omega\n  nlinarith!", nil), ("let x := 1", "tactic 'let'"),
    ] {
      let result = Parser.parseTactics(source)
      if let construct {
        #expect(result.diagnostics.first?.construct == construct, "\(source)")
        #expect(result.diagnostics.first?.category == .unsupported)
      } else {
        #expect(result.value == nil)
      }
    }
  }
}

@Suite struct LayoutTests {
  func proof(_ source: String) -> TacticBlock? {
    let parsed = declaration(source)
    #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
    guard case .tactics(let block) = parsed.proof else { return nil }
    return block
  }

  @Test func calcStepsAndTheirBlocks() throws {
    let block = try #require(proof(FragmentSamples.declarations.first { $0.contains("layout_calc") } ?? ""))
    guard case .calc(let steps) = block.tactics.first?.kind else {
      Issue.record("no calc")
      return
    }
    #expect(steps.count == 3)
  }

  @Test func nestedFocusDots() throws {
    let block = try #require(proof(FragmentSamples.declarations.first { $0.contains("layout_cdots") } ?? ""))
    #expect(block.tactics.count == 3)
    guard case .focusDot(let inner) = block.tactics[2].kind else {
      Issue.record("no ·")
      return
    }
    #expect(inner.tactics.count == 3)
  }

  @Test func firstAlternativesAreBlocks() throws {
    let block = try #require(proof(FragmentSamples.declarations.first { $0.contains("layout_first") } ?? ""))
    guard case .first(let alternatives) = block.tactics.first?.kind else {
      Issue.record("no first")
      return
    }
    #expect(alternatives.map(\.tactics.count) == [1, 2])
  }

  @Test func argumentsMustBeRightOfTheBlock() {
    let result = Parser.parseTactics("exact Nat.le_trans h\n(Nat.le_succ b)")
    #expect(result.value == nil)
    #expect(result.diagnostics.first?.construct == "tactic 'Nat.le_succ'")
    #expect(result.diagnostics.first?.location.range.start.line == 2)
  }

  @Test func byBlockNotRightOfTheEnclosingBlockIsEmpty() throws {
    // Lean's `tacticSeqIndentGt`: `rfl` is not right of the block's column, so the `by` gets no
    // tactics and `rfl` is the block's next tactic.
    let block = try #require(Parser.parseTactics("have h : a = a := by\nrfl").value)
    #expect(block.tactics.count == 2)
    guard case .have(_, _, let value?) = block.tactics.first?.kind, case .by(let inner) = value.kind else {
      Issue.record("no have … := by")
      return
    }
    #expect(inner.tactics.isEmpty)
    #expect(inner.range.start.column == 18 && inner.range.end.column == 20)
    #expect(block.tactics.last?.kind == .atomic(.rfl))
  }

  @Test func focusDotNotRightOfTheEnclosingBlockIsEmpty() throws {
    let block = try #require(Parser.parseTactics("constructor\n·\nrfl").value)
    #expect(block.tactics.count == 3)
    guard case .focusDot(let inner) = block.tactics[1].kind else {
      Issue.record("no focus dot")
      return
    }
    #expect(inner.tactics.isEmpty)
    #expect(Printer.print(block) == "constructor\n·\nrfl")
  }

  @Test func byBlockRightOfTheEnclosingBlockIsItsOwn() throws {
    let block = try #require(Parser.parseTactics("have h : a = a := by\n  rfl").value)
    #expect(block.tactics.count == 1)
    guard case .have(_, _, let value?) = block.tactics.first?.kind, case .by(let inner) = value.kind else {
      Issue.record("no have … := by")
      return
    }
    #expect(inner.tactics.map(\.kind) == [.atomic(.rfl)])
  }
}
