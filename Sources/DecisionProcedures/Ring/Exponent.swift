import Kernel

/// The exponent of one factor of a ring monomial, Mathlib's `ExProd` over ℕ: a positive numeral
/// coefficient times a monomial of ℕ atoms (`n * 2` in `x ^ (n * 2)`); a numeral exponent has the
/// monomial `1`. Mathlib's `ring` rewrites `x ^ (a + b)` to `x ^ a * x ^ b`, so an exponent is
/// never a sum.
struct Exponent: Hashable, Comparable, Sendable {
  /// The product of ℕ atoms, `1` for a numeral exponent.
  let shape: Monomial
  /// The positive numeral factor.
  let coefficient: BigInt

  static let one = Exponent(shape: .one, coefficient: 1)

  static func numeral(_ value: BigInt) -> Exponent {
    Exponent(shape: .one, coefficient: value)
  }

  /// The exponent's value when it is a numeral.
  var numeralValue: BigInt? { shape.isOne ? coefficient : nil }

  /// `self * other`, as Mathlib's `evalMulProd` over ℕ multiplies two exponents.
  func multiplied(by other: Exponent) -> Exponent {
    Exponent(shape: shape.multiplied(by: other.shape), coefficient: coefficient * other.coefficient)
  }

  /// Whether Mathlib's `ExProd.evalPos` proves the exponent positive: every factor's base is a sum
  /// with a positive term (`0 ^ (n + 1)` is `0`, `0 ^ n` is not simplified).
  var isProvablyPositive: Bool {
    shape.powers.allSatisfy { power in
      guard case .sum(let polynomial) = power.base else { return false }
      return polynomial.isProvablyPositive
    }
  }

  /// Mathlib's `ExProd.cmp` on exponents: the monomials first, then the coefficients.
  static func < (lhs: Exponent, rhs: Exponent) -> Bool {
    if lhs.shape != rhs.shape { return lhs.shape < rhs.shape }
    return lhs.coefficient < rhs.coefficient
  }
}
