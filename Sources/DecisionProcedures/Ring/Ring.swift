import Kernel

/// Mathlib's `ring` on ℕ (a commutative semiring) and ℤ (a commutative ring): Mathlib's normal
/// form of polynomials, with its rules for ℕ exponents that are not numerals (`x ^ (a + b)` is
/// `x ^ a * x ^ b`, `x ^ (n * 2)` is `(x ^ n) ^ 2`, `2 ^ n * 2 ^ n` is not `4 ^ n`). On ℕ,
/// truncated `-`, `/` and `%` are atoms, so `ring` fails where their semantics is needed, as
/// Mathlib's does. `ring_nf` is `RingNormalizer`.
public enum Ring {
  /// `⊢ target` for an equation `a = b` over ℕ or ℤ whose sides have the same normal form.
  public static func prove(_ target: Term) throws(DecisionFailure) -> Theorem {
    guard let (lhs, rhs) = target.asEquation, lhs.type == .nat || lhs.type == .int else {
      throw DecisionFailure(
        tactic: "ring", reason: .unsupported, message: "ring failed: the goal is not an equality of ℕ or ℤ terms",
        goal: target)
    }
    var parser = PolynomialParser(
      tactic: "ring", evaluatesClosedTerms: true, normalizesInsideAtoms: true, symbolicExponents: true)
    let left = try parser.parse(lhs)
    let right = try parser.parse(rhs)
    guard left == right else {
      let printer = PolynomialPrinter(tactic: "ring", atoms: parser.atoms)
      let residue = try? Term.equal(printer.term(left, type: lhs.type), printer.term(right, type: rhs.type))
      throw DecisionFailure(
        tactic: "ring", reason: .failed,
        message: "ring failed, ring_nf subsidiary goal:\n⊢ \(residue.map(\.description) ?? "?")", goal: target)
    }
    return try oracle(conclusion: target, hypotheses: [])
  }

  private static func oracle(conclusion: Term, hypotheses: [Term]) throws(DecisionFailure) -> Theorem {
    do {
      return try Theorem.oracle(.ring, conclusion: conclusion, hypotheses: hypotheses)
    } catch {
      throw DecisionFailure.kernel("ring", error, goal: conclusion)
    }
  }
}
