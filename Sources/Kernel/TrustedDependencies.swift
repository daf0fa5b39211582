/// What a theorem rests on beyond the kernel's rules and axiom schemas: admitted prelude lemmas
/// and the oracle procedures. Every rule passes on the union of its premises' dependencies.
public struct TrustedDependencies: OptionSet, Hashable, Sendable {
  public let rawValue: UInt16

  public init(rawValue: UInt16) {
    self.rawValue = rawValue
  }

  /// Some lemma admitted through `Theorem.admit(name:statement:)`.
  public static let admittedLemma = TrustedDependencies(rawValue: 1)

  /// The oracle `procedure`.
  public static func oracle(_ procedure: OracleProcedure) -> TrustedDependencies {
    TrustedDependencies(rawValue: 2 << UInt16(OracleProcedure.allCases.firstIndex(of: procedure)!))
  }
}
