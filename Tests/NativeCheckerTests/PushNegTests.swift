import Kernel
import TestSupport
import Testing

@testable import NativeChecker

/// `push_neg` as Mathlib's `push Not` (`Mathlib/Tactic/Push.lean`): the forms below are the ones
/// its docstring and lemmas give (`¬∀ x, ∃ y, x ≤ y` becomes `∃ x, ∀ y, y < x`; `¬(p ∧ q)` becomes
/// `p → ¬q`; `¬a = b` becomes `a ≠ b` through `ne_eq` backwards; `¬a ≤ b` becomes `b < a`
/// through `not_le`).
@Suite struct PushNegTests {
  typealias Support = MathlibTacticTestSupport

  @Test func corpusProofsAreAccepted() {
    #expect(Support.accepted("(h : ¬∀ n : ℕ, n ≤ 10) : ∃ n : ℕ, 10 < n", ["push_neg at h", "exact h"]))
    #expect(Support.accepted(": ¬∃ n : ℕ, n < 0", ["push_neg", "intro n", "exact Nat.zero_le n"]))
    #expect(Support.accepted("(f : ℕ → ℕ) (h : ¬∃ n, f n = 0) : ∀ n, f n ≠ 0", ["push_neg at h", "exact h"]))
  }

  @Test func resultsPrintAsLeanPrintsThem() {
    #expect(Support.goals("(h : ¬∀ n : ℕ, n ≤ 10) : False", ["push_neg at h"]) == "h : ∃ n, 10 < n\n⊢ False")
    #expect(Support.goals("(p q : Prop) : ¬(p ∧ q)", ["push_neg"]) == "p q : Prop\n⊢ p → ¬q")
    #expect(Support.goals("(p q : Prop) : ¬(p ∨ q)", ["push_neg"]) == "p q : Prop\n⊢ ¬p ∧ ¬q")
    #expect(Support.goals("(p q : Prop) : ¬(p → q)", ["push_neg"]) == "p q : Prop\n⊢ p ∧ ¬q")
    #expect(Support.goals("(p q : Prop) : ¬(p ↔ q)", ["push_neg"]) == "p q : Prop\n⊢ p ∧ ¬q ∨ ¬p ∧ q")
    #expect(Support.goals("(p : Prop) : ¬¬¬p", ["push_neg"]) == "p : Prop\n⊢ ¬p")
    #expect(Support.goals(": ¬∀ x : ℕ, ∃ y : ℕ, x ≤ y", ["push_neg"]) == "⊢ ∃ x, ∀ (y : ℕ), y < x")
    #expect(Support.goals("(a b : ℤ) : ¬(a ≥ b ∧ a > b)", ["push_neg"]) == "a b : ℤ\n⊢ a ≥ b → a ≤ b")
    #expect(Support.goals("(a b : ℤ) : ¬(a ≥ b)", ["push_neg"]) == "a b : ℤ\n⊢ a < b")
    #expect(Support.goals("(a b : ℕ) : ¬¬(a ≠ b)", ["push_neg"]) == "a b : ℕ\n⊢ a ≠ b")
    #expect(Support.goals("(a b : ℕ) : ¬(a ≠ b)", ["push_neg"]) == "a b : ℕ\n⊢ a = b")
  }

