import Kernel

/// Moves ℕ → ℤ casts outward, as `norm_cast` does: `↑a + ↑b` becomes `↑(a + b)`, `↑a * ↑b`
/// becomes `↑(a * b)`, a ℤ numeral `n` becomes `↑n`, and `↑a = ↑b`, `↑a ≤ ↑b` become `a = b`,
/// `a ≤ b`; each step is a kernel axiom (`Int.natCast_add`, `Int.natCast_mul`, `Int.ofNat_inj`,
/// `Int.ofNat_le`) or a literal evaluation.
enum CastNormalizer {
  static func normalize(_ term: KTerm) throws(KernelError) -> Theorem? {
    var proof: Theorem?
    var current = term
    for _ in 0..<32 {
      guard let step = try Conversion.bottomUp(current, squash) else { break }
      proof = try Conversion.chain(proof, step)
      current = step.conclusion.asEquation!.rhs
    }
    return proof
  }

  private static func castOperand(_ term: KTerm) -> KTerm? {
    if let (constant, operand) = term.asUnaryOperation, constant == .intOfNat { return operand }
    return nil
  }

  private static func squash(_ term: KTerm) throws(KernelError) -> Theorem? {
    if case .intLiteral(let value) = term.kind {
      let cast = try KTerm.natCast(try KTerm.natLiteral(value))
      return try Theorem.symm(Theorem.evaluate(cast))
    }
    guard let (constant, lhs, rhs) = term.asBinaryOperation, let a = castOperand(lhs), let b = castOperand(rhs)
    else { return nil }
    switch constant {
    case .intAdd: return try Theorem.symm(Theorem.axiom(.intNatCastAdd, [a, b]))
    case .intMul: return try Theorem.symm(Theorem.axiom(.intNatCastMul, [a, b]))
    case .equal(.int): return try Theorem.propext(Theorem.axiom(.intOfNatInj, [a, b]))
    case .intLe: return try Theorem.propext(Theorem.axiom(.intOfNatLe, [a, b]))
    default: return nil
    }
  }
}
