import Kernel

/// Mathlib's `norm_num`, restricted to what `NumeralSimplifier` does: numeral arithmetic,
/// comparisons and divisibility between numerals, and basic simp-set cleanup. It does no linear
/// arithmetic, so it is never stronger than Mathlib's.
public enum NormNum {
  /// `⊢ target` when `target` simplifies to `True`. The hypotheses are not read: Mathlib's
  /// `norm_num` without `at` simplifies the goal only (for `norm_num at h`, the caller simplifies
  /// `h` with `normalize` and closes the goal when it becomes `False`).
  public static func prove(hypotheses: [Term], target: Term) throws(DecisionFailure) -> Theorem {
    let normalized = try simplify(target, NumeralSimplifier())
    if normalized === Term.trueProposition { return try oracle(target, []) }
    let message =
      normalized === Term.falseProposition
      ? "norm_num failed: the goal simplifies to False"
      : normalized === target
        ? "norm_num failed to simplify" : "norm_num failed to close the goal; it simplifies to\n⊢ \(normalized)"
    throw DecisionFailure(tactic: "norm_num", reason: .failed, message: message, goal: target)
  }

  /// The simplified goal and the sequent `normalized ⊢ target`. Fails when nothing changes.
  public static func normalize(_ target: Term) throws(DecisionFailure) -> (normalized: Term, proof: Theorem) {
    let normalized = try simplify(target, NumeralSimplifier())
    guard normalized !== target else {
      throw DecisionFailure(tactic: "norm_num", reason: .failed, message: "norm_num failed to simplify", goal: target)
    }
    return (normalized, try oracle(target, [normalized]))
  }

  private static func simplify(_ term: Term, _ simplifier: NumeralSimplifier) throws(DecisionFailure) -> Term {
    guard term.isProposition else {
      throw DecisionFailure(
        tactic: "norm_num", reason: .unsupported, message: "norm_num: not a proposition", goal: term)
    }
    do {
      return try simplifier.simplify(term)
    } catch {
      throw DecisionFailure.kernel("norm_num", error, goal: term)
    }
  }

  private static func oracle(_ conclusion: Term, _ hypotheses: [Term]) throws(DecisionFailure) -> Theorem {
    do {
      return try Theorem.oracle(.normNum, conclusion: conclusion, hypotheses: hypotheses)
    } catch {
      throw DecisionFailure.kernel("norm_num", error, goal: conclusion)
    }
  }
}
