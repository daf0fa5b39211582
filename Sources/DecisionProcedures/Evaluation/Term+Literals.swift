import Kernel

extension Term {
  /// The ℕ numeral of a value known to be non-negative.
  static func nat(_ value: BigInt) -> Term {
    precondition(!value.isNegative, "a natural number literal must be non-negative")
    return try! Term.natLiteral(value)
  }

  /// The ℕ numeral or ℤ value form of `value` at `type`.
  static func numeral(_ value: BigInt, _ type: TermType) -> Term {
    type == .nat ? nat(value) : intLiteral(value)
  }

  /// The value of a numeral at its own type (a ℕ numeral, or a ℤ numeral or negated numeral).
  var numeralValue: BigInt? {
    switch type {
    case .nat: natLiteralValue
    case .int: intLiteralValue
    default: nil
    }
  }

  /// The head and the arguments of an application spine (`f a b` gives `f`, `[a, b]`).
  var applicationSpine: (head: Term, arguments: [Term]) {
    var arguments: [Term] = []
    var current = self
    while let (function, argument) = current.asApplication {
      arguments.append(argument)
      current = function
    }
    return (current, arguments.reversed())
  }
}
