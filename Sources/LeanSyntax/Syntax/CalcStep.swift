import ProverCore

/// One step of a `calc` chain: `a = b := proof`. Only the first step may omit its proof
/// (`calc a` followed by `_ = b := proof` steps).
public struct CalcStep: Hashable, Sendable {
  public var relation: Term
  public var proof: Term?
  @IgnoredByEquality public var range: SourceRange

  public init(relation: Term, proof: Term?, range: SourceRange) {
    self.relation = relation
    self.proof = proof
    self.range = range
  }
}
