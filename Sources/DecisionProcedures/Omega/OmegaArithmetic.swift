/// Checked 64-bit integer arithmetic for the omega procedure: every operation that would overflow
/// throws, so the procedure refuses instead of computing with a wrong number.
enum OmegaArithmetic {
  static func add(_ a: Int, _ b: Int) throws(OmegaFailure) -> Int {
    let (result, overflow) = a.addingReportingOverflow(b)
    if overflow { throw OmegaFailure.overflow() }
    return result
  }

  static func subtract(_ a: Int, _ b: Int) throws(OmegaFailure) -> Int {
    let (result, overflow) = a.subtractingReportingOverflow(b)
    if overflow { throw OmegaFailure.overflow() }
    return result
  }

  static func multiply(_ a: Int, _ b: Int) throws(OmegaFailure) -> Int {
    let (result, overflow) = a.multipliedReportingOverflow(by: b)
    if overflow { throw OmegaFailure.overflow() }
    return result
  }

  static func negate(_ a: Int) throws(OmegaFailure) -> Int {
    if a == Int.min { throw OmegaFailure.overflow() }
    return -a
  }

  /// The absolute value; `Int.min` is refused.
  static func magnitude(_ a: Int) throws(OmegaFailure) -> Int {
    a < 0 ? try negate(a) : a
  }

  /// ⌊a / b⌋ for b > 0.
  static func floorDivide(_ a: Int, _ b: Int) -> Int {
    let quotient = a / b
    return (a % b != 0 && a < 0) ? quotient - 1 : quotient
  }

  /// ⌈a / b⌉ for b > 0.
  static func ceilingDivide(_ a: Int, _ b: Int) -> Int {
    let quotient = a / b
    return (a % b != 0 && a > 0) ? quotient + 1 : quotient
  }

  /// Euclidean remainder for m > 0 (in `0..<m`).
  static func euclideanRemainder(_ a: Int, _ m: Int) -> Int {
    let remainder = a % m
    return remainder < 0 ? remainder + m : remainder
  }

  /// Lean's `Int.bmod a m` for m > 0: the balanced residue, in `[-m/2, m/2)` roughly; it is
  /// `r` when `r < (m + 1) / 2` and `r - m` otherwise, for `r = a % m`.
  static func balancedRemainder(_ a: Int, _ m: Int) -> Int {
    let remainder = euclideanRemainder(a, m)
    return remainder < (m + 1) / 2 ? remainder : remainder - m
  }

  static func gcd(_ a: Int, _ b: Int) throws(OmegaFailure) -> Int {
    var x = a.magnitude
    var y = b.magnitude
    while y != 0 { (x, y) = (y, x % y) }
    guard x <= UInt(Int.max) else { throw OmegaFailure.overflow() }
    return Int(x)
  }
}
