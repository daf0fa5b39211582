/// An interval `lower ≤ e ≤ upper` (either bound may be missing) that a linear expression `e` of
/// the atoms must lie in (Lean's `Omega.Constraint`).
struct OmegaConstraint: Hashable, Sendable {
  var lower: OmegaInteger?
  var upper: OmegaInteger?

  static let trivial = OmegaConstraint(lower: nil, upper: nil)
  static let impossible = OmegaConstraint(lower: 1, upper: 0)

  static func exactly(_ value: OmegaInteger) -> OmegaConstraint {
    OmegaConstraint(lower: value, upper: value)
  }

  var isImpossible: Bool {
    if let lower, let upper { return lower > upper }
    return false
  }

  var isExact: Bool {
    if let lower, let upper { return lower == upper }
    return false
  }

  var isTrivial: Bool { lower == nil && upper == nil }

  func contains(_ value: OmegaInteger) -> Bool {
    (lower.map { $0 <= value } ?? true) && (upper.map { value <= $0 } ?? true)
  }

  /// `{k * v | v ∈ self}` (bounds swap for a negative factor; a zero factor gives `{0}`).
  func scaled(by factor: OmegaInteger) throws(OmegaFailure) -> OmegaConstraint {
    if factor == 0 { return isImpossible ? self : .exactly(0) }
    let lower = try self.lower.map { (value: OmegaInteger) throws(OmegaFailure) -> OmegaInteger in
      try OmegaArithmetic.multiply(value, factor)
    }
    let upper = try self.upper.map { (value: OmegaInteger) throws(OmegaFailure) -> OmegaInteger in
      try OmegaArithmetic.multiply(value, factor)
    }
    return factor > 0 ? OmegaConstraint(lower: lower, upper: upper) : OmegaConstraint(lower: upper, upper: lower)
  }

  /// The Minkowski sum: bounds add when both sides have them.
  func adding(_ other: OmegaConstraint) throws(OmegaFailure) -> OmegaConstraint {
    var result = OmegaConstraint.trivial
    if let a = lower, let b = other.lower { result.lower = try OmegaArithmetic.add(a, b) }
    if let a = upper, let b = other.upper { result.upper = try OmegaArithmetic.add(a, b) }
    return result
  }

  /// The intersection.
  func intersecting(_ other: OmegaConstraint) -> OmegaConstraint {
    let lower: OmegaInteger? =
      switch (self.lower, other.lower) {
      case (let a?, let b?): Swift.max(a, b)
      case (let a?, nil): a
      case (nil, let b): b
      }
    let upper: OmegaInteger? =
      switch (self.upper, other.upper) {
      case (let a?, let b?): Swift.min(a, b)
      case (let a?, nil): a
      case (nil, let b): b
      }
    return OmegaConstraint(lower: lower, upper: upper)
  }

  func negated() throws(OmegaFailure) -> OmegaConstraint {
    try scaled(by: -1)
  }

  /// The constraint on `e / divisor` for an `e` all of whose coefficients `divisor` divides:
  /// the lower bound rounds up and the upper bound rounds down (the integer tightening).
  func divided(by divisor: OmegaInteger) -> OmegaConstraint {
    OmegaConstraint(
      lower: lower.map { OmegaArithmetic.ceilingDivide($0, divisor) },
      upper: upper.map { OmegaArithmetic.floorDivide($0, divisor) })
  }
}

/// One row of an omega problem: `constraint` bounds the dot product of `coefficients` with the
/// atoms (Lean's `Fact` without its proof).
struct OmegaRow: Hashable, Sendable {
  var coefficients: [OmegaInteger]
  var constraint: OmegaConstraint

  /// `a * self + b * other`, on both the coefficients and the bounds (Lean's `Fact.combo`).
  func combining(_ a: OmegaInteger, _ other: OmegaRow, _ b: OmegaInteger) throws(OmegaFailure) -> OmegaRow {
    OmegaRow(
      coefficients: try OmegaCoefficients.combine(a, coefficients, b, other.coefficients),
      constraint: try constraint.scaled(by: a).adding(other.constraint.scaled(by: b)))
  }

  /// Lean's `tidy`: make the first nonzero coefficient positive, then divide by the gcd of the
  /// coefficients and tighten the bounds; a row without coefficients becomes trivial or impossible.
  func tidied() throws(OmegaFailure) -> OmegaRow {
    var row = self
    if let first = row.coefficients.first(where: { $0 != 0 }), first < 0 {
      for index in row.coefficients.indices {
        row.coefficients[index] = try OmegaArithmetic.negate(row.coefficients[index])
      }
      row.constraint = try row.constraint.negated()
    }
    var divisor: OmegaInteger = 0
    for value in row.coefficients where value != 0 {
      divisor = try OmegaArithmetic.gcd(divisor, value)
      if divisor == 1 { break }
    }
    if divisor == 0 {
      row.coefficients = []
      row.constraint = row.constraint.contains(0) ? .trivial : .impossible
    } else if divisor > 1 {
      for index in row.coefficients.indices { row.coefficients[index] /= divisor }
      row.constraint = row.constraint.divided(by: divisor)
    }
    return row
  }
}
