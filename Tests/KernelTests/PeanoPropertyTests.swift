import Kernel
import Testing

/// The GMP literal rule against the definitions: ℕ operations computed by succ/pred recursion in
/// plain Swift (Lean's equations, with no machine arithmetic beyond +1 and -1), ℤ division
/// against the Euclidean definition.
@Suite struct PeanoPropertyTests {
  static func succ(_ n: Int) -> Int { n + 1 }
  static func pred(_ n: Int) -> Int { n == 0 ? 0 : n - 1 }

  static func add(_ n: Int, _ m: Int) -> Int {
    var result = n
    var count = m
    while count != 0 {
      result = succ(result)
      count = pred(count)
    }
    return result
  }

  static func sub(_ n: Int, _ m: Int) -> Int {
    var result = n
    var count = m
    while count != 0 {
      result = pred(result)
      count = pred(count)
    }
    return result
  }

  static func mul(_ n: Int, _ m: Int) -> Int {
    var result = 0
    var count = m
    while count != 0 {
      result = add(result, n)
      count = pred(count)
    }
    return result
  }

  static func pow(_ n: Int, _ m: Int) -> Int {
    var result = 1
    var count = m
    while count != 0 {
      result = mul(result, n)
      count = pred(count)
    }
    return result
  }

  static func isZero(_ n: Int) -> Bool { n == 0 }
  static func le(_ n: Int, _ m: Int) -> Bool { isZero(sub(n, m)) }
  static func lt(_ n: Int, _ m: Int) -> Bool { le(succ(n), m) }

  /// `Nat.div_eq`: `x / y = if 0 < y ∧ y ≤ x then (x - y) / y + 1 else 0`.
  static func div(_ x: Int, _ y: Int) -> Int {
    lt(0, y) && le(y, x) ? succ(div(sub(x, y), y)) : 0
  }

  /// `Nat.mod_eq`: `x % y = if 0 < y ∧ y ≤ x then (x - y) % y else x`.
  static func mod(_ x: Int, _ y: Int) -> Int {
    lt(0, y) && le(y, x) ? mod(sub(x, y), y) : x
  }

  /// `Nat.gcd`: `gcd 0 y = y`, `gcd m n = gcd (n % m) m`.
  static func gcd(_ m: Int, _ n: Int) -> Int {
    isZero(m) ? n : gcd(mod(n, m), m)
  }

  /// `a ∣ b ↔ ∃ c, b = a * c`, searching `c ≤ b` (enough unless `b = 0`, where `c = 0` works).
  static func dvd(_ a: Int, _ b: Int) -> Bool {
    (0...b).contains { mul(a, $0) == b }
  }

  static func kernel(_ build: (Term, Term) throws -> Term, _ a: Int, _ b: Int) throws -> Term {
    try evaluated(build(nat(BigInt(a)), nat(BigInt(b))))
  }

  var iterations: Int { heavyTests ? 20_000 : 1_000 }

  @Test func natArithmeticAgreesWithPeano() throws {
    var generator = SeededGenerator(seed: 21)
    for _ in 0..<iterations {
      let a = Int.random(in: 0...40, using: &generator)
      let b = Int.random(in: 0...40, using: &generator)
      #expect(try Self.kernel(Term.add, a, b) === nat(BigInt(Self.add(a, b))))
      #expect(try Self.kernel(Term.subtract, a, b) === nat(BigInt(Self.sub(a, b))))
      #expect(try Self.kernel(Term.multiply, a, b) === nat(BigInt(Self.mul(a, b))))
      #expect(try Self.kernel(Term.divide, a, b) === nat(BigInt(Self.div(a, b))), "\(a) / \(b)")
      #expect(try Self.kernel(Term.modulo, a, b) === nat(BigInt(Self.mod(a, b))), "\(a) % \(b)")
      #expect(try Self.kernel(Term.gcd, a, b) === nat(BigInt(Self.gcd(a, b))))
      #expect(try Self.kernel(Term.minimum, a, b) === nat(BigInt(Self.le(a, b) ? a : b)))
      #expect(try Self.kernel(Term.maximum, a, b) === nat(BigInt(Self.le(a, b) ? b : a)))
      #expect(try evaluated(Term.successor(nat(BigInt(a)))) === nat(BigInt(Self.succ(a))))
      let truth = { (holds: Bool) in holds ? Term.trueProposition : Term.falseProposition }
      #expect(try Self.kernel(Term.lessOrEqual, a, b) === truth(Self.le(a, b)))
      #expect(try Self.kernel(Term.lessThan, a, b) === truth(Self.lt(a, b)))
      #expect(try Self.kernel(Term.equal, a, b) === truth(Self.sub(a, b) == 0 && Self.sub(b, a) == 0))
      let small = Int.random(in: 0...12, using: &generator)
      #expect(try Self.kernel(Term.divides, small, b) === truth(Self.dvd(small, b)), "\(small) ∣ \(b)")
      let base = Int.random(in: 0...6, using: &generator)
      let exponent = Int.random(in: 0...6, using: &generator)
      #expect(try Self.kernel(Term.power, base, exponent) === nat(BigInt(Self.pow(base, exponent))))
    }
  }

  @Test func intDivisionIsEuclidean() throws {
    var generator = SeededGenerator(seed: 22)
    for _ in 0..<iterations {
      let a = BigInt(Int.random(in: -200...200, using: &generator))
      let b = BigInt(Int.random(in: -20...20, using: &generator))
      let q = try #require(try evaluated(Term.divide(int(a), int(b))).intLiteralValue)
      let r = try #require(try evaluated(Term.modulo(int(a), int(b))).intLiteralValue)
      if b.isZero {
        #expect(q == 0 && r == a)
      } else {
        #expect(b * q + r == a, "\(a) = \(b) * \(q) + \(r)")
        #expect(r >= 0 && r < b.magnitude)
      }
      let holds = !b.isZero && r.isZero || b.isZero && a.isZero
      #expect(
        try evaluated(Term.divides(int(b), int(a))) === (holds ? Term.trueProposition : Term.falseProposition))
    }
  }

  @Test func intRingOperationsAgreeWithMachineArithmetic() throws {
    var generator = SeededGenerator(seed: 23)
    for _ in 0..<iterations {
      let a = Int.random(in: -1000...1000, using: &generator)
      let b = Int.random(in: -1000...1000, using: &generator)
      #expect(try evaluated(Term.add(int(BigInt(a)), int(BigInt(b)))) === int(BigInt(a + b)))
      #expect(try evaluated(Term.subtract(int(BigInt(a)), int(BigInt(b)))) === int(BigInt(a - b)))
      #expect(try evaluated(Term.multiply(int(BigInt(a)), int(BigInt(b)))) === int(BigInt(a * b)))
      #expect(try evaluated(Term.negate(int(BigInt(a)))) === int(BigInt(-a)))
      #expect(try evaluated(Term.natAbs(int(BigInt(a)))) === nat(BigInt(abs(a))))
      #expect(try evaluated(Term.toNat(int(BigInt(a)))) === nat(BigInt(max(a, 0))))
      let exponent = Int.random(in: 0...4, using: &generator)
      var power = 1
      for _ in 0..<exponent { power *= a }
      #expect(try evaluated(Term.power(int(BigInt(a)), nat(BigInt(exponent)))) === int(BigInt(power)))
    }
  }
}
