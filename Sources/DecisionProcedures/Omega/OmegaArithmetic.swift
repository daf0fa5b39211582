/// The integers the omega procedure computes with: 128 bits, every operation checked.
typealias OmegaInteger = Int128

/// Checked 128-bit integer arithmetic for the omega procedure: every operation that would overflow
/// throws, so the procedure refuses instead of computing with a wrong number.
enum OmegaArithmetic {
  static func add(_ a: OmegaInteger, _ b: OmegaInteger) throws(OmegaFailure) -> OmegaInteger {
    let (result, overflow) = a.addingReportingOverflow(b)
    if overflow { throw OmegaFailure.overflow() }
    return result
  }

  static func subtract(_ a: OmegaInteger, _ b: OmegaInteger) throws(OmegaFailure) -> OmegaInteger {
    let (result, overflow) = a.subtractingReportingOverflow(b)
    if overflow { throw OmegaFailure.overflow() }
    return result
  }

  static func multiply(_ a: OmegaInteger, _ b: OmegaInteger) throws(OmegaFailure) -> OmegaInteger {
    let (result, overflow) = a.multipliedReportingOverflow(by: b)
    if overflow { throw OmegaFailure.overflow() }
    return result
  }

  static func negate(_ a: OmegaInteger) throws(OmegaFailure) -> OmegaInteger {
    if a == OmegaInteger.min { throw OmegaFailure.overflow() }
    return -a
  }

  /// The absolute value; `OmegaInteger.min` is refused.
  static func magnitude(_ a: OmegaInteger) throws(OmegaFailure) -> OmegaInteger {
    a < 0 ? try negate(a) : a
  }

  /// ⌊a / b⌋ for b > 0.
  static func floorDivide(_ a: OmegaInteger, _ b: OmegaInteger) -> OmegaInteger {
    let quotient = a / b
    return (a % b != 0 && a < 0) ? quotient - 1 : quotient
  }

  /// ⌈a / b⌉ for b > 0.
  static func ceilingDivide(_ a: OmegaInteger, _ b: OmegaInteger) -> OmegaInteger {
    let quotient = a / b
    return (a % b != 0 && a > 0) ? quotient + 1 : quotient
  }

  /// Euclidean remainder for m > 0 (in `0..<m`).
  static func euclideanRemainder(_ a: OmegaInteger, _ m: OmegaInteger) -> OmegaInteger {
    let remainder = a % m
    return remainder < 0 ? remainder + m : remainder
  }

  /// Lean's `OmegaInteger.bmod a m` for m > 0: the balanced residue, in `[-m/2, m/2)` roughly; it is
  /// `r` when `r < (m + 1) / 2` and `r - m` otherwise, for `r = a % m`.
  static func balancedRemainder(_ a: OmegaInteger, _ m: OmegaInteger) -> OmegaInteger {
    let remainder = euclideanRemainder(a, m)
    return remainder < (m + 1) / 2 ? remainder : remainder - m
  }

  static func gcd(_ a: OmegaInteger, _ b: OmegaInteger) throws(OmegaFailure) -> OmegaInteger {
    var x = a.magnitude
    var y = b.magnitude
    while y != 0 { (x, y) = (y, x % y) }
    guard x <= UInt128(OmegaInteger.max) else { throw OmegaFailure.overflow() }
    return OmegaInteger(x)
  }
}
