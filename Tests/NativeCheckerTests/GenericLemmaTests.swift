import Kernel
import Testing

@testable import NativeChecker

/// Lean core's logic lemmas over a type `α` (`not_exists`, `forall_and`, `exists_or`, …): proved
/// by the checker at every type of the fragment, and reached by `exact`, `apply`, `rw`, `simp [..]`
/// and term-mode application, with `p` found by higher-order pattern unification.
@Suite struct GenericLemmaTests {
  @Test func everyLemmaIsProvedAtEveryType() {
    let lemmas = GenericLemmas.core
    #expect(lemmas.failures.isEmpty, "\(lemmas.failures)")
    #expect(lemmas.instances["not_exists"]?.count == 3)
    #expect(lemmas.instances["imp_and"]?.count == 1)
    for entry in lemmas.allInstances {
      #expect(entry.theorem.dependencies.isEmpty, "\(entry.name) rests on \(entry.theorem.dependencies)")
      #expect(entry.theorem.conclusion == entry.statement)
    }
  }
}

extension GenericLemmaTests {
  @Test func lemmasAreUsableByEveryRoute() {
    let proofs = [
      "theorem t : (¬∃ n : Nat, n + 1 = 0) ↔ ∀ n : Nat, ¬(n + 1 = 0) := not_exists",
      "theorem t : ¬∃ n : Nat, n + 1 = 0 := by\n  rw [not_exists]\n  intro n\n  exact Nat.succ_ne_zero n",
      "theorem t (h : ¬∃ x : Int, x * x = 2) : ∀ x : Int, ¬x * x = 2 := not_exists.mp h",
      "theorem t (h : ¬∃ x : Int, x * x = 2) : ∀ x : Int, ¬x * x = 2 := by\n  exact not_exists.mp h",
      "theorem t (h : ¬∃ x : Int, x * x = 2) : ∀ x : Int, ¬x * x = 2 := by\n  simp only [not_exists] at h\n  exact h",
      "theorem t : (∀ n : Nat, 0 ≤ n ∧ n < n + 1) ↔ (∀ n : Nat, 0 ≤ n) ∧ (∀ n : Nat, n < n + 1) := forall_and",
      "theorem t : (∃ n : Int, n = 2 ∨ n = 3) ↔ (∃ n : Int, n = 2) ∨ ∃ n : Int, n = 3 := exists_or",
      "theorem t (p q r : Prop) : (p → q ∧ r) ↔ (p → q) ∧ (p → r) := imp_and",
      "theorem t (h : ∀ n : Nat, n < 5) : ∀ n : Nat, n ≤ 5 := by\n  refine forall_imp ?_ h\n  intro n hn\n  omega",
      "theorem t (h : ¬∀ n : Nat, n < 5) : ∃ n : Nat, ¬n < 5 := by\n  rw [Classical.not_forall] at h\n  exact h",
      "open Classical\ntheorem t (h : ¬∀ n : Nat, n < 5) : ∃ n : Nat, ¬n < 5 := not_forall.mp h",
      "import Mathlib\ntheorem t (h : ¬∀ n : ℕ, n < 5) : ∃ n : ℕ, ¬n < 5 := not_forall.mp h",
      "theorem t (a b : Int) (h : a = b) : b = a := eq_comm.mp h",
    ]
    for proof in proofs {
      let verdicts = CheckerTestSupport.verdicts(proof)
      #expect(verdicts.last?.status == .accepted, "\(proof)\n\(verdicts.last?.diagnostics ?? [])")
    }
  }

  @Test func wrongUsesAreRefusedWithLeansErrors() {
    // `not_forall` is Mathlib's export of `Classical.not_forall`: unknown in a core file.
    let core = CheckerTestSupport.verdicts(
      "theorem t (h : ¬∀ n : Nat, n < 5) : ∃ n : Nat, ¬n < 5 := not_forall.mp h")
    #expect(core.last?.status == .rejected)
    #expect(core.last?.diagnostics.first?.message.hasPrefix("Unknown identifier `") == true)
    let refused = [
      // The instance found by unification gives the other side, not a false one.
      "theorem t : (¬∃ n : Nat, n + 1 = 0) ↔ ∀ n : Nat, ¬(n + 2 = 0) := not_exists",
      "theorem t (h : ¬∀ n : Nat, n < 5) : ∀ n : Nat, ¬n < 5 := Classical.not_forall.mp h",
      "theorem t : (∃ n : Nat, n = 2 ∧ n = 3) ↔ (∃ n : Nat, n = 2) ∧ ∃ n : Nat, n = 3 := exists_or",
      "theorem t (h : ∃ n : Nat, n = 2) : ∀ n : Nat, n = 2 := by\n  rw [not_exists] at h\n  exact h",
    ]
    for proof in refused {
      #expect(CheckerTestSupport.status(proof) == .rejected, "\(proof)")
    }
    let rewrite = CheckerTestSupport.verdicts(
      "theorem t (h : ∃ n : Nat, n = 2) : True := by\n  rw [not_exists] at h\n  trivial")
    #expect(
      rewrite.last?.diagnostics.first?.message.hasPrefix(
        "tactic 'rewrite' failed, did not find instance of the pattern") == true)
  }
}
