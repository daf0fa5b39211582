import ProverCore
import TestSupport
import Testing

@testable import ProofSearch

@Suite struct ValueModelTests {
  @Test func heuristicValuePrefersFewerAndSmallerGoals() {
    let model = HeuristicValueModel()
    let small = [Goal(hypotheses: [], target: "1 = 1")]
    let large = [Goal(hypotheses: [], target: "∀ n, 2 ^ n ≥ n + 1 ∧ 3 ^ n ≥ 1"), Goal(hypotheses: [], target: "x = 1")]
    #expect(model.value(of: [], depth: 0) == 1)
    #expect(model.value(of: small, depth: 1) > model.value(of: large, depth: 1))
  }

  @Test func trainingSeparatesLabelledStatesAndIsDeterministic() {
    var generator = SeededGenerator(seed: 7)
    var examples: [(features: [Double], label: Double)] = []
    for _ in 0..<200 {
      let goals = Int.random(in: 1...4, using: &generator)
      let length = Double.random(in: 5...80, using: &generator)
      var features = [Double](repeating: 0, count: GoalFeatures.names.count)
      features[0] = Double(goals)
      features[1] = length
      examples.append((features, goals == 1 && length < 40 ? 1 : 0))
    }
    let trainer = ValueTrainer(epochs: 300)
    let model = trainer.train(examples)
    #expect(model == trainer.train(examples))
    let untrained = LearnedValueModel(
      means: model.means, scales: model.scales, weights: model.weights.map { _ in 0 }, bias: 0)
    #expect(ValueTrainer.loss(model, on: examples) < ValueTrainer.loss(untrained, on: examples) * 0.7)
    var good = [Double](repeating: 0, count: GoalFeatures.names.count)
    good[0] = 1
    good[1] = 10
    var bad = good
    bad[0] = 4
    bad[1] = 70
    #expect(model.probability(good) > model.probability(bad))
  }

  @Test func aCorrectingModelStartsAtTheHeuristicAndFitsBetterThanIt() throws {
    var generator = SeededGenerator(seed: 11)
    var examples: [(features: [Double], label: Double)] = []
    for _ in 0..<200 {
      var features = [Double](repeating: 0, count: GoalFeatures.names.count)
      features[0] = Double(Int.random(in: 1...3, using: &generator))
      features[1] = Double.random(in: 5...80, using: &generator)
      features[7] = Double(Int.random(in: 0...2, using: &generator))
      examples.append((features, features[7] == 0 ? 1 : 0))
    }
    let model = ValueTrainer(epochs: 300, correctsHeuristic: true).train(examples)
    #expect(model.correctsHeuristic == true)
    let heuristicOnly = LearnedValueModel(
      means: model.means, scales: model.scales, weights: model.weights.map { _ in 0 }, bias: 0,
      correctsHeuristic: true)
    for example in examples.prefix(10) {
      let heuristic = HeuristicValueModel.value(features: example.features)
      #expect(abs(heuristicOnly.probability(example.features) - heuristic) < 1e-9)
    }
    #expect(ValueTrainer.loss(model, on: examples) < ValueTrainer.loss(heuristicOnly, on: examples) * 0.7)
  }
}
