import Kernel

/// The certificate behind Mathlib's `Nat.Prime` extension of `norm_num` (`Mathlib.Tactic.NormNum.Prime`):
/// `0` and `1` are not prime, a composite number is shown by a factor, and a prime by the absence
/// of a divisor `d` with `2 ≤ d` and `d * d ≤ n`. Trial division is bounded, so a number whose
/// smallest factor is above the bound gets no certificate.
public enum PrimalityCertificate: Equatable, Sendable {
  /// `n < 2`: not prime (`Nat.not_prime_zero`, `Nat.not_prime_one`).
  case belowTwo
  /// A factor `d` with `1 < d < n` and `d ∣ n`: not prime.
  case factor(BigInt)
  /// No divisor in `2 ... r` where `r * r ≤ n < (r + 1) * (r + 1)`: prime.
  case prime(squareRoot: BigInt)

  /// The largest trial divisor tried (numbers up to about 2^44 are decided).
  public static let maximumTrialDivisor = 1 << 22

  /// The certificate for `n`, or nil when `n` is negative or its smallest factor (or its square
  /// root, for a prime) is above `maximumTrialDivisor`.
  public static func certify(_ n: BigInt) -> PrimalityCertificate? {
    guard !n.isNegative else { return nil }
    if n < BigInt(2) { return .belowTwo }
    let root = squareRootFloor(n)
    let last = root.asInt.map { Swift.min($0, maximumTrialDivisor) } ?? maximumTrialDivisor
    var divisor = 2
    while divisor <= last {
      if n.natMod(BigInt(divisor)).isZero { return .factor(BigInt(divisor)) }
      divisor += divisor == 2 ? 1 : 2
    }
    return root <= BigInt(maximumTrialDivisor) ? .prime(squareRoot: root) : nil
  }

  /// `⌊√n⌋` for `n ≥ 0`, by Newton's iteration.
  static func squareRootFloor(_ n: BigInt) -> BigInt {
    if n < BigInt(2) { return n }
    var x = n
    var y = (x + BigInt(1)).natDiv(BigInt(2))
    while y < x {
      x = y
      y = (x + n.natDiv(x)).natDiv(BigInt(2))
    }
    return x
  }

  /// Whether the certificate says that `n` is prime.
  public var isPrime: Bool {
    if case .prime = self { return true }
    return false
  }

  /// Checks the certificate against `n`: the factor divides and is proper; for a prime, the root
  /// is `⌊√n⌋` and no number in `2 ... ⌊√n⌋` divides `n`.
  public func verifies(_ n: BigInt) -> Bool {
    switch self {
    case .belowTwo:
      return n < BigInt(2)
    case .factor(let d):
      return BigInt(1) < d && d < n && n.natMod(d).isZero
    case .prime(let root):
      guard BigInt(2) <= n, root * root <= n, n < (root + BigInt(1)) * (root + BigInt(1)), let bound = root.asInt
      else { return false }
      guard bound >= 2 else { return true }
      for d in 2...bound where n.natMod(BigInt(d)).isZero { return false }
      return true
    }
  }
}
