import Kernel

/// A product of powers `b₀ ^ e₀ * b₁ ^ e₁ * …`, Mathlib's `ExProd` without its coefficient: each
/// base an atom (numbered by an `AtomTable`) or a sum, each exponent an `Exponent`, the factors in
/// Mathlib's order with at most one factor per base and exponent monomial (`x ^ 2 * x ^ n` keeps
/// two factors, as Mathlib's `ring` does). The empty product is the monomial `1`.
struct Monomial: Hashable, Comparable, Sendable {
  /// The factors, sorted by base and then exponent.
  let powers: [Power]

  /// One factor `base ^ exponent`.
  struct Power: Hashable, Comparable, Sendable {
    let base: PowerBase
    let exponent: Exponent

    /// Whether Mathlib's `evalMulProd` merges the two factors into one (`x ^ a * x ^ (a * 2)` is
    /// `x ^ (a * 3)`): the same base and the same exponent up to its coefficient.
    func merges(with other: Power) -> Bool {
      base == other.base && exponent.shape == other.exponent.shape
    }

    /// Mathlib's order on factors: by base, then by exponent.
    static func < (lhs: Power, rhs: Power) -> Bool {
      if lhs.base != rhs.base { return lhs.base < rhs.base }
      return lhs.exponent < rhs.exponent
    }
  }

  static let one = Monomial(powers: [])

  static func atom(_ index: Int) -> Monomial {
    Monomial(powers: [Power(base: .atom(index), exponent: .one)])
  }

  var isOne: Bool { powers.isEmpty }

  /// Whether every exponent is a numeral and every base an atom: a monomial of a polynomial in
  /// the usual sense.
  var isPolynomial: Bool {
    powers.allSatisfy { power in
      guard case .atom = power.base else { return false }
      return power.exponent.numeralValue != nil
    }
  }

  /// Whether the factors are in Mathlib's order with no two that merge, as a monomial built by
  /// Mathlib's `ring` must be to be compared with ours.
  var isCanonical: Bool {
    zip(powers, powers.dropFirst()).allSatisfy { $0 < $1 && !$0.merges(with: $1) }
  }

  /// The product of two monomials (Mathlib's `evalMulProd`): the factors merged in order, the
  /// exponents of merging factors added.
  func multiplied(by other: Monomial) -> Monomial {
    var merged: [Power] = []
    merged.reserveCapacity(powers.count + other.powers.count)
    var left = 0
    var right = 0
    while left < powers.count || right < other.powers.count {
      if left < powers.count, right < other.powers.count, powers[left].merges(with: other.powers[right]) {
        let (a, b) = (powers[left], other.powers[right])
        let exponent = Exponent(shape: a.exponent.shape, coefficient: a.exponent.coefficient + b.exponent.coefficient)
        merged.append(Power(base: a.base, exponent: exponent))
        left += 1
        right += 1
      } else if right == other.powers.count || (left < powers.count && powers[left] < other.powers[right]) {
        merged.append(powers[left])
        left += 1
      } else {
        merged.append(other.powers[right])
        right += 1
      }
    }
    return Monomial(powers: merged)
  }

  /// Mathlib's `ExProd.cmp` (`Mathlib/Tactic/Ring/Basic.lean`) without the coefficient, the order
  /// `ring_nf` prints a sum in: the factors compared one by one, by base and then by exponent, a
  /// monomial that runs out of factors first (the constant first of all). So `(a + b) ^ 2` prints
  /// as `a * b * 2 + a ^ 2 + b ^ 2` and `x ^ 2 + x * 2 + 1` as `1 + x * 2 + x ^ 2`.
  static func < (lhs: Monomial, rhs: Monomial) -> Bool {
    for (a, b) in zip(lhs.powers, rhs.powers) where a != b {
      return a < b
    }
    return lhs.powers.count < rhs.powers.count
  }
}
