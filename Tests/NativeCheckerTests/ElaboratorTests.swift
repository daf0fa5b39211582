import Kernel
import LeanSyntax
import ProverCore
import Testing

@testable import NativeChecker

@Suite struct ElaboratorTests {
  func statement(_ signature: String, mathlib: Bool = false) throws -> String {
    let parse = Parser.parseDeclarationBody(signature + " := sorry")
    let parsed = try #require(parse.signature)
    let environment = Environment.standard(mathlib: mathlib)
    let elaborated = try DeclarationStatement(parsed, environment: environment, mentioned: [])
    return GoalPrinter(mathlib: mathlib).goal(elaborated.goal).description
  }

  @Test func castsTheNaturalLeavesOfAnIntegerTree() throws {
    #expect(try statement("(a b : ℕ) : (a + b : ℤ) = 0", mathlib: true) == "a b : ℕ\n⊢ ↑a + ↑b = 0")
  }

  @Test func numeralsDefaultToNat() throws {
    #expect(try statement(": ∀ x, x + 2 = 2 + x") == "⊢ ∀ (x : Nat), x + 2 = 2 + x")
  }

  @Test func notationsStayTheirOwn() throws {
    #expect(try statement("(x y : Int) (h : x ≠ y) : x ≥ y ∨ ¬x = y") == "x y : Int\nh : x ≠ y\n⊢ x ≥ y ∨ ¬x = y")
  }

  @Test func boundedQuantifiersUnfold() throws {
    #expect(try statement(": ∀ n ≥ 5, ∃ m < n, m = 4") == "⊢ ∀ (n : Nat), n ≥ 5 → ∃ m, m < n ∧ m = 4")
  }

  @Test func blackboardLettersNeedMathlib() {
    #expect(throws: CheckError.self) { try statement("(n : ℕ) : n = n") }
  }

  @Test func unknownIdentifierIsLocated() {
    let verdicts = CheckerTestSupport.verdicts("theorem t (n : Nat) : n = n := by\n  exact foo\n")
    #expect(verdicts.first?.status == .rejected)
    let diagnostic = verdicts.first?.diagnostics.first
    #expect(diagnostic?.message == "Unknown identifier `foo`")
    #expect(diagnostic?.location.range.start.line == 2)
    #expect(diagnostic?.location.range.start.column == 8)
  }

  /// Under `import Mathlib` a name the checker does not know may well exist (`Nat.sqrt`, `sqrt` with
  /// `open Nat`), so the statement is outside the fragment, not rejected; without Mathlib Lean
  /// core has no such function and the verdict stays Lean's "Unknown identifier".
  @Test func unknownFunctionsAreUnsupportedUnderMathlibAndUnknownWithoutIt() {
    for (name, column) in [("Nat.sqrt", 22), ("sqrt", 22)] {
      let text = "import Mathlib\n\ntheorem t (n : Nat) : \(name) n = n := by\n  omega\n"
      let verdict = CheckerTestSupport.verdicts(text).last
      #expect(verdict?.status == .unsupported, "\(name)")
      let diagnostic = verdict?.diagnostics.first
      #expect(
        diagnostic?.message.contains("outside the native fragment: \(name)") == true, "\(diagnostic?.message ?? "")")
      #expect(diagnostic?.location.range.start.line == 3)
      #expect(diagnostic?.location.range.start.column == column)
    }
    let core = CheckerTestSupport.verdicts("theorem t (n : Nat) : sqrtish n = n := by\n  omega\n").last
    #expect(core?.status == .rejected)
    #expect(core?.diagnostics.first?.message == "Unknown identifier `sqrtish`")
  }

  @Test func outsideTheFragmentSaysSo() {
    let verdicts = CheckerTestSupport.verdicts("theorem t (n : Nat) : Nat.lcm n 1 > 0 := by\n  exact foo\n")
    #expect(verdicts.first?.status == .unsupported)
    #expect(verdicts.first?.diagnostics.first?.message.contains("outside the native fragment") == true)
  }
}
