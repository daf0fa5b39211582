import DecisionProcedures
import Kernel
import TestSupport
import Testing

/// `ring` with ℕ exponents that are not numerals, as Mathlib's `ring` normalises them
/// (`Mathlib/Tactic/Ring/Basic.lean`: `pow_add`, `pow_nat`, `mul_pow`, `pow_atom`).
@Suite struct RingExponentTests {
  let k = natVar("k")
  let n = natVar("n")
  let a = natVar("a")
  let b = natVar("b")
  let x = intVar("x")

  func ring(_ goal: Term) -> Bool {
    proves { () throws(DecisionFailure) in try Ring.prove(goal) }
  }

  @Test func provesPowersWithSymbolicExponents() {
    #expect(ring(eq(pow(nat(2), nat(2) * (k + nat(1)) + nat(1)), pow(nat(2), nat(2) * k + nat(1)) * nat(4))))
    #expect(ring(eq(pow(int(2), nat(2) * (k + nat(1)) + nat(1)), pow(int(2), nat(2) * k + nat(1)) * int(4))))
    #expect(ring(eq(pow(a, n + nat(1)), a * pow(a, n))))
    #expect(ring(eq(pow(a, nat(2) * n), pow(pow(a, n), 2))))
    #expect(ring(eq(pow(nat(2), k) * pow(nat(2), k), pow(nat(2), nat(2) * k))))
    #expect(ring(eq(pow(a + b, n + nat(1)), pow(a + b, n) * a + b * pow(a + b, n))))
    #expect(ring(eq(pow(x * int(3), n), pow(x, n) * pow(int(3), n))))
    #expect(ring(eq(pow(int(-1), nat(2) * n + nat(1)) + pow(int(-1), nat(2) * n), int(0))))
    #expect(ring(eq(pow(nat(0), n + nat(1)), nat(0))))
    #expect(ring(eq(pow(a, k + n), pow(a, n) * pow(a, k))))
  }

  @Test func refusesFalseAndMathlibIncompleteVariants() {
    #expect(!ring(eq(pow(nat(2), nat(2) * (k + nat(1)) + nat(1)), pow(nat(2), nat(2) * k + nat(1)) * nat(2))))
    #expect(!ring(eq(pow(a, n + nat(1)), pow(a, n) + a)))
    #expect(!ring(eq(pow(nat(2), n + nat(1)), pow(nat(2), n) + nat(1))))
    #expect(!ring(eq(pow(a, n * k), pow(a, n) * pow(a, k))))
    // True, but Mathlib's `ring` does not merge powers of different numeral bases.
    #expect(!ring(eq(pow(nat(2), n) * pow(nat(2), n), pow(nat(4), n))))
    #expect(!ring(eq(pow(nat(0), n), nat(0))))
    #expect(!ring(eq(pow(int(-1), nat(2) * n), int(1))))
  }

  @Test func residueShowsTheSymbolicPower() {
    let failure = #expect(throws: DecisionFailure.self) {
      try Ring.prove(eq(pow(a + b, n + nat(1)), pow(a + b, n)))
    }
    #expect(failure?.message.contains("(a + b) ^ n") == true)
  }

  /// Identities by the exponent laws (`x ^ (e + f) = x ^ e * x ^ f`, `x ^ (e * c) = (x ^ e) ^ c`)
  /// on random bases and exponents: `ring` proves them.
  @Test func provesRandomExponentLaws() {
    var generator = SeededGenerator(seed: 0x5EED)
    let count = heavyTests ? 3_000 : 150
    for index in 0..<count {
      let type: TermType = index % 2 == 0 ? .nat : .int
      let base = RandomPolynomial.expression(type, depth: 2, using: &generator)
      let e = randomExponent(using: &generator)
      let f = randomExponent(using: &generator)
      let c = Int.random(in: 1...3, using: &generator)
      let sum = eq(pow(base, e + f), pow(base, e) * pow(base, f))
      let product = eq(pow(base, nat(c) * e), pow(pow(base, e), c))
      #expect(ring(sum), "\(sum)")
      #expect(ring(product), "\(product)")
    }
  }

  /// Random equations between powers with symbolic exponents, a third of them rewritings of an
  /// identity: whatever `ring` proves has no counterexample.
  @Test func noCounterexampleToWhatItProves() {
    var generator = SeededGenerator(seed: 0x5EEE)
    let count = heavyTests ? 5_000 : 200
    var proved = 0
    for index in 0..<count {
      let type: TermType = index % 2 == 0 ? .nat : .int
      let lhs = randomPowerExpression(type, using: &generator)
      let rhs =
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: RandomPolynomial.rewrite(lhs, using: &generator)
        case 1: RandomPolynomial.rewrite(lhs, using: &generator) + numeral(1, type)
        default: randomPowerExpression(type, using: &generator)
        }
      let goal = eq(lhs, rhs)
      guard ring(goal) else { continue }
      proved += 1
      let counterexample = InstanceGenerator(largePercent: 0).counterexample(
        hypotheses: [], conclusion: goal, instances: 40, using: &generator)
      #expect(counterexample == nil, "\(goal)")
    }
    #expect(proved > 0)
  }

  private func randomExponent<G: RandomNumberGenerator>(using generator: inout G) -> Term {
    let variables = [k, n]
    var term = nat(Int.random(in: 0...2, using: &generator))
    for _ in 0..<Int.random(in: 1...2, using: &generator) {
      let variable = variables.randomElement(using: &generator)!
      let coefficient = Int.random(in: 1...2, using: &generator)
      term = Bool.random(using: &generator) ? term + nat(coefficient) * variable : variable * nat(coefficient) + term
    }
    return term
  }

  private func randomPowerExpression<G: RandomNumberGenerator>(_ type: TermType, using generator: inout G) -> Term {
    let bases = [numeral(2, type), Term.variable("p", type), Term.variable("p", type) + numeral(1, type)]
    var term = numeral(Int.random(in: 1...3, using: &generator), type)
    for _ in 0..<Int.random(in: 1...3, using: &generator) {
      let power = pow(bases.randomElement(using: &generator)!, randomExponent(using: &generator))
      term = Bool.random(using: &generator) ? term * power : term + power
    }
    return term
  }
}
