import Foundation
import ProverCore
import Testing

@testable import NativeChecker

/// `NativeBackend.refute`: counterexamples for false goals, none for true ones.
@Suite struct RefutationTests {
  @Test func aFalseGoalIsRefutedWithTheValuesOfItsVariables() async throws {
    let backend = NativeBackend()
    let loaded = try await backend.load(
      """
      theorem w (x y : Int) (h : x < y) : x * x < y * y := by
        sorry

      theorem v (p q : Prop) (hp : p) : p ∧ q := by
        constructor
        · exact hp
        · sorry
      """, context: nil)
    let square = try #require(await backend.refute(loaded.holes[0].state.id))
    let values = Dictionary(uniqueKeysWithValues: square.bindings.map { ($0.name, Int($0.value)!) })
    let (x, y) = (try #require(values["x"]), try #require(values["y"]))
    #expect(x < y && !(x * x < y * y), "\(square)")
    let prop = try #require(await backend.refute(loaded.holes[1].state.id))
    #expect(prop.bindings.contains(Refutation.Binding(name: "q", value: "False")), "\(prop)")
  }

  /// Every exercise is true (its solution checks), so no hole of it may be refuted.
  @Test(arguments: CheckerTestSupport.files("exercises"))
  func noExerciseHoleIsRefuted(_ path: String) async throws {
    let backend = NativeBackend()
    let loaded = try await backend.load(try String(contentsOfFile: path, encoding: .utf8), context: nil)
    try #require(!loaded.holes.isEmpty)
    for hole in loaded.holes {
      let refutation = await backend.refute(hole.state.id)
      #expect(refutation == nil, "\(path): \(hole.state.goals.first?.description ?? ""): \(refutation!)")
    }
  }

  /// The semantic traps are false, nearly all of them at small values (with the target's leading
  /// `∀` binders opened); each refutation names values for variables the goal mentions.
  @Test func nearlyEverySemanticTrapIsRefuted() async throws {
    let path = CheckerTestSupport.corpus + "/traps/SemanticTraps.lean"
    let backend = NativeBackend()
    let loaded = try await backend.load(try String(contentsOfFile: path, encoding: .utf8), context: nil)
    var refuted = 0
    for hole in loaded.holes {
      guard let refutation = await backend.refute(hole.state.id) else { continue }
      refuted += 1
      let goal = try #require(hole.state.goals.first)
      let text = goal.description
      #expect(refutation.bindings.allSatisfy { text.contains($0.name) }, "\(refutation) for \(text)")
    }
    #expect(refuted * 4 >= loaded.holes.count * 3, "\(refuted) of \(loaded.holes.count) traps refuted")
  }
}
