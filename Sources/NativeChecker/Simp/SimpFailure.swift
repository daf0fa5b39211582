import Kernel

/// Why `simp` stopped: a lemma it cannot use, a budget it ran out of, or a kernel step that was
/// refused (a bug in the simplifier, never a wrong theorem). The message reads like Lean's.
public struct SimpFailure: Error, Sendable, CustomStringConvertible {
  /// The kind of failure.
  public enum Code: String, Sendable {
    /// The statement cannot be used as a rewrite rule (its lhs is a variable, a variable of the
    /// rhs or of a condition does not occur in the lhs, …).
    case unusableLemma
    /// More rewriting steps than `SimpConfiguration.maxSteps` (Lean: "maximum number of steps exceeded").
    case stepLimit
    /// The search's `TacticBudget` for the call ran out (never raised without one).
    case tacticBudget
    /// Terms nested deeper than `SimpConfiguration.maxDepth`.
    case depthLimit
    /// The kernel refused a step that the simplifier built.
    case kernel
    /// Lean's `simp` would go further than the native one (one of its default simprocs still
    /// applies to the result), so the native result is not Lean's.
    case outsideFragment
  }

  public let code: Code
  public let message: String
  /// The lemma concerned, when there is one.
  public let lemma: String?

  public init(_ code: Code, _ message: String, lemma: String? = nil) {
    self.code = code
    self.message = message
    self.lemma = lemma
  }

  public var description: String {
    if let lemma { return "simp: \(message) (\(lemma))" }
    return "simp: \(message)"
  }

  static func kernel(_ error: KernelError, lemma: String? = nil) -> SimpFailure {
    SimpFailure(.kernel, "a kernel step was refused: \(error)", lemma: lemma)
  }
}

/// Runs kernel steps, turning a refusal into a `SimpFailure`.
func kernelStep<T>(lemma: String? = nil, _ body: () throws(KernelError) -> T) throws(SimpFailure) -> T {
  do {
    return try body()
  } catch {
    throw SimpFailure.kernel(error, lemma: lemma)
  }
}
