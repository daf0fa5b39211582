import Foundation
import Kernel
import NativeChecker
import Testing

@testable import TestSupport

/// `simp` never closes a false statement, decides ground ℕ/ℤ statements exactly as Lean's
/// semantics say, and every result is equivalent to its input on random instances.
@Suite struct SimpSoundnessTests {
  static let simplifier = Simplifier(set: SimpFixtures.defaultSet)

  /// The simplification of `statement`, or nil when it makes no progress or is refused as
  /// outside the fragment (Lean's offset simprocs would go further).
  static func simplifyUnlessRefused(_ statement: Kernel.Term) throws -> SimpResult? {
    do {
      return try simplifier.simplify(statement)
    } catch {
      if error.code == .outsideFragment { return nil }
      throw error
    }
  }

  /// Lean's semantics where a naive reading goes wrong: truncated ℕ subtraction, `0 ^ 0 = 1`,
  /// division by zero, Euclidean ℤ division, divisibility by zero.
  static let traps: [(statement: String, variables: [String: TermType], truth: Bool)] = [
    ("3 - 5 = 0", [:], true),
    ("(3 : Int) - 5 = 0", [:], false),
    ("(3 : Int) - 5 = -2", [:], true),
    ("0 ^ 0 = 1", [:], true),
    ("0 ^ 0 = 0", [:], false),
    ("(0 : Int) ^ 0 = 1", [:], true),
    ("n / 0 = 0", ["n": .nat], true),
    ("x / 0 = 0", ["x": .int], true),
    ("n % 0 = n", ["n": .nat], true),
    ("-7 / 2 = -4", [:], true),
    ("-7 / 2 = -3", [:], false),
    ("-7 % 2 = 1", [:], true),
    ("-7 % 2 = -1", [:], false),
    ("7 / -2 = -3", [:], true),
    ("7 / -2 = -4", [:], false),
    ("0 ∣ 0", [:], true),
    ("0 ∣ 1", [:], false),
    ("(0 : Int) ∣ 0", [:], true),
    ("(0 : Int) ∣ 3", [:], false),
    ("(-3 : Int) ∣ 6", [:], true),
    ("10 - 3 - 4 = 3", [:], true),
    ("10 - (3 - 4) = 3", [:], false),
    ("2 ^ 3 ^ 2 = 512", [:], true),
    ("2 ^ 3 ^ 2 = 64", [:], false),
    ("-2 ^ 2 = (-4 : Int)", [:], true),
    ("(-2 : Int) ^ 2 = 4", [:], true),
  ]

  @Test func semanticTrapsFollowLean() throws {
    for trap in Self.traps {
      let statement = try SimpFixtures.goal(trap.statement, trap.variables)
      let result = try Self.simplifier.simplify(statement)
      if let result { try SimpAssertions.checkProof(result, of: statement) }
      if trap.truth {
        #expect(result?.isTrue == true, "\(trap.statement) is true in Lean; simp gave \(String(describing: result))")
      } else {
        #expect(result?.isTrue != true, "simp closed the false \(trap.statement)")
        if trap.variables.isEmpty {
          #expect(result?.result === Kernel.Term.falseProposition, "\(trap.statement) ↦ \(String(describing: result))")
        }
      }
    }
  }

  @Test func falseStatementsWithVariablesAreNotClosed() throws {
    let falsehoods: [(String, [String: TermType])] = [
      ("x + 1 = x", ["x": .nat]), ("x < x", ["x": .nat]), ("n / 0 = n", ["n": .nat]),
      ("x - 1 + 1 = x", ["x": .nat]), ("x * 0 = x", ["x": .int]), ("-x = x", ["x": .int]),
      ("x + 1 ≤ x", ["x": .nat]), ("(n : Int) < 0", ["n": .nat]), ("x ≠ x", ["x": .int]),
      ("p ∧ ¬p", ["p": .prop]), ("∀ n : Nat, n = 0", [:]), ("0 ^ n = 0", ["n": .nat]),
      ("∃ x : Nat, x = 3 ∧ x + 1 = 5", [:]), ("∀ x : Int, x = 2 → x * x = 5", [:]),
      ("∃ x : Nat, x < 0", [:]), ("¬∃ x : Nat, x = y", ["y": .nat]), ("∃ x : Int, x ≠ x ∧ p", ["p": .prop]),
    ]
    for (text, variables) in falsehoods {
      let statement = try SimpFixtures.goal(text, variables)
      let result = try Self.simplifier.simplify(statement)
      if let result { try SimpAssertions.checkProof(result, of: statement) }
      #expect(result?.isTrue != true, "simp closed the false \(text) with \(result?.usedLemmas ?? [])")
    }
  }

