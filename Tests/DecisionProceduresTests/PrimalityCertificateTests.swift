import DecisionProcedures
import Kernel
import TestSupport
import Testing

/// The `Nat.Prime` certificate of `norm_num` against trial division, and `decide`/`norm_num` on
/// Mathlib's `Even`, `Odd`, `Nat.Prime` and `Nat.factorial` applied to numerals.
@Suite struct PrimalityCertificateTests {
  static func isPrimeByTrialDivision(_ n: Int) -> Bool {
    guard n >= 2 else { return false }
    var d = 2
    while d * d <= n {
      if n % d == 0 { return false }
      d += 1
    }
    return true
  }

  @Test func certificatesAgreeWithTrialDivision() throws {
    var random = SeededGenerator(seed: 0x9_1D)
    var numbers = Array(0...2000)
    for _ in 0..<2000 { numbers.append(Int.random(in: 0...2_000_000_000, using: &random)) }
    for n in numbers {
      let certificate = try #require(PrimalityCertificate.certify(BigInt(n)), "\(n)")
      #expect(certificate.isPrime == Self.isPrimeByTrialDivision(n), "\(n): \(certificate)")
      #expect(certificate.verifies(BigInt(n)), "\(n): \(certificate)")
    }
  }

  @Test func wrongCertificatesDoNotVerify() {
    #expect(!PrimalityCertificate.factor(BigInt(3)).verifies(BigInt(91)))
    #expect(!PrimalityCertificate.factor(BigInt(91)).verifies(BigInt(91)))
    #expect(!PrimalityCertificate.factor(BigInt(1)).verifies(BigInt(91)))
    #expect(!PrimalityCertificate.prime(squareRoot: BigInt(9)).verifies(BigInt(91)))
    #expect(!PrimalityCertificate.prime(squareRoot: BigInt(5)).verifies(BigInt(97)))
    #expect(!PrimalityCertificate.prime(squareRoot: BigInt(10)).verifies(BigInt(97)))
    #expect(PrimalityCertificate.prime(squareRoot: BigInt(9)).verifies(BigInt(97)))
    #expect(PrimalityCertificate.certify(BigInt(97)) == .prime(squareRoot: BigInt(9)))
    #expect(PrimalityCertificate.certify(BigInt(91)) == .factor(BigInt(7)))
    #expect(!PrimalityCertificate.belowTwo.verifies(BigInt(2)))
  }

  @Test func largeNumbersWithoutSmallFactorsGetNoCertificate() {
    let mersenne61 = BigInt(Int(1) << 61 - 1)
    #expect(PrimalityCertificate.certify(mersenne61) == nil)
    #expect(PrimalityCertificate.certify(mersenne61 * BigInt(3)) == .factor(BigInt(3)))
  }

  static func nat(_ value: Int) -> Term { try! Term.natLiteral(BigInt(value)) }

  @Test func normNumDecidesPrimality() throws {
    var random = SeededGenerator(seed: 0x5EED)
    for _ in 0..<300 {
      let n = Int.random(in: 0...100_000, using: &random)
      let prime = try Term.prime(Self.nat(n))
      let target = Self.isPrimeByTrialDivision(n) ? prime : try Term.not(prime)
      let wrong = Self.isPrimeByTrialDivision(n) ? try Term.not(prime) : prime
      #expect((try? ArithmeticTactic.normNum.prove(hypotheses: [], target: target)) != nil, "\(target)")
      #expect((try? ArithmeticTactic.normNum.prove(hypotheses: [], target: wrong)) == nil, "\(wrong)")
    }
  }

  @Test func decideAndNormNumEvaluateParityAndFactorial() throws {
    var random = SeededGenerator(seed: 0xFAC7)
    for _ in 0..<200 {
      let n = Int.random(in: -50...50, using: &random)
      let value = Term.intLiteral(BigInt(n))
      let even = n % 2 == 0
      for tactic in [ArithmeticTactic.decide, .normNum] {
        let isEven = try Term.even(value)
        let isOdd = try Term.odd(value)
        #expect((try? tactic.prove(hypotheses: [], target: even ? isEven : isOdd)) != nil, "\(n)")
        #expect((try? tactic.prove(hypotheses: [], target: even ? isOdd : isEven)) == nil, "\(n)")
      }
    }
    var product = 1
    for n in 0...20 {
      if n > 0 { product *= n }
      let right = try Term.equal(Term.factorial(Self.nat(n)), Self.nat(product))
      let wrong = try Term.equal(Term.factorial(Self.nat(n)), Self.nat(product + 1))
      for tactic in [ArithmeticTactic.decide, .normNum] {
        #expect((try? tactic.prove(hypotheses: [], target: right)) != nil, "\(n)")
        #expect((try? tactic.prove(hypotheses: [], target: wrong)) == nil, "\(n)")
      }
    }
  }

  @Test func decideRefusesPrimesAndDeepFactorials() throws {
    #expect(throws: DecisionFailure.self) { try Decide.prove(try Term.prime(Self.nat(7))) }
    let deep = try Term.lessThan(Self.nat(0), Term.factorial(Self.nat(500)))
    do {
      _ = try Decide.prove(deep)
      Issue.record("decide evaluated 500!")
    } catch {
      #expect(error.reason == .budgetExceeded)
    }
  }
}
