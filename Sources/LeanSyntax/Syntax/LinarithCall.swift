/// A call of `linarith` or `nlinarith` (Mathlib), with its extra facts: `nlinarith [sq_nonneg (a - b)]`.
public struct LinarithCall: Hashable, Sendable {
  public var nonlinear: Bool
  public var only: Bool
  public var facts: [Term]

  public init(nonlinear: Bool, only: Bool = false, facts: [Term] = []) {
    self.nonlinear = nonlinear
    self.only = only
    self.facts = facts
  }

  /// The tactic's Lean name.
  public var name: String { nonlinear ? "nlinarith" : "linarith" }
}