  /// Exponents above Lean's `exponentiation.threshold` (256) are not evaluated by the simprocs.
  @Test func hugePowersAreNotEvaluated() throws {
    let statement = try SimpFixtures.goal("2 ^ 300 = 0")
    let result = try Self.simplifier.simplify(statement)
    #expect(result?.isTrue != true)
    #expect(result?.usedLemmas.contains("Nat.reducePow") != true)
    let small = try #require(try Self.simplifier.simplify(try SimpFixtures.goal("2 ^ 256 = 2 ^ 255 * 2")))
    #expect(small.isTrue)
  }

  /// Random closed ℕ/ℤ statements: simp decides each one exactly as evaluation does.
  @Test func randomGroundStatementsAreDecidedCorrectly() throws {
    var generator = SeededGenerator(seed: 0x6A0D)
    let count = ProcessInfo.processInfo.environment["PROVER_HEAVY_TESTS"] == "1" ? 5000 : 400
    var decided = (true: 0, false: 0)
    for _ in 0..<count {
      let type: TermType = Bool.random(using: &generator) ? .nat : .int
      let statement = try RandomTerms.groundStatement(type, using: &generator)
      guard let truth = KernelEvaluator.truth(statement, [:]) else { continue }
      let result = try #require(try Self.simplifier.simplify(statement), "no progress on \(statement)")
      try SimpAssertions.checkProof(result, of: statement)
      let expected = truth ? Kernel.Term.trueProposition : Kernel.Term.falseProposition
      #expect(result.result === expected, "\(statement) is \(truth); simp gave \(result.result)")
      if truth { decided.true += 1 } else { decided.false += 1 }
    }
    #expect(decided.true > count / 10 && decided.false > count / 10)
  }

