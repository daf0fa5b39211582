/// A product of atoms with positive exponents, `x₀^e₀ * x₁^e₁ * …`, atoms numbered by an
/// `AtomTable` and kept in increasing order. The empty product is the monomial `1`.
struct Monomial: Hashable, Comparable, Sendable {
  /// `(atom, exponent)` pairs, sorted by atom, every exponent positive.
  let powers: [Power]

  /// One factor `atom ^ exponent`.
  struct Power: Hashable, Sendable {
    let atom: Int
    let exponent: Int
  }

  static let one = Monomial(powers: [])

  static func atom(_ index: Int) -> Monomial {
    Monomial(powers: [Power(atom: index, exponent: 1)])
  }

  /// The total degree.
  var degree: Int { powers.reduce(0) { $0 + $1.exponent } }

  var isOne: Bool { powers.isEmpty }

  /// The product of two monomials.
  func multiplied(by other: Monomial) -> Monomial {
    var merged: [Power] = []
    merged.reserveCapacity(powers.count + other.powers.count)
    var left = 0
    var right = 0
    while left < powers.count || right < other.powers.count {
      if right == other.powers.count || (left < powers.count && powers[left].atom < other.powers[right].atom) {
        merged.append(powers[left])
        left += 1
      } else if left == powers.count || other.powers[right].atom < powers[left].atom {
        merged.append(other.powers[right])
        right += 1
      } else {
        merged.append(Power(atom: powers[left].atom, exponent: powers[left].exponent + other.powers[right].exponent))
        left += 1
        right += 1
      }
    }
    return Monomial(powers: merged)
  }

  /// Mathlib's `ExProd.cmp` (`Mathlib/Tactic/Ring/Basic.lean`), the order `ring_nf` prints a sum
  /// in: the factors `x ^ e` compared one by one, by atom index and then by exponent, a monomial
  /// that runs out of factors first (the constant first of all). So `(a + b) ^ 2` prints as
  /// `a * b * 2 + a ^ 2 + b ^ 2` and `x ^ 2 + x * 2 + 1` as `1 + x * 2 + x ^ 2`.
  static func < (lhs: Monomial, rhs: Monomial) -> Bool {
    for (a, b) in zip(lhs.powers, rhs.powers) where a != b {
      if a.atom != b.atom { return a.atom < b.atom }
      return a.exponent < b.exponent
    }
    return lhs.powers.count < rhs.powers.count
  }
}
