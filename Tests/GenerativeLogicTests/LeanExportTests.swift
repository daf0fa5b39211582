import Foundation
import Testing

@testable import GenerativeLogic

@Suite struct LeanExportTests {
  @Test func exportsTheSmallSpaceAsRewriteChainsUnderLeanStyleNames() async throws {
    let derivation = try await Fixtures.derivation(Fixtures.smallConfiguration())
    let rendered = DerivationWriter(derivation: derivation).render()
    #expect(rendered.exported.allSatisfy { $0.text != nil }, "\(rendered.exported.filter { $0.text == nil }.prefix(3))")
    let lean = rendered.lean
    for header in [
      "theorem gl_zero_add (a : Nat) : 0 + a = a := by",
      "theorem gl_add_right_cancel (a b c : Nat) : a + c = b + c → a = b := by",
      "theorem gl_succ_inj (a b : Nat) : Nat.succ a = Nat.succ b → a = b := by",
    ] {
      #expect(lean.contains(header), "\(header)")
    }
    let zeroAdd = try #require(rendered.exported.first { $0.name == "gl_zero_add" }?.text)
    #expect(zeroAdd.contains("| succ a ih =>") && zeroAdd.contains("calc") && zeroAdd.contains("rw [Nat.add_succ"))
  }

  @Test(.enabled(if: Fixtures.heavy)) func exportsEveryTheoremUnderLeanStyleNames() async throws {
    let derivation = try await DerivationCache.shared.full()
    let rendered = DerivationWriter(derivation: derivation).render()
    #expect(rendered.exported.allSatisfy { $0.text != nil }, "\(rendered.exported.filter { $0.text == nil }.prefix(3))")
    let lean = rendered.lean
    for header in [
      "theorem gl_add_comm (a b : Nat) : a + b = b + a := by",
      "theorem gl_mul_assoc (a b c : Nat) : a * b * c = a * (b * c) := by",
      "theorem gl_left_distrib (a b c : Nat) : a * (b + c) = a * b + a * c := by",
      "theorem gl_add_right_cancel (a b c : Nat) : a + c = b + c → a = b := by",
      "theorem gl_succ_inj (a b : Nat) : Nat.succ a = Nat.succ b → a = b := by",
    ] {
      #expect(lean.contains(header), "\(header)")
    }
    #expect(!lean.contains("sorry") && !lean.contains("\nimport") && !lean.contains("ℕ"))
    #expect(lean.contains("| succ b ih =>") && lean.contains("rw [Nat.add_succ"))
    #expect(lean.contains("calc"))
  }

  @Test func citesOnlyCoreLemmasAndEarlierTheorems() async throws {
    let derivation = try await Fixtures.derivation(Fixtures.smallConfiguration())
    let lean = DerivationWriter(derivation: derivation).render().lean
    var defined: Set<String> = []
    let core: Set<String> = [
      "Nat.add_zero", "Nat.add_succ", "Nat.mul_zero", "Nat.mul_succ", "Nat.succ.inj", "Nat.succ", "Nat",
    ]
    for line in lean.split(separator: "\n") {
      let words = line.split(whereSeparator: { " ()[],".contains($0) }).map(String.init)
      if words.first == "theorem" {
        let name = words[1]
        #expect(!defined.contains(name), "\(name) defined twice")
        for word in words.dropFirst(2) where word.hasPrefix("gl_") || word.hasPrefix("Nat.") {
          #expect(defined.contains(word) || core.contains(word), "\(name) cites \(word) before it exists")
        }
        defined.insert(name)
        continue
      }
      for word in words where word.hasPrefix("gl_") || word.hasPrefix("Nat.") {
        #expect(defined.contains(word) || core.contains(word), "cites \(word) before it exists")
      }
    }
  }
}
