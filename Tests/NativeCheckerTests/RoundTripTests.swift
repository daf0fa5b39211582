import Kernel
import LeanSyntax
import TestSupport
import Testing

@testable import NativeChecker

/// Goals printed as Lean prints them read back (parse + elaborate) to the same kernel terms.
@Suite struct RoundTripTests {
  struct TermGenerator {
    var random: SeededGenerator
    let nat = [Kernel.Term.variable("a", .nat), Kernel.Term.variable("b", .nat)]
    let int = [Kernel.Term.variable("x", .int), Kernel.Term.variable("y", .int)]

    mutating func value(_ type: TermType, depth: Int) -> Kernel.Term {
      let choice = depth <= 0 ? Int.random(in: 0...1, using: &random) : Int.random(in: 0...9, using: &random)
      switch (choice, type) {
      case (0, .nat): return nat.randomElement(using: &random)!
      case (0, _): return int.randomElement(using: &random)!
      case (1, .nat): return try! Kernel.Term.natLiteral(BigInt(Int.random(in: 0...20, using: &random)))
      case (1, _):
        // An ℤ numeral next to an ℤ variable: a closed ℤ numeral expression prints exactly as the
        // ℕ one (Lean's `pp.numeralTypes` is off), so it does not read back as ℤ, in Lean either.
        let literal = Kernel.Term.intLiteral(BigInt(Int.random(in: -20...20, using: &random)))
        return try! Kernel.Term.add(int.randomElement(using: &random)!, literal)
      case (2, .int): return try! Kernel.Term.natCast(value(.nat, depth: depth - 1))
      case (3, .int): return try! Kernel.Term.negate(value(.int, depth: depth - 1))
      case (4, _): return try! Kernel.Term.power(value(type, depth: depth - 1), value(.nat, depth: 0))
      case (5, .nat): return try! Kernel.Term.successor(value(.nat, depth: depth - 1))
      case (6, _): return try! Kernel.Term.minimum(value(type, depth: depth - 1), value(type, depth: depth - 1))
      default:
        let lhs = value(type, depth: depth - 1)
        let rhs = value(type, depth: depth - 1)
        switch Int.random(in: 0...4, using: &random) {
        case 0: return try! Kernel.Term.add(lhs, rhs)
        case 1: return try! Kernel.Term.subtract(lhs, rhs)
        case 2: return try! Kernel.Term.multiply(lhs, rhs)
        case 3: return try! Kernel.Term.divide(lhs, rhs)
        default: return try! Kernel.Term.modulo(lhs, rhs)
        }
      }
    }

    mutating func proposition(depth: Int) -> Kernel.Term {
      let type: TermType = Bool.random(using: &random) ? .nat : .int
      switch Int.random(in: 0...(depth <= 0 ? 3 : 8), using: &random) {
      case 0: return try! Kernel.Term.equal(value(type, depth: 2), value(type, depth: 2))
      case 1: return try! Kernel.Term.lessOrEqual(value(type, depth: 2), value(type, depth: 2))
      case 2: return try! Kernel.Term.notEqual(value(type, depth: 2), value(type, depth: 2))
      case 3: return try! Kernel.Term.greaterThan(value(type, depth: 2), value(type, depth: 2))
      case 4: return try! Kernel.Term.not(proposition(depth: depth - 1))
      case 5: return try! Kernel.Term.and(proposition(depth: depth - 1), proposition(depth: depth - 1))
      case 6: return try! Kernel.Term.implies(proposition(depth: depth - 1), proposition(depth: depth - 1))
      case 7:
        let bound = Kernel.Term.variable("n", .nat)
        return try! Kernel.Term.forall(bound, Kernel.Term.lessThan(bound, value(.nat, depth: 1)))
      default:
        let bound = Kernel.Term.variable("k", .int)
        let other = int.randomElement(using: &random)!
        return try! Kernel.Term.exists(bound, Kernel.Term.equal(bound, Kernel.Term.add(other, value(.int, depth: 1))))
      }
    }
  }

  @Test(arguments: [false, true])
  func printedPropositionsElaborateBack(mathlib: Bool) throws {
    var generator = TermGenerator(random: SeededGenerator(seed: mathlib ? 7 : 11))
    var context = LocalContext()
    for variable in generator.nat + generator.int {
      context.entries.append(
        LocalContext.Entry(name: variable.variableName!, term: variable, isHypothesis: false, accessible: true))
    }
    let environment = Environment.standard(mathlib: mathlib)
    let elaborator = Elaborator(environment: environment, context: context)
    for _ in 0..<300 {
      let original = generator.proposition(depth: 3)
      let text = Delaborator(mathlib: mathlib, names: context.displayNames).print(original)
      let parsed = try #require(Parser.parseTerm(text).value, "\(text) does not parse")
      do {
        let elaborated = try elaborator.proposition(parsed)
        #expect(elaborated == original, "\(text) reads back as \(elaborated)")
      } catch {
        Issue.record("\(text) does not elaborate: \(error.message)")
      }
    }
  }
}
