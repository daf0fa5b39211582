/// The options of `omega`, named and defaulted as Lean's `OmegaConfig`, plus the budgets that bound
/// case splitting and elimination so that a hard problem fails instead of running away.
public struct OmegaConfiguration: Sendable, Hashable {
  /// Split disjunctions of the context when the problem is otherwise satisfiable.
  public var splitDisjunctions: Bool
  /// For each `((a - b : Nat) : Int)`, split on `b ≤ a`.
  public var splitNatSub: Bool
  /// For each `Int.natAbs a`, split on `0 ≤ a`.
  public var splitNatAbs: Bool
  /// For each `min a b` and `max a b`, split on `a ≤ b`.
  public var splitMinMax: Bool
  /// The largest number of case splits (both branches counted) before giving up.
  public var maximumCaseSplits: Int
  /// The largest number of constraints built by elimination, over all case splits, before giving up.
  public var maximumConstraints: Int

  public init(
    splitDisjunctions: Bool = true, splitNatSub: Bool = true, splitNatAbs: Bool = true, splitMinMax: Bool = true,
    maximumCaseSplits: Int = 4096, maximumConstraints: Int = 200_000
  ) {
    self.splitDisjunctions = splitDisjunctions
    self.splitNatSub = splitNatSub
    self.splitNatAbs = splitNatAbs
    self.splitMinMax = splitMinMax
    self.maximumCaseSplits = maximumCaseSplits
    self.maximumConstraints = maximumConstraints
  }
}
