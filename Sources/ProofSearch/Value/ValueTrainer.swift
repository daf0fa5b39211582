import Foundation

/// Trains a `LearnedValueModel` by full-batch gradient descent on cross-entropy with soft labels
/// and L2 regularisation. Deterministic: the same examples give the same model.
public struct ValueTrainer: Sendable {
  public var epochs: Int
  public var learningRate: Double
  public var l2: Double
  /// Fit a correction of the heuristic value rather than a value from scratch.
  public var correctsHeuristic: Bool

  public init(epochs: Int = 400, learningRate: Double = 0.5, l2: Double = 1e-3, correctsHeuristic: Bool = true) {
    self.epochs = epochs
    self.learningRate = learningRate
    self.l2 = l2
    self.correctsHeuristic = correctsHeuristic
  }

  /// Fits the model; `examples` pair raw features with labels in [0, 1].
  public func train(_ examples: [(features: [Double], label: Double)]) -> LearnedValueModel {
    let dimension = GoalFeatures.names.count
    var means = [Double](repeating: 0, count: dimension)
    var scales = [Double](repeating: 1, count: dimension)
    let count = Double(max(examples.count, 1))
    for example in examples { for index in 0..<dimension { means[index] += example.features[index] / count } }
    for index in 0..<dimension {
      let variance = examples.reduce(0.0) { $0 + pow($1.features[index] - means[index], 2) } / count
      scales[index] = max(variance.squareRoot(), 1e-6)
    }
    let standardised = examples.map { example in
      (0..<dimension).map { (example.features[$0] - means[$0]) / scales[$0] }
    }
    let offsets = examples.map { correctsHeuristic ? LearnedValueModel.heuristicOffset($0.features) : 0 }
    var weights = [Double](repeating: 0, count: dimension)
    let positives = examples.reduce(0.0) { $0 + $1.label }
    var bias = correctsHeuristic ? 0 : log(max(positives, 0.5) / max(count - positives, 0.5))
    for _ in 0..<epochs where !examples.isEmpty {
      var gradient = [Double](repeating: 0, count: dimension)
      var biasGradient = 0.0
      for (position, (row, example)) in zip(standardised, examples).enumerated() {
        var z = bias + offsets[position]
        for index in 0..<dimension { z += weights[index] * row[index] }
        let error = 1 / (1 + exp(-z)) - example.label
        for index in 0..<dimension { gradient[index] += error * row[index] / count }
        biasGradient += error / count
      }
      for index in 0..<dimension { weights[index] -= learningRate * (gradient[index] + l2 * weights[index]) }
      bias -= learningRate * biasGradient
    }
    return LearnedValueModel(
      means: means, scales: scales, weights: weights, bias: bias, correctsHeuristic: correctsHeuristic)
  }

  /// Mean cross-entropy of a model on examples (for reports and tests).
  public static func loss(_ model: LearnedValueModel, on examples: [(features: [Double], label: Double)]) -> Double {
    guard !examples.isEmpty else { return 0 }
    var total = 0.0
    for example in examples {
      let p = min(max(model.probability(example.features), 1e-9), 1 - 1e-9)
      total -= example.label * log(p) + (1 - example.label) * log(1 - p)
    }
    return total / Double(examples.count)
  }
}
