import Kernel

/// Writes a polynomial back as a Lean term in `ring_nf`'s style: monomials in `Monomial.<` order,
/// the constant first, each monomial `x ^ 2 * y * 3` with its coefficient last, and on ℤ negative
/// coefficients as subtraction (`a - b * 2`).
struct PolynomialPrinter {
  let tactic: String
  let atoms: AtomTable

  func term(_ polynomial: Polynomial, type: TermType) throws(DecisionFailure) -> Term {
    do {
      return try sumTerm(polynomial, type: type)
    } catch {
      throw DecisionFailure.kernel(tactic, error, goal: nil)
    }
  }

  /// The sum, a `(a + b)` or `2` raised to a symbolic power included.
  private func sumTerm(_ polynomial: Polynomial, type: TermType) throws(KernelError) -> Term {
    var result: Term?
    for (monomial, coefficient) in polynomial.sortedTerms {
      let negative = coefficient.isNegative
      let magnitudeTerm = try monomialTerm(monomial, coefficient.magnitude, type: type)
      if let sum = result {
        result = negative ? try Term.subtract(sum, magnitudeTerm) : try Term.add(sum, magnitudeTerm)
      } else if negative {
        result = monomial.isOne ? Term.intLiteral(coefficient) : try Term.negate(magnitudeTerm)
      } else {
        result = magnitudeTerm
      }
    }
    return result ?? Term.numeral(0, type)
  }

  private func monomialTerm(_ monomial: Monomial, _ coefficient: BigInt, type: TermType) throws(KernelError) -> Term {
    var product: Term?
    for power in monomial.powers {
      var factor: Term
      switch power.base {
      case .atom(let index): factor = atoms[index]
      case .sum(let sum): factor = try sumTerm(sum, type: type)
      }
      if power.exponent != .one { factor = try Term.power(factor, exponentTerm(power.exponent)) }
      product = try product.map { (partial) throws(KernelError) in try Term.multiply(partial, factor) } ?? factor
    }
    guard let product else { return Term.numeral(coefficient, type) }
    return coefficient == 1 ? product : try Term.multiply(product, Term.numeral(coefficient, type))
  }

  private func exponentTerm(_ exponent: Exponent) throws(KernelError) -> Term {
    try monomialTerm(exponent.shape, exponent.coefficient, type: .nat)
  }
}
