/// Options of `linarith`, as Mathlib's `LinarithConfig` has them (only those that change what is
/// provable here).
public struct LinarithConfiguration: Sendable, Equatable {
  /// When the goal is neither a comparison nor `False`, look for a contradiction among the
  /// hypotheses anyway (Mathlib's `exfalso`, on by default).
  public var exfalso: Bool
  /// Split conjunctions among the hypotheses (Mathlib's `splitHypotheses`, on by default).
  public var splitHypotheses: Bool
  /// The largest number of simplex pivots before giving up.
  public var maximumPivots: Int

  public init(exfalso: Bool = true, splitHypotheses: Bool = true, maximumPivots: Int = 20_000) {
    self.exfalso = exfalso
    self.splitHypotheses = splitHypotheses
    self.maximumPivots = maximumPivots
  }
}
