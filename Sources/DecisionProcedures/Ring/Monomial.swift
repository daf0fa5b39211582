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

  /// Degree first, then the atoms and exponents lexicographically: the order `ring_nf` prints in.
  static func < (lhs: Monomial, rhs: Monomial) -> Bool {
    if lhs.degree != rhs.degree { return lhs.degree < rhs.degree }
    for (a, b) in zip(lhs.powers, rhs.powers) where a != b {
      if a.atom != b.atom { return a.atom < b.atom }
      return a.exponent > b.exponent
    }
    return lhs.powers.count < rhs.powers.count
  }
}
