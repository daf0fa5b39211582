import Kernel

extension PolynomialParser {
  /// `base ^ exponent` for an ℕ exponent that is not a numeral, as Mathlib's `evalPow` computes it:
  /// `x ^ (e₁ + e₂ + …) = x ^ e₁ * x ^ e₂ * …` over the exponent's terms.
  func symbolicPower(_ base: Polynomial, _ exponent: Polynomial, _ term: Term) throws(DecisionFailure) -> Polynomial {
    var result = Polynomial.constant(1)
    for (shape, coefficient) in exponent.sortedTerms {
      result = result * (try power(base, Exponent(shape: shape, coefficient: coefficient), term))
      guard result.coefficients.count <= maximumTerms else { throw tooLarge(term) }
    }
    return result
  }

  /// Mathlib's `evalPow₁`: `a ^ 1 = a`; `0 ^ e = 0` when `e` is provably positive; a single term
  /// by `powerOfTerm`; `a ^ (e * k) = (a ^ e) ^ k` expanded for a numeral `k > 1`; any other sum
  /// kept whole as the base of one factor, `(a + b) ^ n`.
  private func power(_ base: Polynomial, _ exponent: Exponent, _ term: Term) throws(DecisionFailure) -> Polynomial {
    if exponent == .one { return base }
    if base.isZero {
      return exponent.isProvablyPositive ? .zero : Self.factor(.sum(.zero), exponent)
    }
    if let (monomial, coefficient) = base.singleTerm {
      return try powerOfTerm(monomial, coefficient, exponent, term)
    }
    if exponent.coefficient > 1 {
      let inner = try power(base, Exponent(shape: exponent.shape, coefficient: 1), term)
      guard let count = exponent.coefficient.asInt, count <= maximumExponent,
        let result = inner.power(count, maximumTerms: maximumTerms)
      else { throw tooLarge(term) }
      return result
    }
    return Self.factor(.sum(base), exponent)
  }

  /// Mathlib's `evalPowProd` on `monomial * coefficient`: `1 ^ e = 1`, a numeral to a numeral
  /// evaluated, `(x ^ a * b) ^ e = x ^ (a * e) * b ^ e`, and a coefficient `c ≠ 1` to a symbolic
  /// exponent kept as the factor `c ^ e` after the others. Mathlib does not sort the factors again;
  /// a product that would need it is refused rather than compared in an order Mathlib's is not in.
  private func powerOfTerm(
    _ monomial: Monomial, _ coefficient: BigInt, _ exponent: Exponent, _ term: Term
  ) throws(DecisionFailure) -> Polynomial {
    var powers = monomial.powers.map {
      Monomial.Power(base: $0.base, exponent: $0.exponent.multiplied(by: exponent))
    }
    var resultCoefficient: BigInt = 1
    if coefficient != 1 {
      if let value = exponent.numeralValue {
        guard value <= BigInt(maximumExponent) || coefficient.magnitude <= 1,
          let power = try? coefficient.power(value)
        else { throw tooLarge(term) }
        resultCoefficient = power
      } else {
        powers.append(Monomial.Power(base: .sum(.constant(coefficient)), exponent: exponent))
      }
    }
    let result = Monomial(powers: powers)
    guard result.isCanonical else {
      throw DecisionFailure(
        tactic: tactic, reason: .unsupported,
        message: "the power \(term) has factors Mathlib's ring leaves out of order; outside the native fragment",
        goal: term)
    }
    return Polynomial(coefficients: [result: resultCoefficient])
  }

  private static func factor(_ base: PowerBase, _ exponent: Exponent) -> Polynomial {
    Polynomial(coefficients: [Monomial(powers: [Monomial.Power(base: base, exponent: exponent)]): 1])
  }
}
