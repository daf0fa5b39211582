import ProverCore

/// A sequence of tactics, separated in the source by line breaks at the block's column or by `;`.
public struct TacticBlock: Hashable, Sendable {
  public var tactics: [Tactic]
  @IgnoredByEquality public var range: SourceRange

  public init(_ tactics: [Tactic], range: SourceRange) {
    self.tactics = tactics
    self.range = range
  }
}
