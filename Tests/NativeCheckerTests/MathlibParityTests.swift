import Kernel
import LeanSyntax
import ProverCore
import Testing

@testable import NativeChecker

/// Mathlib's `Even`, `Odd`, `Nat.Prime` and `Nat.factorial`: the corpus uses check as Lean and
/// Mathlib check them, false variants are refused, core files do not know the names, and goals
/// print as Lean prints them.
@Suite struct MathlibParityTests {
  static func mathlib(_ body: String) -> String { "import Mathlib\n" + body }

  @Test func corpusUsesAreAccepted() {
    let proofs = [
      "theorem t (n : ℕ) : Even (n * (n + 1)) :=\n  Nat.even_mul_succ_self n",
      "theorem t {n : ℕ} (h : Even n) : n % 2 = 0 :=\n  Nat.even_iff.mp h",
      "lemma t : Even 10 := by\n  decide",
      "lemma t : Odd 7 :=\n  ⟨3, by norm_num⟩",
      "theorem t {n : ℤ} (h : Even n) : Even (n ^ 2) := by\n  obtain ⟨k, rfl⟩ := h\n  exact ⟨2 * k ^ 2, by ring⟩",
      "theorem t {a b : ℤ} (ha : Odd a) (hb : Odd b) : Odd (a * b) := by\n  obtain ⟨k, rfl⟩ := ha\n"
        + "  obtain ⟨l, rfl⟩ := hb\n  exact ⟨2 * k * l + k + l, by ring⟩",
      "theorem t (n : ℕ) : Even (n + 1) ↔ ¬Even n :=\n  Nat.even_add_one",
      "theorem t : Nat.Prime 97 := by\n  norm_num",
      "theorem t : ¬Nat.Prime 91 := by\n  norm_num",
      "theorem t : Nat.Prime 7 := by\n  norm_num",
      "theorem t {p : ℕ} (hp : p.Prime) : 2 ≤ p :=\n  hp.two_le",
      "theorem t {p : ℕ} (hp : p.Prime) (h2 : p ≠ 2) : p % 2 = 1 := by\n"
        + "  rcases Nat.mod_two_eq_zero_or_one p with h | h\n  · exfalso\n"
        + "    have hdvd : 2 ∣ p := Nat.dvd_of_mod_eq_zero h\n"
        + "    rcases hp.eq_one_or_self_of_dvd 2 hdvd with h' | h'\n    · omega\n    · exact h2 h'.symm\n  · exact h",
      "theorem t : Nat.factorial 5 = 120 := by\n  decide",
    ]
    for proof in proofs {
      let verdicts = CheckerTestSupport.verdicts(Self.mathlib(proof))
      #expect(verdicts.last?.status == .accepted, "\(proof)\n\(verdicts.last?.diagnostics ?? [])")
    }
  }

  @Test func moreUsesAreAccepted() {
    let proofs = [
      "theorem t (p : ℕ) (hp : Nat.Prime p) : 0 < p := hp.pos",
      "theorem t (p : ℕ) (hp : Nat.Prime p) : 0 < p := Nat.Prime.pos hp",
      "theorem t : Nat.Prime 2 := Nat.prime_two",
      "theorem t (n : ℕ) : 0 < Nat.factorial n := Nat.factorial_pos n",
      "theorem t (n : ℕ) : Nat.factorial (n + 1) = (n + 1) * Nat.factorial n := Nat.factorial_succ n",
      "namespace Nat\ntheorem t (n : ℕ) : 0 < n ! := Nat.factorial_pos n\nend Nat",
      "theorem t (k : ℕ) : Even (k + k) := ⟨k, rfl⟩",
      "theorem t (n : ℤ) (h : n % 2 = 1) : Odd n := Int.odd_iff.mpr h",
      "theorem t : Odd (-3 : ℤ) := by decide",
      "theorem t : Even (2 ^ 100) := by norm_num",
      "theorem t : Nat.factorial 6 = 720 := by norm_num",
      "theorem t (n : ℕ) (h : Odd n) : n % 2 = 1 := by\n  obtain ⟨m, hm⟩ := h\n  omega",
      "theorem t (p : ℕ) (hp : Nat.Prime p) : 2 ≤ p := (Nat.prime_def.mp hp).1",
      "theorem t : Nat.factorial 3 = 6 := rfl",
      "theorem t (m n : ℕ) (hm : Even m) (hn : Even n) : Even (m + n) := hm.add hn",
      "theorem t (m n : ℤ) (hm : Even m) (hn : Even n) : Even (m + n) := Even.add hm hn",
      "theorem t (m n : ℤ) (hm : Odd m) (hn : Odd n) : Even (m + n) := hm.add_odd hn",
      "theorem t (a : ℕ) : Odd (2 * a + 1) := odd_two_mul_add_one a",
      "theorem t (m : ℤ) (h : Even m) : 2 ∣ m := h.two_dvd",
      "theorem t (m : ℕ) (h : Even m) : Even (m * 7) := h.mul_right 7",
      "theorem t : Even (2 : ℤ) := even_two",
      "theorem t : Nat.factorial 4 = 24 := by rfl",
      "theorem t (n : ℕ) : 0 < Nat.factorial n := by positivity",
      "theorem t (n : ℕ) : Nat.factorial n ≠ 0 := by positivity",
      "theorem t (n : ℕ) (h : Even n) : ∃ r, n = r + r := h",
      "theorem t (n : ℕ) (h : Even n) : Even (n + 2) := by\n  obtain ⟨k, hk⟩ := h\n  exact ⟨k + 1, by omega⟩",
      "theorem t : ∀ n < 5, 0 < Nat.factorial n := by decide",
      "theorem t (n : ℕ) (h : Even n) : ∃ r, n = r + r := by\n  unfold Even at h\n  exact h",
      "theorem t (n : ℤ) (h : n = 2 * 4 + 1) : Odd n := by\n  unfold Odd\n  exact ⟨4, h⟩",
    ]
    for proof in proofs {
      let verdicts = CheckerTestSupport.verdicts(Self.mathlib(proof))
      #expect(verdicts.last?.status == .accepted, "\(proof)\n\(verdicts.last?.diagnostics ?? [])")
    }
  }

