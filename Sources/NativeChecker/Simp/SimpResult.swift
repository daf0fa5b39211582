import Kernel

/// What one `simp` call made of a term: the simplified term, the kernel theorem
/// `⊢ term = result` (for a proposition this equation is the kernel's form of
/// `term ↔ result`), and the names of the lemmas and simprocs used, in order of first use.
public struct SimpResult: Sendable {
  /// The term that was simplified.
  public let term: Term
  public let result: Term
  /// `⊢ term = result`, with the hypotheses of the theorems given to `simplify(_:using:)` that
  /// were used.
  public let proof: Theorem
  public let usedLemmas: [String]

  /// Whether the term (a proposition) simplified to `True`.
  public var isTrue: Bool { result === Term.trueProposition }

  /// `⊢ term`, when the term simplified to `True` (how `simp` closes a goal).
  public func proofOfTerm() throws(SimpFailure) -> Theorem {
    guard isTrue else {
      throw SimpFailure(.kernel, "the term simplified to \(result), not True")
    }
    return try kernelStep { () throws(KernelError) in try SimpProofs.ofEqualsTrue(proof) }
  }

  /// `⊢ result` from `⊢ term` (how `simp at h` rewrites a hypothesis).
  public func forward(_ theorem: Theorem) throws(SimpFailure) -> Theorem {
    try kernelStep { () throws(KernelError) in try Theorem.eqMP(proof, theorem) }
  }

  /// `⊢ term` from `⊢ result` (how a goal that `simp` rewrote is closed by a proof of the new goal).
  public func backward(_ theorem: Theorem) throws(SimpFailure) -> Theorem {
    try kernelStep { () throws(KernelError) in try Theorem.eqMP(Theorem.symm(proof), theorem) }
  }
}
