import CGMP

extension BigInt {
  /// A power whose result would be too large to compute: see `maximumPowerExponent` and
  /// `maximumPowerResultBits`.
  public struct PowerLimitExceeded: Error, Sendable, CustomStringConvertible {
    public let base: BigInt
    public let exponent: BigInt
    public var description: String {
      "power \(base) ^ \(exponent) refused: exponent above \(BigInt.maximumPowerExponent) or result above "
        + "\(BigInt.maximumPowerResultBits) bits (or a negative exponent)"
    }
  }

  /// The largest exponent `power` accepts for a base other than 0, 1 and -1 (2^24, the bound of
  /// Lean's kernel `Nat.pow` acceleration).
  public static let maximumPowerExponent = 1 << 24
  /// The largest result, in bits, that `power` computes (2^24 bits, 2 MiB).
  public static let maximumPowerResultBits = 1 << 24

  typealias BinaryGMPOperation = (
    UnsafeMutablePointer<__mpz_struct>, UnsafePointer<__mpz_struct>, UnsafePointer<__mpz_struct>
  ) -> Void

  static func viaGMP(_ lhs: BigInt, _ rhs: BigInt, _ operation: BinaryGMPOperation) -> BigInt {
    let result = GMPInteger()
    lhs.withMPZ { a in rhs.withMPZ { b in operation(result.pointer, a, b) } }
    return BigInt(normalizing: result)
  }

  public static func + (lhs: BigInt, rhs: BigInt) -> BigInt {
    if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage {
      let (sum, overflow) = a.addingReportingOverflow(b)
      if !overflow { return BigInt(sum) }
    }
    return viaGMP(lhs, rhs) { __gmpz_add($0, $1, $2) }
  }

  public static func - (lhs: BigInt, rhs: BigInt) -> BigInt {
    if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage {
      let (difference, overflow) = a.subtractingReportingOverflow(b)
      if !overflow { return BigInt(difference) }
    }
    return viaGMP(lhs, rhs) { __gmpz_sub($0, $1, $2) }
  }

  public static func * (lhs: BigInt, rhs: BigInt) -> BigInt {
    if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage {
      let (product, overflow) = a.multipliedReportingOverflow(by: b)
      if !overflow { return BigInt(product) }
    }
    return viaGMP(lhs, rhs) { __gmpz_mul($0, $1, $2) }
  }

  public static prefix func - (operand: BigInt) -> BigInt {
    BigInt(0) - operand
  }

  /// The absolute value.
  public var magnitude: BigInt {
    isNegative ? -self : self
  }

  /// Lean's truncated ℕ subtraction: `max(self - other, 0)` (`3 - 5 = 0`).
  public func natSub(_ other: BigInt) -> BigInt {
    self < other ? BigInt(0) : self - other
  }

  /// Lean's ℤ division `Int.ediv` (Euclidean): the `q` with `self = other * q + r`, `0 ≤ r < |other|`;
  /// `x / 0 = 0`. On non-negative operands it is Lean's ℕ division (`n / 0 = 0`).
  /// `-7 / 2 = -4`, `7 / -2 = -3`.
  public func ediv(_ other: BigInt) -> BigInt {
    euclideanDivision(by: other).quotient
  }

  /// Lean's ℤ remainder `Int.emod`: `0 ≤ self % other < |other|`, `x % 0 = x`. On non-negative
  /// operands it is Lean's ℕ `%` (`n % 0 = n`). `-7 % 2 = 1`.
  public func emod(_ other: BigInt) -> BigInt {
    euclideanDivision(by: other).remainder
  }

  /// Lean's ℕ division: floor division with `n / 0 = 0` (the same as `ediv` on naturals).
  public func natDiv(_ other: BigInt) -> BigInt { ediv(other) }

  /// Lean's ℕ remainder with `n % 0 = n` (the same as `emod` on naturals).
  public func natMod(_ other: BigInt) -> BigInt { emod(other) }

  /// Euclidean quotient and remainder as `ediv` and `emod` define them.
  public func euclideanDivision(by divisor: BigInt) -> (quotient: BigInt, remainder: BigInt) {
    if divisor.isZero { return (BigInt(0), self) }
    if case .small(let a) = storage, case .small(let b) = divisor.storage, !(a == Int.min && b == -1) {
      var quotient = a / b
      var remainder = a % b
      if remainder < 0 {
        if b > 0 {
          quotient -= 1
          remainder += b
        } else {
          quotient += 1
          remainder -= b
        }
      }
      return (BigInt(quotient), BigInt(remainder))
    }
    let quotient = GMPInteger()
    let remainder = GMPInteger()
    let absolute = divisor.magnitude
    withMPZ { a in
      absolute.withMPZ { b in __gmpz_fdiv_qr(quotient.pointer, remainder.pointer, a, b) }
    }
    let floorQuotient = BigInt(normalizing: quotient)
    return (divisor.isNegative ? -floorQuotient : floorQuotient, BigInt(normalizing: remainder))
  }

  /// The greatest common divisor of the magnitudes (`gcd 0 0 = 0`), as Lean's `Nat.gcd`.
  public func gcd(_ other: BigInt) -> BigInt {
    if case .small(let a) = storage, case .small(let b) = other.storage {
      var x = a.magnitude
      var y = b.magnitude
      while y != 0 { (x, y) = (y, x % y) }
      if let value = Int(exactly: x) { return BigInt(value) }
    }
    return BigInt.viaGMP(self, other) { __gmpz_gcd($0, $1, $2) }
  }

  /// `self ^ exponent` with `0 ^ 0 = 1`. Refuses, instead of hanging, when the exponent is negative
  /// or above `maximumPowerExponent`, or the result would exceed `maximumPowerResultBits` bits;
  /// the bases 0, 1 and -1 take any exponent.
  public func power(_ exponent: BigInt) throws(PowerLimitExceeded) -> BigInt {
    guard !exponent.isNegative else { throw PowerLimitExceeded(base: self, exponent: exponent) }
    if exponent.isZero { return BigInt(1) }
    switch asInt {
    case 0: return BigInt(0)
    case 1: return BigInt(1)
    case -1: return exponent.emod(BigInt(2)).isZero ? BigInt(1) : BigInt(-1)
    default: break
    }
    guard let e = exponent.asInt, e <= BigInt.maximumPowerExponent,
      (magnitudeBitWidth - 1).multipliedReportingOverflow(by: e).partialValue < BigInt.maximumPowerResultBits
    else { throw PowerLimitExceeded(base: self, exponent: exponent) }
    if case .small(let base) = storage, e < Int.bitWidth {
      var result = 1
      var overflow = false
      for _ in 0..<e where !overflow {
        (result, overflow) = result.multipliedReportingOverflow(by: base)
      }
      if !overflow { return BigInt(result) }
    }
    let result = GMPInteger()
    withMPZ { base in __gmpz_pow_ui(result.pointer, base, UInt(e)) }
    return BigInt(normalizing: result)
  }
}
