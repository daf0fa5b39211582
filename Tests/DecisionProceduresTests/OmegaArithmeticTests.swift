import Kernel
import TestSupport
import Testing

@testable import DecisionProcedures

/// The checked 128-bit fast paths of the omega core against their definitions on GMP integers:
/// floor and ceiling division, Euclidean and balanced remainders (Lean's `Int.bmod`), gcd, and
/// the overflow checks; and the row normalisation (`tidy`) against brute force.
@Suite struct OmegaArithmeticTests {
  static func big(_ value: Int) -> BigInt { BigInt(value) }

  @Test func divisionAndRemaindersMatchTheirDefinitions() throws {
    var random = SeededGenerator(seed: 0x0A17)
    for _ in 0..<5_000 {
      let a = Int.random(in: -1_000...1_000, using: &random)
      let m = Int.random(in: 1...60, using: &random)
      let quotient = Self.big(a).ediv(Self.big(m))
      #expect(Self.big(Int(OmegaArithmetic.floorDivide(OmegaInteger(a), OmegaInteger(m)))) == quotient)
      let ceiling = Self.big(-a).ediv(Self.big(m))
      #expect(Self.big(Int(OmegaArithmetic.ceilingDivide(OmegaInteger(a), OmegaInteger(m)))) == -ceiling)
      let remainder = Self.big(a).emod(Self.big(m))
      #expect(Self.big(Int(OmegaArithmetic.euclideanRemainder(OmegaInteger(a), OmegaInteger(m)))) == remainder)
      // Lean: `Int.bmod x m = if x % m < (m + 1) / 2 then x % m else x % m - m`.
      let half = Self.big(m + 1).ediv(Self.big(2))
      let balanced = remainder < half ? remainder : remainder - Self.big(m)
      #expect(Self.big(Int(OmegaArithmetic.balancedRemainder(OmegaInteger(a), OmegaInteger(m)))) == balanced)
      let b = Int.random(in: -1_000...1_000, using: &random)
      #expect(Self.big(Int(try OmegaArithmetic.gcd(OmegaInteger(a), OmegaInteger(b)))) == Self.big(a).gcd(Self.big(b)))
    }
  }

  @Test func overflowIsRefused() {
    #expect(throws: OmegaFailure.self) { try OmegaArithmetic.multiply(OmegaInteger.max / 2, 3) }
    #expect(throws: OmegaFailure.self) { try OmegaArithmetic.add(OmegaInteger.max, 1) }
    #expect(throws: OmegaFailure.self) { try OmegaArithmetic.negate(OmegaInteger.min) }
    #expect(throws: OmegaFailure.self) { try OmegaArithmetic.gcd(OmegaInteger.min, 0) }
  }

  /// `tidy` keeps exactly the integer points of a row in a box: it may only tighten by integrality.
  @Test func tidyKeepsTheIntegerSolutions() throws {
    var random = SeededGenerator(seed: 0x71D7)
    for _ in 0..<2_000 {
      let coefficients = (0..<2).map { _ in OmegaInteger(Int.random(in: -6...6, using: &random)) }
      let lower = Bool.random(using: &random) ? OmegaInteger(Int.random(in: -20...20, using: &random)) : nil
      let upper = Bool.random(using: &random) ? OmegaInteger(Int.random(in: -20...20, using: &random)) : nil
      let row = OmegaRow(coefficients: coefficients, constraint: OmegaConstraint(lower: lower, upper: upper))
      let tidy = try row.tidied()
      for x in -8...8 {
        for y in -8...8 {
          let point = [OmegaInteger(x), OmegaInteger(y)]
          func value(_ coefficients: [OmegaInteger]) -> OmegaInteger {
            zip(coefficients, point).reduce(0) { $0 + $1.0 * $1.1 }
          }
          let before = row.constraint.contains(value(row.coefficients))
          let after = !tidy.constraint.isImpossible && tidy.constraint.contains(value(tidy.coefficients))
          #expect(before == after, "\(row) tidied to \(tidy) at \(point)")
        }
      }
    }
  }
}
