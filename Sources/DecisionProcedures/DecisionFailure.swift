import Kernel

/// Why a decision procedure did not prove its goal: the tactic's name, a message worded as Lean's
/// or Mathlib's own error, and the goal it was working on. Shared by every procedure of the module.
public struct DecisionFailure: Error, Sendable, CustomStringConvertible {
  /// What went wrong, in broad classes the caller can act on.
  public enum Reason: Sendable, Equatable {
    /// The goal is false, or the procedure found no proof (a non-identity for `ring`, no
    /// certificate for `linarith`).
    case failed
    /// The goal is outside the fragment the procedure handles (free variables for `decide`, a
    /// goal that is not a comparison for `positivity`).
    case unsupported
    /// A fixed reduction or size budget was reached; the procedure refuses instead of looping.
    case budgetExceeded
  }

  /// The tactic as Lean spells it (`decide`, `ring`, `norm_num`, `linarith`, …).
  public let tactic: String
  public let reason: Reason
  /// The error text, worded as Lean's or Mathlib's message for the same situation.
  public let message: String
  /// The goal the procedure was asked to prove, when there is one.
  public let goal: Term?

  public init(tactic: String, reason: Reason, message: String, goal: Term? = nil) {
    self.tactic = tactic
    self.reason = reason
    self.message = message
    self.goal = goal
  }

  public var description: String {
    guard let goal else { return "\(tactic): \(message)" }
    return "\(tactic): \(message)\n⊢ \(goal)"
  }

  /// A kernel refusal while building a term, which for these procedures means the goal is
  /// ill-typed or outside the fragment.
  static func kernel(_ tactic: String, _ error: KernelError, goal: Term?) -> DecisionFailure {
    DecisionFailure(tactic: tactic, reason: .unsupported, message: "could not build a term: \(error)", goal: goal)
  }

  /// Any error thrown while a procedure rebuilds a goal, as that procedure's failure: a failure
  /// stays as it is, a kernel refusal is `kernel`, anything else is unsupported with its text.
  static func wrapping(_ tactic: String, _ error: any Error, goal: Term?) -> DecisionFailure {
    switch error {
    case let failure as DecisionFailure: failure
    case let kernelError as KernelError: kernel(tactic, kernelError, goal: goal)
    default: DecisionFailure(tactic: tactic, reason: .unsupported, message: "\(error)", goal: goal)
    }
  }
}
