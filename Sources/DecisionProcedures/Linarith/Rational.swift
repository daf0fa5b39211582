import Kernel

/// An exact rational number over `BigInt`, always in lowest terms with a positive denominator.
struct Rational: Hashable, Sendable, CustomStringConvertible {
  let numerator: BigInt
  let denominator: BigInt

  static let zero = Rational(0)
  static let one = Rational(1)

  init(_ value: BigInt) {
    numerator = value
    denominator = 1
  }

  init(_ value: Int) {
    self.init(BigInt(value))
  }

  /// `numerator / denominator`, reduced; the denominator must not be zero.
  init(_ numerator: BigInt, _ denominator: BigInt) {
    precondition(!denominator.isZero, "zero denominator")
    let divisor = numerator.gcd(denominator)
    let sign: BigInt = denominator.isNegative ? -1 : 1
    self.numerator = numerator.ediv(divisor) * sign
    self.denominator = denominator.magnitude.ediv(divisor)
  }

  var isZero: Bool { numerator.isZero }
  var isNegative: Bool { numerator.isNegative }
  var isPositive: Bool { numerator.signum > 0 }

  static func + (lhs: Rational, rhs: Rational) -> Rational {
    if lhs.denominator == rhs.denominator {
      return Rational(lhs.numerator + rhs.numerator, lhs.denominator)
    }
    return Rational(
      lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator, lhs.denominator * rhs.denominator)
  }

  static prefix func - (operand: Rational) -> Rational {
    Rational(trusted: -operand.numerator, operand.denominator)
  }

  static func - (lhs: Rational, rhs: Rational) -> Rational {
    lhs + -rhs
  }

  static func * (lhs: Rational, rhs: Rational) -> Rational {
    if lhs.isZero || rhs.isZero { return .zero }
    return Rational(lhs.numerator * rhs.numerator, lhs.denominator * rhs.denominator)
  }

  static func / (lhs: Rational, rhs: Rational) -> Rational {
    Rational(lhs.numerator * rhs.denominator, lhs.denominator * rhs.numerator)
  }

  static func < (lhs: Rational, rhs: Rational) -> Bool {
    lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
  }

  var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }

  private init(trusted numerator: BigInt, _ denominator: BigInt) {
    self.numerator = numerator
    self.denominator = denominator
  }
}
