import DecisionProcedures
import Kernel
import TestSupport
import Testing

/// Every corpus theorem whose whole proof is `omega` is proved by the native omega.
@Suite struct OmegaCorpusTests {
  @Test func corpusOmegaTheoremsAreProved() throws {
    let goals = OmegaCorpusReader.goals(root: SharedData.packageRoot)
    #expect(goals.count >= 30, "expected the corpus omega theorems, found \(goals.count)")
    for goal in goals {
      let theorem = try? Omega.prove(hypotheses: goal.hypotheses, target: goal.target)
      #expect(theorem?.conclusion == goal.target, "not proved: \(goal.label)")
    }
  }
}