  @Test func falseVariantsAreRefused() {
    let wrong = [
      "lemma t : Even 7 := by\n  decide",
      "lemma t : Even 7 := by\n  norm_num",
      "theorem t : Nat.Prime 91 := by\n  norm_num",
      "theorem t : ¬Nat.Prime 97 := by\n  norm_num",
      "theorem t : Nat.Prime 1 := by\n  norm_num",
      "theorem t : Nat.factorial 5 = 121 := by\n  decide",
      "theorem t : Nat.factorial 5 = 121 := by\n  norm_num",
      "lemma t : Odd 8 :=\n  ⟨3, by norm_num⟩",
      "lemma t : Even 7 :=\n  ⟨3, by norm_num⟩",
      "theorem t {p : ℕ} (hp : p.Prime) : 3 ≤ p :=\n  hp.two_le",
      "theorem t : 2 ≤ 1 :=\n  Nat.Prime.two_le (p := 1)",
      "theorem t {n : ℕ} (h : Even n) : n % 2 = 1 :=\n  Nat.even_iff.mp h",
      "theorem t {n : ℤ} (h : Odd n) : Even (n ^ 2) := by\n  obtain ⟨k, rfl⟩ := h\n  exact ⟨2 * k ^ 2, by ring⟩",
      "theorem t (n : ℕ) : Even (n * (n + 2)) :=\n  Nat.even_mul_succ_self n",
      "theorem t : Nat.factorial 200 = 0 := by\n  decide",
      "theorem t (n : ℕ) : Even n := by\n  decide",
      "theorem t : Nat.factorial 3 = 7 := rfl",
      "theorem t (n : ℕ) (h : Even n) : n % 2 = 0 := by\n  omega",
      "theorem t (p : ℕ) (hp : Nat.Prime p) (h : p ∣ 6) : p ≤ 3 := by\n  omega",
      "theorem t (n : ℕ) : 1 < Nat.factorial n := by positivity",
      "theorem t (m n : ℕ) (hm : Odd m) (hn : Odd n) : Odd (m + n) := hm.add_odd hn",
      "theorem t (m n : ℤ) (hm : Even m) (hn : Odd n) : Even (m + n) := hm.add_odd hn",
      "theorem t (m : ℤ) (h : Odd m) : 2 ∣ m := h.two_dvd",
      "theorem t : Even (1 : ℕ) := even_two",
      "theorem t (n : ℕ) (h : Even n) : ∃ r, n = r + r + 1 := by\n  unfold Even at h\n  exact h",
    ]
    for proof in wrong {
      let status = CheckerTestSupport.status(Self.mathlib(proof))
      #expect(status != .accepted, "\(proof)")
    }
  }

  @Test func decideOnPrimesIsOutsideTheFragment() {
    #expect(CheckerTestSupport.status(Self.mathlib("theorem t : Nat.Prime 7 := by\n  decide")) == .unsupported)
  }

  /// Mathlib has these lemmas and uses; the native prelude lacks them, so they are unsupported
  /// rather than rejected.
  @Test func missingMathlibLemmasAreUnsupported() {
    let texts = [
      "theorem t (m n : ℕ) (hm : Even m) (hn : Even n) : Even (m + n) := hm.add_even hn",
      "theorem t (p : ℕ) (hp : Nat.Prime p) : p.Prime := hp.prime",
      "theorem t : (Even : ℕ → Prop) 4 := by decide",
      "theorem t : Prime 7 := by norm_num",
      "open Nat\ntheorem t : Prime 7 := by norm_num",
    ]
    for text in texts {
      let verdict = CheckerTestSupport.verdicts(Self.mathlib(text)).last
      #expect(verdict?.status == .unsupported, "\(text): \(verdict?.diagnostics ?? [])")
    }
  }

