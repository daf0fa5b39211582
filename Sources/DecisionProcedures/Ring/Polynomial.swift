import Kernel

/// A polynomial with integer coefficients over numbered atoms: the normal form of `ring` in a
/// commutative (semi)ring, Mathlib's `ExSum`. With numeral exponents, two expressions are equal in
/// every commutative semiring exactly when their polynomials are equal; with symbolic exponents
/// (`x ^ n`, `(a + b) ^ n`) equality is that of Mathlib's normal form.
struct Polynomial: Hashable, Sendable {
  /// The non-zero coefficient of each monomial.
  private(set) var coefficients: [Monomial: BigInt]

  init(coefficients: [Monomial: BigInt] = [:]) {
    self.coefficients = coefficients.filter { !$0.value.isZero }
  }

  static let zero = Polynomial()

  static func constant(_ value: BigInt) -> Polynomial {
    Polynomial(coefficients: [.one: value])
  }

  static func atom(_ index: Int) -> Polynomial {
    Polynomial(coefficients: [.atom(index): 1])
  }

  var isZero: Bool { coefficients.isEmpty }

  /// The value of a constant polynomial; nil when an atom occurs.
  var constantValue: BigInt? {
    if coefficients.isEmpty { return 0 }
    guard coefficients.count == 1, let value = coefficients[.one] else { return nil }
    return value
  }

  /// The terms in `ring_nf`'s order (`Monomial.<`), constant first.
  var sortedTerms: [(monomial: Monomial, coefficient: BigInt)] {
    coefficients.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  /// The only term, when there is exactly one.
  var singleTerm: (monomial: Monomial, coefficient: BigInt)? {
    guard coefficients.count == 1, let (monomial, coefficient) = coefficients.first else { return nil }
    return (monomial, coefficient)
  }

  /// Whether every monomial is a product of atoms with numeral exponents.
  var isPolynomial: Bool { coefficients.keys.allSatisfy(\.isPolynomial) }

  /// Mathlib's `ExSum.evalPos` on an ℕ polynomial: some term has a positive coefficient and only
  /// factors whose bases are provably positive sums.
  var isProvablyPositive: Bool {
    coefficients.contains { monomial, coefficient in
      !coefficient.isNegative
        && monomial.powers.allSatisfy { power in
          guard case .sum(let base) = power.base else { return false }
          return base.isProvablyPositive
        }
    }
  }

  /// Mathlib's `ExSum.cmp`: the terms in order compared one by one, by monomial and then by
  /// coefficient, a sum that runs out of terms first.
  func precedes(_ other: Polynomial) -> Bool {
    for (a, b) in zip(sortedTerms, other.sortedTerms) where a.monomial != b.monomial || a.coefficient != b.coefficient {
      if a.monomial != b.monomial { return a.monomial < b.monomial }
      return a.coefficient < b.coefficient
    }
    return coefficients.count < other.coefficients.count
  }

  /// The coefficient of the constant monomial.
  var constantTerm: BigInt { coefficients[.one] ?? 0 }

  static func + (lhs: Polynomial, rhs: Polynomial) -> Polynomial {
    var result = lhs.coefficients
    for (monomial, coefficient) in rhs.coefficients {
      let sum = (result[monomial] ?? 0) + coefficient
      result[monomial] = sum.isZero ? nil : sum
    }
    return Polynomial(trusted: result)
  }

  static prefix func - (operand: Polynomial) -> Polynomial {
    Polynomial(trusted: operand.coefficients.mapValues { -$0 })
  }

  static func - (lhs: Polynomial, rhs: Polynomial) -> Polynomial {
    lhs + -rhs
  }

  static func * (lhs: Polynomial, rhs: Polynomial) -> Polynomial {
    var result: [Monomial: BigInt] = [:]
    for (a, x) in lhs.coefficients {
      for (b, y) in rhs.coefficients {
        let monomial = a.multiplied(by: b)
        let sum = (result[monomial] ?? 0) + x * y
        result[monomial] = sum.isZero ? nil : sum
      }
    }
    return Polynomial(trusted: result)
  }

  /// `self * scalar`.
  func scaled(by scalar: BigInt) -> Polynomial {
    scalar.isZero ? .zero : Polynomial(trusted: coefficients.mapValues { $0 * scalar })
  }

  /// `self ^ exponent` by repeated squaring; nil when the result would have more than
  /// `maximumTerms` terms.
  func power(_ exponent: Int, maximumTerms: Int) -> Polynomial? {
    var result = Polynomial.constant(1)
    var base = self
    var remaining = exponent
    while remaining > 0 {
      if remaining & 1 == 1 {
        result = result * base
        if result.coefficients.count > maximumTerms { return nil }
      }
      remaining >>= 1
      if remaining > 0 {
        base = base * base
        if base.coefficients.count > maximumTerms { return nil }
      }
    }
    return result
  }

  private init(trusted coefficients: [Monomial: BigInt]) {
    self.coefficients = coefficients
  }
}
