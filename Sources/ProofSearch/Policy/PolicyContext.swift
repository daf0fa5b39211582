/// What a policy may know besides the goals: whether Mathlib tactics exist in the file, the
/// premises it may cite, and the success statistics of past searches.
public struct PolicyContext: Sendable {
  public var importsMathlib: Bool
  public var premises: PremiseIndex
  public var statistics: TacticStatistics

  public init(
    importsMathlib: Bool = false, premises: PremiseIndex = PremiseIndex(),
    statistics: TacticStatistics = TacticStatistics()
  ) {
    self.importsMathlib = importsMathlib
    self.premises = premises
    self.statistics = statistics
  }
}
