import DecisionProcedures
import ProverCore
import Testing

@testable import NativeChecker

@Suite struct NativeBackendTacticLimitTests {
  static let source = "theorem t (a : Nat) : (0 + a) * 1 + 0 = a := by\n  sorry\n"

  @Test func aCallOverItsLimitFailsAndTheSameCallUnderItSucceeds() async throws {
    let backend = NativeBackend()
    let hole = try #require(try await backend.load(Self.source, context: nil).holes.first)
    await backend.limitTactics(TacticLimit(heartbeats: 40, seconds: nil))
    let limited = try await backend.run("simp", on: hole.state.id)
    guard case .failure(let failure) = limited else {
      Issue.record("simp finished within 40 heartbeats: \(limited)")
      return
    }
    #expect(failure.message.hasPrefix(TacticBudget.message))
    #expect(failure.message.contains("40 heartbeats"))
    await backend.limitTactics(TacticLimit())
    guard case .success(let state) = try await backend.run("simp", on: hole.state.id) else {
      Issue.record("simp failed under the default limit")
      return
    }
    #expect(state.isSolved)
  }

  @Test func checkIsNeverLimited() async throws {
    let backend = NativeBackend()
    await backend.limitTactics(TacticLimit(heartbeats: 1, seconds: nil))
    let result = try await backend.check(Self.source.replacingOccurrences(of: "sorry", with: "simp"), context: nil)
    #expect(result.accepted)
  }

  @Test func aLimitedCallLeavesNoProofBehind() async throws {
    let backend = NativeBackend()
    let hole = try #require(try await backend.load(Self.source, context: nil).holes.first)
    await backend.limitTactics(TacticLimit(heartbeats: 40, seconds: nil))
    let step = try await backend.step("simp", on: hole.state.id)
    guard case .failure(let failure) = step else {
      Issue.record("a call over its limit gave a step: \(step)")
      return
    }
    #expect(failure.message.hasPrefix(TacticBudget.message))
  }
}