  /// Random linear statements over variables: the result is equivalent to the input on random
  /// instances, and a statement closed by simp holds at every instance tried.
  @Test func randomStatementsWithVariablesKeepTheirMeaning() throws {
    var generator = SeededGenerator(seed: 0xB0A7)
    let count = ProcessInfo.processInfo.environment["PROVER_HEAVY_TESTS"] == "1" ? 3000 : 300
    var changed = 0
    var closed = 0
    for _ in 0..<count {
      let type: TermType = Bool.random(using: &generator) ? .nat : .int
      let statement = try RandomTerms.linearStatement(type, using: &generator)
      guard let result = try Self.simplifyUnlessRefused(statement) else { continue }
      changed += 1
      try SimpAssertions.checkProof(result, of: statement)
      if result.isTrue { closed += 1 }
      let variables = statement.freeVariables
      for _ in 0..<12 {
        var assignment: [Kernel.Term: Kernel.Term] = [:]
        for variable in variables {
          assignment[variable] = KernelEvaluator.randomValue(for: variable, limit: 9, using: &generator)
        }
        guard let before = KernelEvaluator.truth(statement, assignment) else { continue }
        if let after = KernelEvaluator.truth(result.result, assignment) {
          #expect(before == after, "\(statement) ↦ \(result.result) differs at \(assignment)")
        }
        if result.isTrue { #expect(before, "simp closed \(statement), false at \(assignment)") }
      }
    }
    #expect(changed > count / 4)
    #expect(closed > 0)
  }
}

/// ℕ offsets (`x + a = b`, `a ≤ y + b`, `x + a - (y + b)`, …): Lean's offset simprocs rewrite them,
/// and on random instances every result means what its input meant.
@Suite struct SimpOffsetPropertyTests {
  @Test func randomOffsetStatementsKeepTheirMeaning() throws {
    var generator = SeededGenerator(seed: 0x0FF5)
    let simplifier = Simplifier(set: SimpFixtures.defaultSet)
    let (x, y) = (Kernel.Term.variable("x", .nat), Kernel.Term.variable("y", .nat))
    func side(using generator: inout SeededGenerator) throws -> Kernel.Term {
      let amount = try Kernel.Term.natLiteral(BigInt(Int.random(in: 0...6, using: &generator)))
      switch Int.random(in: 0..<5, using: &generator) {
      case 0: return amount
      case 1: return try Kernel.Term.add(x, amount)
      case 2: return try Kernel.Term.add(y, amount)
      case 3: return try Kernel.Term.add(Kernel.Term.add(x, Kernel.Term.natLiteral(1)), amount)
      default:
        return try Kernel.Term.subtract(Kernel.Term.add(x, amount), Kernel.Term.add(y, Kernel.Term.natLiteral(2)))
      }
    }
    var rewritten = 0
    for _ in 0..<400 {
      let (lhs, rhs) = (try side(using: &generator), try side(using: &generator))
      let statement: Kernel.Term =
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: try Kernel.Term.equal(lhs, rhs)
        case 1: try Kernel.Term.lessOrEqual(lhs, rhs)
        default: try Kernel.Term.equal(Kernel.Term.subtract(lhs, rhs), Kernel.Term.natLiteral(1))
        }
      guard let result = try simplifier.simplify(statement) else { continue }
      try SimpAssertions.checkProof(result, of: statement)
      if result.usedLemmas.contains(where: { $0.hasSuffix("Diff") }) { rewritten += 1 }
      for _ in 0..<10 {
        let assignment = [
          x: KernelEvaluator.randomValue(for: x, limit: 12, using: &generator),
          y: KernelEvaluator.randomValue(for: y, limit: 12, using: &generator),
        ]
        let before = KernelEvaluator.truth(statement, assignment)
        let after = KernelEvaluator.truth(result.result, assignment)
        #expect(before == after, "\(statement) ↦ \(result.result) at \(assignment)")
      }
    }
    #expect(rewritten > 100)
  }
}

/// Random terms for the property tests.
enum RandomTerms {
  static func literal(_ type: TermType, limit: Int, using generator: inout SeededGenerator) -> Kernel.Term {
    let value = Int.random(in: 0...limit, using: &generator)
    if type == .int { return Kernel.Term.intLiteral(BigInt(Bool.random(using: &generator) ? -value : value)) }
    return try! Kernel.Term.natLiteral(BigInt(value))
  }

  /// A closed arithmetic term of depth ≤ `depth`: `+ - * / %`, small powers, `-` on ℤ.
  static func ground(_ type: TermType, depth: Int, using generator: inout SeededGenerator) throws -> Kernel.Term {
    if depth == 0 || Int.random(in: 0..<4, using: &generator) == 0 {
      return literal(type, limit: 20, using: &generator)
    }
    let lhs = try ground(type, depth: depth - 1, using: &generator)
    let rhs = try ground(type, depth: depth - 1, using: &generator)
    switch Int.random(in: 0..<7, using: &generator) {
    case 0: return try Kernel.Term.add(lhs, rhs)
    case 1: return try Kernel.Term.subtract(lhs, rhs)
    case 2: return try Kernel.Term.multiply(lhs, rhs)
    case 3: return try Kernel.Term.divide(lhs, rhs)
    case 4: return try Kernel.Term.modulo(lhs, rhs)
    case 5:
      return try Kernel.Term.power(lhs, try Kernel.Term.natLiteral(BigInt(Int.random(in: 0...3, using: &generator))))
    default: return type == .int ? try Kernel.Term.negate(lhs) : try Kernel.Term.successor(lhs)
    }
  }