  /// Mathlib's delaborator prints binder predicates (`Mathlib/Util/Delaborators.lean`; the
  /// `push_neg` docstring shows `h : ∃ ε > 0, ∀ δ > 0, …`), a `∀` only when its binder stands alone.
  @Test func boundedQuantifiersPrintWithMathlibsCuteBinders() {
    #expect(
      Support.goals("(h : ¬∃ x : ℕ, x > 5 ∧ x < 3) : False", ["push_neg at h"]) == "h : ∀ x > 5, 3 ≤ x\n⊢ False")
    #expect(
      Support.goals("(h : ¬∀ x : ℤ, x ≥ 5 → x ≠ 3) : False", ["push_neg at h"]) == "h : ∃ x ≥ 5, x = 3\n⊢ False")
    #expect(
      Support.goals("(h : ∀ a : ℕ, ∀ x : ℕ, x > 5 → a = x) (k : ∃ a : ℕ, ∃ x : ℕ, x > 5 ∧ a = x) : False", ["exfalso"])
        == "h : ∀ (a x : ℕ), x > 5 → a = x\nk : ∃ a, ∃ x > 5, a = x\n⊢ False")
  }

  @Test func aRewrittenHypothesisMovesToTheEndUnlessDefinitional() {
    #expect(
      Support.goals("(h : ¬(1 : ℕ) ≤ 2) (k : ℕ) : False", ["push_neg at h"]) == "k : ℕ\nh : 2 < 1\n⊢ False")
    #expect(
      Support.goals("(a : ℕ) (h : ¬a = 2) (k : ℕ) : False", ["push_neg at h"])
        == "a : ℕ\nh : a ≠ 2\nk : ℕ\n⊢ False")
  }

  @Test func noProgressFailsWithMathlibsMessage() {
    #expect(Support.message("(a b : ℕ) (h : a ≠ b) : False", ["push_neg at h"]) == "push made no progress at h")
    #expect(Support.message("(a b : ℕ) : a ≤ b", ["push_neg"]) == "push made no progress on goal")
    #expect(Support.message("(h : (1 : ℕ) = 1) : ¬(1 : ℕ) ≤ 0", ["push_neg at *", "omega"]) == nil)
  }

  @Test func falseConsequencesAreRefused() {
    #expect(!Support.accepted("(h : ¬∀ n : ℕ, n ≤ 10) : ∃ n : ℕ, n < 10", ["push_neg at h", "exact h"]))
    #expect(!Support.accepted("(h : ¬∃ n : ℕ, n < 5) : False", ["push_neg at h", "exact h 0"]))
    #expect(!Support.accepted("(p q : Prop) (h : ¬(p ∧ q)) : ¬p ∧ ¬q", ["push_neg at h", "exact h"]))
    #expect(!Support.accepted("(a b : ℤ) (h : ¬a < b) : b < a", ["push_neg at h", "exact h"]))
  }

  /// `set_option push_neg.use_distrib true` makes Mathlib push `¬(p ∧ q)` to `¬p ∨ ¬q`; the
  /// option is not modelled, so a file that sets it is refused rather than checked as the default.
  @Test func theDistribOptionIsRefused() {
    let text =
      "import Mathlib\n\nset_option push_neg.use_distrib true\n\n"
      + "theorem t (p q : Prop) (h : ¬(p ∧ q)) : p → ¬q := by\n  push_neg at h\n  exact h\n"
    #expect(CheckerTestSupport.status(text) == .unsupported)
  }

  @Test func coreFilesDoNotHavePushNeg() {
    let message = Support.message("(p : Prop) : ¬¬p → p", ["push_neg", "exact id"], mathlib: false)
    #expect(message?.hasPrefix("unknown tactic") == true)
  }

  /// On random propositions the result is in negation normal form (no `¬` over a connective,
  /// quantifier, order relation, `≠`, `True` or `False`) and the kernel proves `term = result`
  /// with no assumption left.
  @Test func randomPropositionsReachNegationNormalForm() throws {
    var generator = SeededGenerator(seed: 0xB0B)
    for _ in 0..<300 {
      let term = try Self.randomProposition(depth: 4, &generator)
      guard let outcome = try NegationPusher.push(term) else {
        #expect(!Self.hasPushableNegation(term), "unchanged but pushable: \(term)")
        continue
      }
      #expect(outcome.proof.hypotheses.isEmpty)
      #expect(outcome.proof.conclusion == (try KTerm.equal(term, outcome.result)))
      #expect(!Self.hasPushableNegation(outcome.result), "\(term) gave \(outcome.result)")
    }
  }

  static func hasPushableNegation(_ term: KTerm) -> Bool {
    if let p = term.negatedProposition {
      if p.negatedProposition != nil || p.asQuantifier != nil { return true }
      if p === KTerm.trueProposition || p === KTerm.falseProposition { return true }
      if let (constant, _, _) = p.asBinaryOperation {
        switch constant {
        case .and, .or, .implies, .iff, .equal, .notEqual, .natLe, .natLt, .intLe, .intLt, .intGe, .intGt, .natGe,
          .natGt:
          return true
        default: break
        }
      }
      return hasPushableNegation(p)
    }
    if let (constant, lhs, rhs) = term.asBinaryOperation {
      switch constant {
      case .and, .or, .implies, .iff: return hasPushableNegation(lhs) || hasPushableNegation(rhs)
      default: return false
      }
    }
    if term.asQuantifier != nil, let type = term.binderType,
      let body = try? term.instantiateBinder(with: KTerm.variable("v", type))
    {
      return hasPushableNegation(body)
    }
    return false
  }

  static func randomProposition(depth: Int, _ generator: inout SeededGenerator) throws -> KTerm {
    let x = KTerm.variable("x", .int)
    let y = KTerm.variable("y", .int)
    let p = KTerm.variable("p", .prop)
    if depth == 0 || Int.random(in: 0..<4, using: &generator) == 0 {
      let atoms: [() throws -> KTerm] = [
        { p }, { try KTerm.lessOrEqual(x, y) }, { try KTerm.lessThan(y, x) }, { try KTerm.equal(x, y) },
        { try KTerm.notEqual(x, y) }, { try KTerm.greaterOrEqual(x, y) }, { try KTerm.greaterThan(x, y) },
        { KTerm.trueProposition }, { KTerm.falseProposition },
      ]
      return try atoms[Int.random(in: 0..<atoms.count, using: &generator)]()
    }
    let a = try randomProposition(depth: depth - 1, &generator)
    switch Int.random(in: 0..<8, using: &generator) {
    case 0, 1: return try KTerm.not(a)
    case 2: return try KTerm.and(a, randomProposition(depth: depth - 1, &generator))
    case 3: return try KTerm.or(a, randomProposition(depth: depth - 1, &generator))
    case 4: return try KTerm.implies(a, randomProposition(depth: depth - 1, &generator))
    case 5: return try KTerm.iff(a, randomProposition(depth: depth - 1, &generator))
    case 6: return try KTerm.not(KTerm.forall(x, a))
    default: return try KTerm.not(KTerm.exists(y, a))
    }
  }
}
