import Kernel

/// The value of a closed kernel term: a natural number, an integer or a truth value.
public enum Value: Hashable, Sendable, CustomStringConvertible {
  case nat(BigInt)
  case int(BigInt)
  case truth(Bool)

  /// The number, for `nat` and `int`.
  public var number: BigInt? {
    switch self {
    case .nat(let value), .int(let value): value
    case .truth: nil
    }
  }

  /// The truth value, for `truth`.
  public var truthValue: Bool? {
    if case .truth(let value) = self { return value }
    return nil
  }

  /// The literal term for the value (`Term.natLiteral`, `Term.intLiteral`, `True`, `False`).
  public var term: Term {
    switch self {
    case .nat(let value): Term.nat(value)
    case .int(let value): Term.intLiteral(value)
    case .truth(let value): value ? Term.trueProposition : Term.falseProposition
    }
  }

  public var description: String {
    switch self {
    case .nat(let value): "\(value)"
    case .int(let value): "(\(value) : Int)"
    case .truth(let value): value ? "True" : "False"
    }
  }
}
