import Kernel

extension TacticRunner {
  /// Mathlib's `Even` and `Odd`, which `unfold` turns into `∃ r, a = r + r` and
  /// `∃ m, a = 2 * m + 1` (their equation lemmas `Even.eq_1`, `Odd.eq_1`, the kernel's
  /// `MathlibAxiom`s); the terms exist only in a Mathlib file.
  static let mathlibUnfoldings: [String: @Sendable (KTerm) throws(KernelError) -> Theorem?] = [
    "Even": { (term) throws(KernelError) -> Theorem? in
      guard let constant = term.asUnaryOperation?.constant, [Constant.natEven, .intEven].contains(constant) else {
        return nil
      }
      return try Conversion.parityDefinition(term)
    },
    "Odd": { (term) throws(KernelError) -> Theorem? in
      guard let constant = term.asUnaryOperation?.constant, [Constant.natOdd, .intOdd].contains(constant) else {
        return nil
      }
      return try Conversion.parityDefinition(term)
    },
  ]
}
