import ProverCore

/// One alternative of `cases … with` or `induction … with`: `| succ n ih => tactics`. The
/// constructor may be `_`, which matches every remaining case.
public struct InductionAlternative: Hashable, Sendable {
  public var constructor: String
  public var names: [String]
  public var body: TacticBlock
  @IgnoredByEquality public var range: SourceRange

  public init(constructor: String, names: [String], body: TacticBlock, range: SourceRange) {
    self.constructor = constructor
    self.names = names
    self.body = body
    self.range = range
  }
}
