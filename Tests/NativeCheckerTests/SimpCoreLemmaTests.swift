import Kernel
import NativeChecker
import Testing

/// Every Lean core `@[simp]` lemma statement is a stress case for the simplifier: with the
/// default set it must never hit a refused kernel step, and a lemma of the set mostly proves
/// its own statement.
@Suite struct SimpCoreLemmaTests {
  @Test func defaultSimpOnEveryCoreLemmaStatement() throws {
    let simplifier = Simplifier(set: SimpFixtures.defaultSet)
    var closed: [String] = []
    var open: [String] = []
    for lemma in SimpFixtures.coreLemmas {
      do {
        let result = try simplifier.simplify(lemma.statement)
        if let result { try SimpAssertions.checkProof(result, of: lemma.statement) }
        if result?.isTrue == true { closed.append(lemma.name) } else { open.append(lemma.name) }
      } catch {
        #expect((error as? SimpFailure)?.code != .kernel, "\(lemma.name): \(error)")
        open.append(lemma.name)
      }
    }
    print("simp proves \(closed.count) of \(SimpFixtures.coreLemmas.count) core simp lemma statements")
    print("not proved: \(open.joined(separator: ", "))")
    #expect(closed.count * 10 >= SimpFixtures.coreLemmas.count * 7)
  }

  /// Each usable lemma rewrites its own left-hand side (with fresh variables for its binders)
  /// when its side conditions are given as hypotheses.
  @Test func everyUsableLemmaRewritesItsLeftSide() throws {
    var rewritten = 0
    for lemma in SimpFixtures.coreLemmas {
      var body = lemma.statement
      var conditions: [Theorem] = []
      var index = 0
      while true {
        if let (quantifier, _) = body.asQuantifier, case .forall(let type) = quantifier {
          body = try body.instantiateBinder(with: Kernel.Term.variable("v\(index)", type))
          index += 1
        } else if let (condition, rest) = body.operands(of: .implies) {
          conditions.append(try Theorem.assume(condition))
          body = rest
        } else {
          break
        }
      }
      guard let simpLemma = SimpFixtures.simpLemmas.usable.first(where: { $0.name == lemma.name }) else { continue }
      let lhs: Kernel.Term =
        if let (left, _) = body.asEquation { left } else if let (left, _) = body.operands(of: .iff) { left } else {
          body.negatedProposition ?? body
        }
      let simplifier = Simplifier(set: SimpSet([simpLemma]), configuration: .only())
      let result = try simplifier.simplify(lhs, using: conditions)
      if let result {
        try SimpAssertions.checkProof(result, of: lhs, hypotheses: result.proof.hypotheses)
        if result.usedLemmas.contains(lemma.name) { rewritten += 1 }
      }
    }
    print("\(rewritten) of \(SimpFixtures.simpLemmas.usable.count) lemmas rewrite their own left side")
    #expect(rewritten * 10 >= SimpFixtures.simpLemmas.usable.count * 8)
  }
}
