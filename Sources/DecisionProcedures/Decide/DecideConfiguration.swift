/// The fixed reduction budget of `decide`. Lean's `decide` reduces a `Decidable` instance and fails
/// with "maximum recursion depth has been reached" when the reduction is too deep (default
/// `maxRecDepth` 512); a bounded quantifier unfolds once per instance, and `Int.pow` and the
/// elaborator's `Nat.pow` folding (`exponentiation.threshold`, default 256) go no further than a
/// few hundred steps. The defaults below stay inside those limits, so `decide` here is never
/// stronger than Lean's.
public struct DecideConfiguration: Sendable, Equatable {
  /// The largest number of instances of one bounded quantifier (`∀ n < k` has `k`).
  public var maximumQuantifierBound: Int
  /// The largest number of quantifier instances visited in all.
  public var maximumInstances: Int
  /// The largest exponent of `^` on ℕ and ℤ (bases 0, 1 and -1 excepted).
  public var maximumExponent: Int
  /// The largest argument of Mathlib's `Nat.factorial`, which the kernel unfolds once per step.
  public var maximumFactorialArgument: Int

  public init(
    maximumQuantifierBound: Int = 128, maximumInstances: Int = 4096, maximumExponent: Int = 256,
    maximumFactorialArgument: Int = 100
  ) {
    self.maximumQuantifierBound = maximumQuantifierBound
    self.maximumInstances = maximumInstances
    self.maximumExponent = maximumExponent
    self.maximumFactorialArgument = maximumFactorialArgument
  }
}
