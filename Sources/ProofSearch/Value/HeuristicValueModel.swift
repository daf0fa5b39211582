import Foundation
import ProverCore

/// A hand-set value: fewer and shorter goals, fewer quantifiers and powers, and shallower states
/// look closer to a proof. No goals is 1.
public struct HeuristicValueModel: ValueModel {
  public init() {}

  public func value(of goals: [Goal], depth: Int) -> Double {
    guard !goals.isEmpty else { return 1 }
    return Self.value(features: GoalFeatures(goals: goals, depth: depth).values)
  }

  /// The value of a state with these `GoalFeatures` values (at least one goal).
  public static func value(features: [Double]) -> Double {
    let cost =
      0.35 * (features[0] - 1) + 0.006 * features[1] + 0.15 * features[4] + 0.1 * features[5] + 0.15 * features[7]
      + 0.04 * features[3]
    return exp(-cost) * 0.95
  }
}
