import Kernel

/// Rewrites `Nat.succ x` to `x + 1` everywhere in a term, with kernel proofs (`Nat.succ_eq_add_one`,
/// true by `rfl` in Lean). Lean's `simp` matches `Nat.succ ?n` against `t + 1` because the two are
/// definitionally equal and its index treats such offsets alike; the native `simp` matches
/// syntactically, so a lemma stated with `Nat.succ` (`Nat.zero_lt_succ : 0 < succ n`) is used in
/// its `+ 1` form, which is the form `simp` leaves in goals (`Nat.succ_eq_add_one` is `@[simp]`).
enum SuccessorNormalization {
  /// `⊢ term = term'` with no `Nat.succ` left in `term'`, or nil when there is none.
  static func normalize(_ term: Term) throws(KernelError) -> Theorem? {
    try SimpProofs.bottomUp(term) { (current) throws(KernelError) -> Theorem? in
      guard let (constant, operand) = current.asUnaryOperation, constant == .natSucc else { return nil }
      return try Theorem.axiom(.natSuccEqAddOne, [operand])
    }
  }

  /// The theorem with `Nat.succ x` turned into `x + 1` in its conclusion.
  static func normalizeConclusion(_ theorem: Theorem) throws(KernelError) -> Theorem {
    guard let equation = try normalize(theorem.conclusion) else { return theorem }
    return try Theorem.eqMP(equation, theorem)
  }
}
