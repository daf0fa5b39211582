/// The simple types of kernel terms: `Nat`, `Int`, `Prop` and functions between them
/// (`Nat → Nat` for an uninterpreted function, `Nat → Prop` for a predicate or a binder body).
public indirect enum TermType: Hashable, Sendable, CustomStringConvertible {
  case nat
  case int
  case prop
  case function(TermType, TermType)

  /// The domain of a function type.
  public var domain: TermType? {
    if case .function(let domain, _) = self { return domain }
    return nil
  }

  /// The codomain of a function type.
  public var codomain: TermType? {
    if case .function(_, let codomain) = self { return codomain }
    return nil
  }

  /// Lean's spelling, with `→` associating to the right.
  public var description: String {
    switch self {
    case .nat: "Nat"
    case .int: "Int"
    case .prop: "Prop"
    case .function(let domain, let codomain):
      domain.domain == nil ? "\(domain) → \(codomain)" : "(\(domain)) → \(codomain)"
    }
  }

  var stableHash: UInt64 {
    switch self {
    case .nat: 0x4e61_74
    case .int: 0x496e_74
    case .prop: 0x5072_6f70
    case .function(let domain, let codomain):
      StableHash.mix(StableHash.mix(0x4172_726f_77, domain.stableHash), codomain.stableHash)
    }
  }
}
