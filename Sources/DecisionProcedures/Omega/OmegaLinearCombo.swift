/// A linear combination `constant + Σ coefficients[i] * atom[i]` over ℤ, the value of one side of
/// a fact after `omega`'s front end has read it (Lean's `LinearCombo`). Trailing zero
/// coefficients are dropped, so equal combinations have equal arrays.
struct OmegaLinearCombo: Hashable, Sendable {
  var constant: OmegaInteger
  var coefficients: [OmegaInteger]

  init(constant: OmegaInteger = 0, coefficients: [OmegaInteger] = []) {
    self.constant = constant
    self.coefficients = coefficients
    trim()
  }

  /// The combination `1 * atom[index]`.
  static func atom(_ index: Int) -> OmegaLinearCombo {
    var coefficients = [OmegaInteger](repeating: 0, count: index + 1)
    coefficients[index] = 1
    return OmegaLinearCombo(constant: 0, coefficients: coefficients)
  }

  var isConstant: Bool { coefficients.isEmpty }

  private mutating func trim() {
    while let last = coefficients.last, last == 0 { coefficients.removeLast() }
  }

  func adding(_ other: OmegaLinearCombo) throws(OmegaFailure) -> OmegaLinearCombo {
    try combining(1, other, 1)
  }

  func subtracting(_ other: OmegaLinearCombo) throws(OmegaFailure) -> OmegaLinearCombo {
    try combining(1, other, -1)
  }

  func negated() throws(OmegaFailure) -> OmegaLinearCombo {
    try scaled(by: -1)
  }

  func scaled(by factor: OmegaInteger) throws(OmegaFailure) -> OmegaLinearCombo {
    if factor == 0 { return OmegaLinearCombo() }
    var result = self
    result.constant = try OmegaArithmetic.multiply(constant, factor)
    for index in result.coefficients.indices {
      result.coefficients[index] = try OmegaArithmetic.multiply(result.coefficients[index], factor)
    }
    return result
  }

  /// `a * self + b * other`.
  func combining(_ a: OmegaInteger, _ other: OmegaLinearCombo, _ b: OmegaInteger) throws(OmegaFailure)
    -> OmegaLinearCombo
  {
    let constant = try OmegaArithmetic.add(
      OmegaArithmetic.multiply(a, self.constant), OmegaArithmetic.multiply(b, other.constant))
    let coefficients = try OmegaCoefficients.combine(a, self.coefficients, b, other.coefficients)
    return OmegaLinearCombo(constant: constant, coefficients: coefficients)
  }

  /// The product when one side is a constant (Lean's `LinearCombo.mul` under that condition).
  func multiplied(by other: OmegaLinearCombo) throws(OmegaFailure) -> OmegaLinearCombo {
    if isConstant { return try other.scaled(by: constant) }
    return try scaled(by: other.constant)
  }
}

/// Operations on coefficient vectors (Lean's `Coeffs`): dense arrays indexed by atom, without
/// trailing zeros.
enum OmegaCoefficients {
  /// `a * x + b * y`, trimmed.
  static func combine(_ a: OmegaInteger, _ x: [OmegaInteger], _ b: OmegaInteger, _ y: [OmegaInteger])
    throws(OmegaFailure) -> [OmegaInteger]
  {
    let count = max(x.count, y.count)
    var result = [OmegaInteger](repeating: 0, count: count)
    for index in 0..<count {
      let left = index < x.count ? try OmegaArithmetic.multiply(a, x[index]) : 0
      let right = index < y.count ? try OmegaArithmetic.multiply(b, y[index]) : 0
      result[index] = try OmegaArithmetic.add(left, right)
    }
    while let last = result.last, last == 0 { result.removeLast() }
    return result
  }

  static func coefficient(_ x: [OmegaInteger], _ index: Int) -> OmegaInteger {
    index < x.count ? x[index] : 0
  }

  /// The smallest absolute value of a nonzero coefficient (0 when there is none).
  static func minimumMagnitude(_ x: [OmegaInteger]) -> OmegaInteger {
    var best: OmegaInteger = 0
    for value in x where value != 0 {
      let magnitude = OmegaInteger(
        value.magnitude > UInt128(OmegaInteger.max) ? UInt128(OmegaInteger.max) : value.magnitude)
      if best == 0 || magnitude < best { best = magnitude }
    }
    return best
  }

  /// The largest absolute value of a coefficient.
  static func maximumMagnitude(_ x: [OmegaInteger]) -> OmegaInteger {
    var best: OmegaInteger = 0
    for value in x {
      let magnitude = OmegaInteger(
        value.magnitude > UInt128(OmegaInteger.max) ? UInt128(OmegaInteger.max) : value.magnitude)
      if magnitude > best { best = magnitude }
    }
    return best
  }
}
