import ProverCore

/// Estimates how likely a proof state is to be proved, in [0, 1], from its goals and depth.
public protocol ValueModel: Sendable {
  func value(of goals: [Goal], depth: Int) -> Double
}