  static func relation(_ lhs: Kernel.Term, _ rhs: Kernel.Term, using generator: inout SeededGenerator) throws
    -> Kernel.Term
  {
    switch Int.random(in: 0..<7, using: &generator) {
    case 0: return try Kernel.Term.equal(lhs, rhs)
    case 1: return try Kernel.Term.notEqual(lhs, rhs)
    case 2: return try Kernel.Term.lessThan(lhs, rhs)
    case 3: return try Kernel.Term.lessOrEqual(lhs, rhs)
    case 4: return try Kernel.Term.greaterThan(lhs, rhs)
    case 5: return try Kernel.Term.greaterOrEqual(lhs, rhs)
    default: return try Kernel.Term.divides(lhs, rhs)
    }
  }

  /// A closed comparison, often of a term with its own value (true) or a neighbour (false),
  /// sometimes combined with another by a connective.
  static func groundStatement(_ type: TermType, using generator: inout SeededGenerator) throws -> Kernel.Term {
    let lhs = try ground(type, depth: 3, using: &generator)
    var rhs = try ground(type, depth: 1, using: &generator)
    if Bool.random(using: &generator), let value = KernelEvaluator.value(lhs, [:]) {
      rhs = value
      if Bool.random(using: &generator) {
        rhs = try Kernel.Term.add(value, literal(type, limit: 1, using: &generator))
      }
    }
    let atom = try relation(lhs, rhs, using: &generator)
    switch Int.random(in: 0..<5, using: &generator) {
    case 0: return try Kernel.Term.not(atom)
    case 1:
      return try Kernel.Term.and(atom, relation(ground(type, depth: 1, using: &generator), rhs, using: &generator))
    case 2:
      return try Kernel.Term.or(atom, relation(ground(type, depth: 1, using: &generator), rhs, using: &generator))
    default: return atom
    }
  }

  /// A linear term over `x` and `y` with literal coefficients, zeros and ones included so that
  /// the neutral-element lemmas fire.
  static func linear(_ type: TermType, depth: Int, using generator: inout SeededGenerator) throws -> Kernel.Term {
    let variables = [Kernel.Term.variable("x", type), Kernel.Term.variable("y", type)]
    if depth == 0 || Int.random(in: 0..<3, using: &generator) == 0 {
      if Bool.random(using: &generator) { return variables.randomElement(using: &generator)! }
      return literal(type, limit: 3, using: &generator)
    }
    let lhs = try linear(type, depth: depth - 1, using: &generator)
    switch Int.random(in: 0..<6, using: &generator) {
    case 0: return try Kernel.Term.add(lhs, linear(type, depth: depth - 1, using: &generator))
    case 1: return try Kernel.Term.subtract(lhs, linear(type, depth: depth - 1, using: &generator))
    case 2: return try Kernel.Term.multiply(literal(type, limit: 2, using: &generator), lhs)
    case 3: return try Kernel.Term.multiply(lhs, literal(type, limit: 2, using: &generator))
    case 4: return try Kernel.Term.modulo(lhs, literal(type, limit: 2, using: &generator))
    default: return try Kernel.Term.divide(lhs, literal(type, limit: 2, using: &generator))
    }
  }

  static func linearStatement(_ type: TermType, using generator: inout SeededGenerator) throws -> Kernel.Term {
    let atom = try relation(
      linear(type, depth: 3, using: &generator), linear(type, depth: 2, using: &generator), using: &generator)
    switch Int.random(in: 0..<4, using: &generator) {
    case 0: return try Kernel.Term.not(atom)
    case 1:
      let other = try relation(
        linear(type, depth: 1, using: &generator), linear(type, depth: 1, using: &generator), using: &generator)
      return try Bool.random(using: &generator) ? Kernel.Term.and(atom, other) : Kernel.Term.implies(other, atom)
    default: return atom
    }
  }
}
