import Testing

@testable import NativeChecker

/// Lean core's lemmas on equations between propositions (`Init/SimpLemmas.lean`: `of_eq_true`,
/// `of_eq_false`, `eq_true`, `eq_false`, `eq_false'`), proved by the checker with `propext`
/// (Lean's axiom, the kernel's rule), and `Int.ofNat_sub` with its ℕ variables.
@Suite struct PropositionEqualityLemmaTests {
  @Test func lemmasAreProvedNotAdmitted() {
    let prelude = Prelude.core
    for name in ["of_eq_true", "of_eq_false", "eq_true", "eq_false", "eq_false'"] {
      #expect(prelude.proved.contains(name), "\(name): \(prelude.skipped.filter { $0.name == name })")
      #expect(prelude.lemmas[name]?.theorem.dependencies.isEmpty == true)
    }
    #expect(prelude.admitted.contains("Int.ofNat_sub"))
  }

  @Test func lemmasApplyAsInLean() {
    let accepted = [
      "theorem t (p : Prop) (h : p = True) : p := of_eq_true h",
      "theorem t (p : Prop) (h : p = False) : ¬p := of_eq_false h",
      "theorem t (x : Nat) (h : x > 3) : (x > 3) = True := eq_true h",
      "theorem t (p : Prop) (h : ¬p) : p = False := eq_false h",
      "theorem t (p q : Prop) (h : p ↔ q) : p = q := propext h",
      "theorem t (m n : Nat) (h : m ≤ n) : ((n - m : Nat) : Int) = n - m := Int.ofNat_sub h",
    ]
    for source in accepted {
      #expect(CheckerTestSupport.status(source) == .accepted, "\(source)")
    }
  }

  @Test func wrongUsesAreRejected() {
    let rejected = [
      "theorem t (p : Prop) (h : p = False) : p := of_eq_true h",
      "theorem t (p : Prop) (h : p) : p = False := eq_false h",
      "theorem t (p q : Prop) (h : p → q) : p = q := propext h",
      "theorem t (m n : Nat) (h : n ≤ m) : ((n - m : Nat) : Int) = n - m := Int.ofNat_sub h",
    ]
    for source in rejected {
      #expect(CheckerTestSupport.status(source) == .rejected, "\(source)")
    }
  }

  @Test func explicitGenericLemmaIsOutsideTheFragmentWithItsLocation() {
    let source = "theorem t (h : ¬∃ x : Nat, x > 3) : ∀ x : Nat, ¬x > 3 :=\n  (@not_exists Nat (fun x => x > 3)).mp h\n"
    let verdict = CheckerTestSupport.verdicts(source).first
    #expect(verdict?.status == .unsupported)
    let diagnostic = verdict?.diagnostics.first
    #expect(diagnostic?.message.contains("@not_exists") == true)
    #expect(diagnostic?.message.contains("outside the native fragment") == true)
    #expect(diagnostic?.location.range.start.line == 2)
  }
}
