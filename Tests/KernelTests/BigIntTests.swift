import Kernel
import Testing

@Suite struct BigIntTests {
  @Test func parsesAndPrintsDecimal() throws {
    let text = "-123456789012345678901234567890"
    let value = try #require(BigInt(text))
    #expect(value.description == text)
    #expect(BigInt("0")?.description == "0")
    #expect(BigInt("-0") == BigInt(0))
    #expect(BigInt("9223372036854775807")?.asInt == Int.max)
    #expect(BigInt("9223372036854775808")?.asInt == nil)
    #expect(BigInt("-9223372036854775808")?.asInt == Int.min)
    for bad in ["", "-", "12a", " 1", "1 ", "+1", "--1", "0x10"] {
      #expect(BigInt(bad) == nil, "\(bad)")
    }
  }

  @Test func promotesOnOverflowAndDemotesWhenItFits() throws {
    let max = BigInt(Int.max)
    let sum = max + 1
    #expect(sum.asInt == nil)
    #expect(sum.description == "9223372036854775808")
    #expect((sum - 1).asInt == Int.max)
    #expect((BigInt(Int.min) - 1).description == "-9223372036854775809")
    #expect((BigInt(Int.min) * -1).description == "9223372036854775808")
    #expect(-BigInt(Int.min) == sum)
    #expect(BigInt(Int.min).magnitude == sum)
  }

  @Test func leanNaturalNumberConventions() throws {
    #expect(BigInt(3).natSub(5) == 0)
    #expect(BigInt(5).natSub(3) == 2)
    #expect(BigInt(7).natDiv(0) == 0)
    #expect(BigInt(7).natMod(0) == 7)
    #expect(BigInt(7).natDiv(2) == 3)
    #expect(BigInt(7).natMod(2) == 1)
    #expect(try BigInt(0).power(0) == 1)
    #expect(try BigInt(0).power(5) == 0)
    #expect(try BigInt(19).power(19).natMod(10) == 9)
  }

  @Test func euclideanIntegerDivision() {
    #expect(BigInt(-7).ediv(2) == -4)
    #expect(BigInt(-7).emod(2) == 1)
    #expect(BigInt(7).ediv(-2) == -3)
    #expect(BigInt(7).emod(-2) == 1)
    #expect(BigInt(-7).ediv(-2) == 4)
    #expect(BigInt(-7).emod(-2) == 1)
    #expect(BigInt(-7).ediv(0) == 0)
    #expect(BigInt(-7).emod(0) == -7)
    #expect(BigInt(Int.min).ediv(-1) == -BigInt(Int.min))
    #expect(BigInt(Int.min).emod(-1) == 0)
  }

  @Test func gcdOfMagnitudes() throws {
    #expect(BigInt(12).gcd(18) == 6)
    #expect(BigInt(-12).gcd(18) == 6)
    #expect(BigInt(0).gcd(0) == 0)
    #expect(BigInt(0).gcd(-5) == 5)
    #expect(BigInt(Int.min).gcd(0).description == "9223372036854775808")
    let big = try BigInt(2).power(100)
    #expect(big.gcd(try BigInt(6).power(50)) == (try BigInt(2).power(50)))
  }

  @Test func powerRefusesHugeResultsInsteadOfHanging() throws {
    #expect(throws: BigInt.PowerLimitExceeded.self) { try BigInt(2).power(try BigInt(10).power(9)) }
    #expect(throws: BigInt.PowerLimitExceeded.self) { try BigInt(2).power(-1) }
    #expect(throws: BigInt.PowerLimitExceeded.self) { try BigInt(1000).power(BigInt(1 << 22)) }
    #expect(try BigInt(1).power(try BigInt(10).power(30)) == 1)
    #expect(try BigInt(-1).power(try BigInt(10).power(30) + 1) == -1)
    #expect(try BigInt(0).power(try BigInt(10).power(30)) == 0)
    #expect(try BigInt(2).power(64).description == "18446744073709551616")
    #expect(try BigInt(-3).power(3) == -27)
  }

  @Test func comparisonAndHashingFollowTheValue() throws {
    let a = try #require(BigInt("100000000000000000000000"))
    let b = try #require(BigInt("100000000000000000000000"))
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
    #expect(a.stableHash == b.stableHash)
    #expect(-a < BigInt(Int.min))
    #expect(BigInt(Int.max) < a)
    #expect(Set([a, b, BigInt(1), BigInt(1)]).count == 2)
    #expect(a.magnitudeBitWidth == 77)
    #expect(BigInt(0).magnitudeBitWidth == 0)
  }
}
