/// One rule of `rw [...]`: an equation, used right to left when `reversed` (`← h`).
public struct RewriteRule: Hashable, Sendable {
  public var equation: Term
  public var reversed: Bool

  public init(_ equation: Term, reversed: Bool = false) {
    self.equation = equation
    self.reversed = reversed
  }
}
