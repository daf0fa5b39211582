import LeanSyntax
import NativeChecker
import ProverCore
import Testing

/// The reflexivity terms prove what Lean lets them prove and nothing more: `rfl` proves only
/// equations and `Iff.rfl` only `↔`, and `Eq.refl`/`Iff.refl` need their explicit argument, which
/// `_` fills by unification (`apply` fills it too). Lean rejects a bare `Iff.refl` with
/// `type mismatch … ∀ (a : Prop), a ↔ a` (leanprover/lean4#5359).
@Suite struct ReflexivityTermTests {
  static func verdicts(_ source: String) -> [String: DeclarationVerdict] {
    let verdicts = FileChecker().check(SourceFile(text: source, path: "Refl.lean"))
    return Dictionary(uniqueKeysWithValues: verdicts.map { ($0.name ?? "", $0) })
  }

  @Test func termsOfTheWrongRelationOrWithoutTheirArgumentAreRejected() {
    let verdicts = Self.verdicts(
      """
      theorem a (p : Prop) : p ↔ p := rfl
      theorem b : 2 = 2 := Iff.rfl
      theorem c : 2 = 2 := Eq.refl
      theorem d (p : Prop) : p ↔ p := by exact Iff.refl
      """)
    for name in ["a", "b", "c", "d"] {
      #expect(verdicts[name]?.status == .rejected, "\(name)")
      #expect(verdicts[name]?.diagnostics.first?.message.hasPrefix("type mismatch\n") == true, "\(name)")
    }
    #expect(verdicts["d"]?.diagnostics.first?.message.contains("∀ (a : Prop), a ↔ a : Prop") == true)
    let start = verdicts["a"]?.diagnostics.first?.location.range.start
    #expect(start?.line == 1 && start?.column == 32)
  }

  @Test func termsOfTheirOwnRelationAreAccepted() {
    let verdicts = Self.verdicts(
      """
      theorem a : 2 + 2 = 4 := rfl
      theorem b (p : Prop) : p ↔ p := Iff.rfl
      theorem c : 2 = 2 := Eq.refl _
      theorem d : 2 = 2 := Eq.refl 2
      theorem e : 2 = 2 := by apply Eq.refl
      theorem f (p : Prop) : p ↔ p := Iff.refl _
      theorem g (p : Prop) : p ↔ p := by apply Iff.refl
      theorem h (p : Prop) : p ↔ p := by rfl
      """)
    #expect(verdicts.count == 8)
    for (name, verdict) in verdicts {
      #expect(verdict.status == .accepted, "\(name): \(verdict.diagnostics)")
    }
  }
}
