import Foundation
import ProverCore

/// A value model learned from search traces: logistic regression over standardised `GoalFeatures`,
/// optionally as a correction of the heuristic value (its log-odds are the regression's offset).
/// Saved and loaded as JSON (`prover train-value` writes it, `prove --value` reads it).
public struct LearnedValueModel: ValueModel, Hashable, Codable {
  public var featureNames: [String]
  public var means: [Double]
  public var scales: [Double]
  public var weights: [Double]
  public var bias: Double
  /// Whether the regression corrects `HeuristicValueModel` (nil in files from before: it does not).
  public var correctsHeuristic: Bool?

  public init(means: [Double], scales: [Double], weights: [Double], bias: Double, correctsHeuristic: Bool = false) {
    featureNames = GoalFeatures.names
    self.means = means
    self.scales = scales
    self.weights = weights
    self.bias = bias
    self.correctsHeuristic = correctsHeuristic
  }

  /// The log-odds of the heuristic value, the offset of a correcting model.
  static func heuristicOffset(_ features: [Double]) -> Double {
    let value = min(max(HeuristicValueModel.value(features: features), 1e-6), 1 - 1e-6)
    return log(value / (1 - value))
  }

  public func value(of goals: [Goal], depth: Int) -> Double {
    guard !goals.isEmpty else { return 1 }
    return probability(GoalFeatures(goals: goals, depth: depth).values)
  }

  /// The model's output for raw feature values.
  public func probability(_ features: [Double]) -> Double {
    var z = bias + (correctsHeuristic == true ? Self.heuristicOffset(features) : 0)
    for index in weights.indices where index < features.count {
      z += weights[index] * (features[index] - means[index]) / scales[index]
    }
    return 1 / (1 + exp(-z))
  }

  public static func load(path: String) throws -> LearnedValueModel {
    let model = try JSONDecoder().decode(LearnedValueModel.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    guard model.featureNames == GoalFeatures.names, model.weights.count == GoalFeatures.names.count,
      model.means.count == model.weights.count, model.scales.count == model.weights.count
    else {
      throw ValueModelError(message: "\(path): the model's features do not match this prover's")
    }
    return model
  }

  public func save(path: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
  }
}

/// A value model file that cannot be used.
public struct ValueModelError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String
  public init(message: String) { self.message = message }
  public var description: String { message }
}