  @Test func coreFilesDoNotKnowMathlibsDefinitions() {
    let core = [
      "theorem t : Even 10 := by decide",
      "theorem t (n : Nat) (h : Odd n) : True := trivial",
      "theorem t : Nat.Prime 7 := by decide",
      "theorem t : Nat.factorial 5 = 120 := by decide",
    ]
    for text in core {
      let verdict = CheckerTestSupport.verdicts(text).last
      #expect(verdict?.status == .rejected, "\(text)")
      #expect(verdict?.diagnostics.first?.message.contains("Unknown identifier `") == true, "\(text)")
    }
  }

  @Test func factorialNotationNeedsNatOpen() {
    let closed = CheckerTestSupport.status(Self.mathlib("theorem t (n : ℕ) : 0 < n ! := Nat.factorial_pos n"))
    #expect(closed == .rejected)
    let open = CheckerTestSupport.status(
      Self.mathlib("open Nat\ntheorem t (n : ℕ) : 0 < n ! := Nat.factorial_pos n"))
    #expect(open == .accepted)
  }

  /// The goals as Lean and Mathlib print them: `Even (n * (n + 1))`, `Nat.Prime p` (Mathlib marks
  /// it `pp_nodot`), `(n + 1).factorial` (generalized field notation without `open Nat`).
  @Test func goalsPrintAsLeanPrintsThem() async throws {
    let cases: [(String, String)] = [
      ("theorem t (n : ℕ) : Even (n * (n + 1)) := by sorry", "n : ℕ\n⊢ Even (n * (n + 1))"),
      ("theorem t {p : ℕ} (hp : p.Prime) : 2 ≤ p := by sorry", "p : ℕ\nhp : Nat.Prime p\n⊢ 2 ≤ p"),
      ("theorem t (n : ℕ) : 0 < Nat.factorial (n + 1) := by sorry", "n : ℕ\n⊢ 0 < (n + 1).factorial"),
      ("theorem t (a : ℤ) (h : Odd a) : ¬Even a := by sorry", "a : ℤ\nh : Odd a\n⊢ ¬Even a"),
    ]
    for (text, goal) in cases {
      let backend = NativeBackend()
      let loaded = try await backend.load(Self.mathlib(text), context: nil)
      #expect(loaded.holes.first?.state.goals.first?.description == goal, "\(text)")
    }
  }

  /// With `open Nat`, Mathlib's scoped notation shows: `n !`, `(n + 1)!`, `5!`.
  @Test func factorialNotationPrintsWhenNatIsOpen() async throws {
    let backend = NativeBackend()
    let text = "open Nat\ntheorem t (n : ℕ) (h : 0 < (n + 1)!) : 0 < n ! * Nat.factorial 5 := by sorry"
    let loaded = try await backend.load(Self.mathlib(text), context: nil)
    #expect(loaded.holes.first?.state.goals.first?.description == "n : ℕ\nh : 0 < (n + 1)!\n⊢ 0 < n ! * 5!")
  }

  @Test func destructingEvenShowsItsDefinition() async throws {
    let backend = NativeBackend()
    let loaded = try await backend.load(
      Self.mathlib("theorem t {n : ℤ} (h : Even n) : Even (n ^ 2) := by sorry"), context: nil)
    let state = try #require(loaded.holes.first?.state)
    guard case .success(let next) = try await backend.run("obtain ⟨k, rfl⟩ := h", on: state.id) else {
      Issue.record("obtain failed")
      return
    }
    #expect(next.goals.first?.description == "k : ℤ\n⊢ Even ((k + k) ^ 2)")
  }

  @Test func mathlibAxiomsAreTrustedFacts() {
    let listing = TrustedFacts.listing()
    for axiom in MathlibAxiom.allCases {
      #expect(listing.contains("axiom \(axiom.name) : \(axiom.statement)"), "\(axiom.name)")
    }
    #expect(Set(MathlibAxiom.allCases.map(\.name)).count == MathlibAxiom.allCases.count)
  }

  /// The instances of generic lemmas have names no Lean source can write, and `exact?` (which
  /// enumerates `allLemmas`) never suggests them.
  @Test func genericInstancesAreReachedOnlyThroughTheirLeanName() {
    #expect(MathlibPrelude.genericInstances["Even.add"] == ["Even.add (ℕ)", "Even.add (ℤ)"])
    let environment = Environment.standard(mathlib: true)
    #expect(!environment.allLemmas.contains { $0.name.contains(" ") })
    #expect(environment.lemmas["Even.add (ℕ)"] != nil)
    #expect(CheckerTestSupport.status(Self.mathlib("theorem t : Even (2 : ℕ) := even_two__nat")) != .accepted)
  }
}
