import Kernel

extension Conversion {
  /// Mathlib's definitions of `Even a` and `Odd a`, which `isDefEq` unfolds (so that `⟨r, h⟩`
  /// proves `Even a` and `obtain ⟨r, h⟩ := h` destructs it): `⊢ Even a = ∃ r, a = r + r` and
  /// `⊢ Odd a = ∃ m, a = 2 * m + 1`; nil for any other term.
  static func parityDefinition(_ term: KTerm) throws(KernelError) -> Theorem? {
    guard let (constant, operand) = term.asUnaryOperation else { return nil }
    switch constant {
    case .natEven: return try Theorem.mathlibAxiom(.natEvenDefinition, [operand])
    case .intEven: return try Theorem.mathlibAxiom(.intEvenDefinition, [operand])
    case .natOdd: return try Theorem.mathlibAxiom(.natOddDefinition, [operand])
    case .intOdd: return try Theorem.mathlibAxiom(.intOddDefinition, [operand])
    default: return nil
    }
  }
}
