import DecisionProcedures
import Foundation
import Kernel
import TestSupport
import Testing

/// Random goals over ℕ and ℤ (truncated subtraction, `/` and `%` by literals, `min`, `max`, `∣`,
/// casts, `natAbs`, `toNat`, connectives) against evaluation: whenever omega proves a goal, no
/// random instance of its variables falsifies it (using only the hypotheses the theorem keeps);
/// and a goal with a known counterexample is never proved. A few hundred goals by default,
/// 10,000 with `PROVER_HEAVY_TESTS=1`.
@Suite struct OmegaDifferentialTests {
  static var heavy: Bool { ProcessInfo.processInfo.environment["PROVER_HEAVY_TESTS"] == "1" }

  struct Generator {
    var random: SeededGenerator
    let naturals = ["a", "b", "c"].map { Term.variable($0, .nat) }
    let integers = ["x", "y", "z"].map { Term.variable($0, .int) }

    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    mutating func natural(_ depth: Int) throws -> Term {
      if depth == 0 || chance(30) {
        return chance(65)
          ? naturals.randomElement(using: &random)! : try Term.natLiteral(BigInt(Int.random(in: 0...9, using: &random)))
      }
      let literal = try Term.natLiteral(BigInt(Int.random(in: 0...5, using: &random)))
      switch Int.random(in: 0..<9, using: &random) {
      case 0: return try Term.add(natural(depth - 1), natural(depth - 1))
      case 1, 2: return try Term.subtract(natural(depth - 1), natural(depth - 1))
      case 3: return try Term.multiply(literal, natural(depth - 1))
      case 4: return try Term.divide(natural(depth - 1), literal)
      case 5: return try Term.modulo(natural(depth - 1), literal)
      case 6: return try Term.minimum(natural(depth - 1), natural(depth - 1))
      case 7: return try Term.maximum(natural(depth - 1), natural(depth - 1))
      default: return try chance(50) ? Term.natAbs(integer(depth - 1)) : Term.toNat(integer(depth - 1))
      }
    }

    mutating func integer(_ depth: Int) throws -> Term {
      if depth == 0 || chance(30) {
        return chance(65)
          ? integers.randomElement(using: &random)! : Term.intLiteral(BigInt(Int.random(in: -6...9, using: &random)))
      }
      let literal = Term.intLiteral(BigInt(Int.random(in: -4...5, using: &random)))
      switch Int.random(in: 0..<10, using: &random) {
      case 0: return try Term.add(integer(depth - 1), integer(depth - 1))
      case 1: return try Term.subtract(integer(depth - 1), integer(depth - 1))
      case 2: return try Term.negate(integer(depth - 1))
      case 3: return try Term.multiply(integer(depth - 1), literal)
      case 4: return try Term.divide(integer(depth - 1), literal)
      case 5: return try Term.modulo(integer(depth - 1), literal)
      case 6: return try Term.minimum(integer(depth - 1), integer(depth - 1))
      case 7: return try Term.maximum(integer(depth - 1), integer(depth - 1))
      default: return try Term.natCast(natural(depth - 1))
      }
    }

    mutating func atom() throws -> Term {
      let useNat = chance(50)
      let lhs = try useNat ? natural(2) : integer(2)
      let rhs = try useNat ? natural(2) : integer(2)
      switch Int.random(in: 0..<7, using: &random) {
      case 0: return try Term.equal(lhs, rhs)
      case 1: return try Term.notEqual(lhs, rhs)
      case 2: return try Term.lessThan(lhs, rhs)
      case 3: return try Term.lessOrEqual(lhs, rhs)
      case 4: return try Term.greaterOrEqual(lhs, rhs)
      case 5:
        let divisor = Int.random(in: 0...4, using: &random)
        return try useNat
          ? Term.divides(Term.natLiteral(BigInt(divisor)), lhs) : Term.divides(Term.intLiteral(BigInt(divisor)), lhs)
      default: return try Term.greaterThan(lhs, rhs)
      }
    }

    mutating func proposition(_ depth: Int) throws -> Term {
      if depth == 0 || chance(55) { return try atom() }
      switch Int.random(in: 0..<5, using: &random) {
      case 0: return try Term.and(proposition(depth - 1), proposition(depth - 1))
      case 1: return try Term.or(proposition(depth - 1), proposition(depth - 1))
      case 2: return try Term.implies(proposition(depth - 1), proposition(depth - 1))
      case 3: return try Term.iff(proposition(depth - 1), proposition(depth - 1))
      default: return try Term.not(proposition(depth - 1))
      }
    }

    mutating func instance() throws -> [(variable: Term, value: Term)] {
      try naturals.map { ($0, try Term.natLiteral(BigInt(Int.random(in: 0...12, using: &random)))) }
        + integers.map { ($0, Term.intLiteral(BigInt(Int.random(in: -12...12, using: &random)))) }
    }
  }

  /// The statement `h₁ → … → goal` as one proposition.
  static func statement(_ hypotheses: [Term], _ goal: Term) throws -> Term {
    try hypotheses.reversed().reduce(goal) { try Term.implies($1, $0) }
  }

  @Test func provedGoalsHaveNoCounterexample() throws {
    var generator = Generator(random: SeededGenerator(seed: 0x0E6A))
    let count = Self.heavy ? 10_000 : 300
    var proved = 0
    var refuted = 0
    for _ in 0..<count {
      let hypotheses = try (0..<Int.random(in: 0...3, using: &generator.random)).map { _ in
        try generator.proposition(1)
      }
      let goal = try generator.proposition(2)
      var counterexample = false
      for _ in 0..<40 where !counterexample {
        if try !OmegaTestSupport.holds(Self.statement(hypotheses, goal), generator.instance()) {
          counterexample = true
        }
      }
      if counterexample { refuted += 1 }
      guard let theorem = try? Omega.prove(hypotheses: hypotheses, target: goal) else { continue }
      proved += 1
      #expect(!counterexample, "proved a goal with a counterexample: \(hypotheses) ⊢ \(goal)")
      #expect(theorem.conclusion == goal)
      #expect(theorem.hypotheses.allSatisfy { kept in hypotheses.contains(kept) })
      let kept = try Self.statement(theorem.hypotheses, goal)
      for _ in 0..<60 {
        let values = try generator.instance()
        #expect(try OmegaTestSupport.holds(kept, values), "counterexample \(values) to \(theorem)")
      }
    }
    print("omega differential: \(count) goals, \(proved) proved, \(refuted) with a counterexample")
    // The generator must exercise both sides, or the test would be vacuous.
    #expect(proved > count / 20)
    #expect(refuted > count / 4)
  }
}
