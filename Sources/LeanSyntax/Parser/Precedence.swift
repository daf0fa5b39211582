/// Lean 4's named precedence levels (`Init/Prelude.lean`): `max` for atoms and arguments' heads,
/// `arg` for application arguments, `lead` for constructs such as `∀`, `by` and application
/// itself, and the levels of the prefix operators.
enum Precedence {
  static let max = 1024
  static let argument = 1023
  static let lead = 1022
  static let negation = 75
  static let notOperand = 40
}
