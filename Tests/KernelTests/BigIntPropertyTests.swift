import Kernel
import Testing

/// Random operands, up to about 200 bits, checked against the ring laws, the Euclidean
/// definition, and the machine-integer fast path against the GMP path.
@Suite struct BigIntPropertyTests {
  static func randomBig(_ generator: inout SeededGenerator) -> BigInt {
    let digits = Int.random(in: 1...60, using: &generator)
    var text = Bool.random(using: &generator) ? "-" : ""
    for _ in 0..<digits { text.append(Character(String(Int.random(in: 0...9, using: &generator)))) }
    return BigInt(text)!
  }

  static func randomSmall(_ generator: inout SeededGenerator) -> BigInt {
    BigInt(Int.random(in: -1_000_000...1_000_000, using: &generator))
  }

  var iterations: Int { heavyTests ? 100_000 : 2_000 }

  @Test func ringLaws() {
    var generator = SeededGenerator(seed: 1)
    for _ in 0..<iterations {
      let a = Self.randomBig(&generator)
      let b = Self.randomBig(&generator)
      let c = Bool.random(using: &generator) ? Self.randomBig(&generator) : Self.randomSmall(&generator)
      #expect(a + b == b + a)
      #expect(a * b == b * a)
      #expect((a + b) + c == a + (b + c))
      #expect((a * b) * c == a * (b * c))
      #expect(a * (b + c) == a * b + a * c)
      #expect((a + b) - b == a)
      #expect(a - a == 0)
      #expect(a + (-a) == 0)
      #expect((a < b) == ((b - a).signum > 0))
      #expect(BigInt(a.description) == a)
    }
  }

  @Test func euclideanDivisionMeetsItsDefinition() {
    var generator = SeededGenerator(seed: 2)
    for _ in 0..<iterations {
      let a = Bool.random(using: &generator) ? Self.randomBig(&generator) : Self.randomSmall(&generator)
      let b = Bool.random(using: &generator) ? Self.randomBig(&generator) : Self.randomSmall(&generator)
      let (q, r) = a.euclideanDivision(by: b)
      #expect(q == a.ediv(b) && r == a.emod(b))
      if b.isZero {
        #expect(q == 0 && r == a)
      } else {
        #expect(b * q + r == a)
        #expect(r >= 0 && r < b.magnitude)
      }
    }
  }

  @Test func fastPathAgreesWithGMPPath() {
    var generator = SeededGenerator(seed: 3)
    let huge = BigInt("1000000000000000000000000000000000000000")!
    for _ in 0..<iterations {
      let a = BigInt(Int.random(in: Int.min...Int.max, using: &generator))
      let b = BigInt(Int.random(in: -1000...1000, using: &generator))
      #expect(a + b == (a + huge) + b - huge)
      #expect(a - b == (a + huge) - b - huge)
      #expect(a * b == (a + huge) * b - huge * b)
      if !b.isZero {
        #expect((a + b * huge).ediv(b) == a.ediv(b) + huge)
        #expect((a + b * huge).emod(b) == a.emod(b))
      }
      #expect(a.gcd(b) == (a + b * huge).gcd(b))
    }
  }

  @Test func gcdDividesBothAndPowerMultiplies() throws {
    var generator = SeededGenerator(seed: 4)
    for _ in 0..<iterations / 4 {
      let a = Self.randomBig(&generator)
      let b = Self.randomBig(&generator)
      let g = a.gcd(b)
      #expect(g >= 0)
      if !g.isZero {
        #expect(a.emod(g) == 0 && b.emod(g) == 0)
        #expect((a.ediv(g)).gcd(b.ediv(g)) == 1)
      }
      let e = BigInt(Int.random(in: 0...12, using: &generator))
      let f = BigInt(Int.random(in: 0...12, using: &generator))
      #expect(try a.power(e) * a.power(f) == a.power(e + f))
    }
  }
}
