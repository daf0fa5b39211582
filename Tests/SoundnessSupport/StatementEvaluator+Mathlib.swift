import Kernel
import LeanSyntax

extension StatementEvaluator {
  /// Mathlib's `Even a`, `Odd a` and `Nat.Prime p` on a computable argument; nil otherwise.
  func mathlibPredicate(
    _ function: LeanSyntax.Term, _ arguments: [LeanSyntax.Term], _ environment: Environment
  ) -> Bool? {
    guard case .identifier(let name) = function.kind, arguments.count == 1 else { return nil }
    let type = numberType(of: arguments[0], environment) ?? .nat
    switch name {
    case "Even", "Odd":
      guard let value = number(arguments[0], type, environment) else { return nil }
      let even = value.emod(BigInt(2)).isZero
      return name == "Even" ? even : !even
    case "Nat.Prime":
      guard type == .nat, let value = number(arguments[0], .nat, environment) else { return nil }
      return Self.isPrime(value)
    default:
      return nil
    }
  }

  /// `p.Prime` for a bound number `p`.
  func mathlibDottedPredicate(_ name: String, _ environment: Environment) -> Bool? {
    guard let (value, field) = dottedField(name, environment), field == "Prime",
      case .number(.nat)? = environment.types[String(name.prefix { $0 != "." })]
    else { return nil }
    return Self.isPrime(value)
  }

  /// Primality by trial division, for the small values of the domains.
  static func isPrime(_ value: BigInt) -> Bool? {
    guard let n = value.asInt, n < 1 << 20 else { return nil }
    if n < 2 { return false }
    var divisor = 2
    while divisor * divisor <= n {
      if n % divisor == 0 { return false }
      divisor += 1
    }
    return true
  }

  /// `n !` for `n ≤ 30` (larger values are unknown).
  static func factorial(_ value: BigInt) -> BigInt? {
    guard let n = value.asInt, n >= 0, n <= 30 else { return nil }
    return (0..<n).reduce(BigInt(1)) { $0 * BigInt($1 + 1) }
  }
}
