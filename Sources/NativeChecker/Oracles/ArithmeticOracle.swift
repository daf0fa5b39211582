import Kernel

/// A decision procedure the tactics `omega`, `decide`, `norm_num`, `ring`, `linarith`, … go
/// through. It returns a kernel theorem whose conclusion is the target and whose hypotheses are
/// among the given ones (usually through `Theorem.oracle`), or throws when it cannot prove it.
public protocol ArithmeticOracle: Sendable {
  /// The tactic name (`omega`, `decide`, `norm_num`, `ring`, `ring_nf`, `linarith`, `nlinarith`,
  /// `positivity`).
  var name: String { get }
  /// Whether the tactic exists only with `import Mathlib`.
  var requiresMathlib: Bool { get }
  /// Proves `hypotheses ⊢ target`; `hints` are extra facts given in brackets (`nlinarith [h]`).
  func prove(hypotheses: [Kernel.Term], target: Kernel.Term, hints: [Kernel.Term]) throws -> Theorem
}
