import ProverCore
import Testing

@testable import NativeChecker

@Suite struct NativeBackendTests {
  @Test func holesGetGoalsAndTacticsRunOnThem() async throws {
    let backend = NativeBackend()
    let loaded = try await backend.load(
      """
      theorem t (p q : Prop) (hp : p) (hq : q) : p ∧ q := by
        constructor
        · exact hp
        · sorry
      """, context: nil)
    let hole = try #require(loaded.holes.first)
    #expect(hole.state.goals.map(\.description) == ["case right\np q : Prop\nhp : p\nhq : q\n⊢ q"])
    let wrong = try await backend.run("exact hp", on: hole.state.id)
    guard case .failure(let failure) = wrong else {
      Issue.record("exact hp closed q")
      return
    }
    #expect(failure.message.hasPrefix("type mismatch"))
    let right = try await backend.run("exact hq", on: hole.state.id)
    guard case .success(let state) = right else {
      Issue.record("exact hq failed: \(right)")
      return
    }
    #expect(state.isSolved)
  }

  @Test func checkUsesEarlierDeclarations() async throws {
    let backend = NativeBackend()
    let loaded = try await backend.load("theorem base (n : Nat) : n + 0 = n := Nat.add_zero n\n", context: nil)
    let result = try await backend.check(
      "theorem next (m : Nat) : m + 0 + 0 = m := by\n  rw [base, base]\n", context: loaded.environment)
    #expect(result.accepted)
    let wrong = try await backend.check("theorem bad (m : Nat) : m + 1 = m := by\n  rw [base]\n", context: loaded.environment)
    #expect(!wrong.accepted)
  }
}
