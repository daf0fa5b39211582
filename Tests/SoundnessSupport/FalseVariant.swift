import LeanSyntax

/// A false statement made from a true corpus theorem by one small change, with the assignment
/// that refutes it, and the whole file text with the variant in place of the original statement
/// (so that the original proof can be run on it in its own context).
public struct FalseVariant: Hashable, Sendable, CustomStringConvertible {
  /// The declaration it comes from (`Peano.add_comm`).
  public var theorem: String
  /// What was changed (`constant 0 → 1`, `≤ → <`, `drop h`, `swap -`, `ℕ → ℤ`).
  public var mutation: String
  /// The variant's signature as Lean text (`(a b : Nat) : a - b + b = a`).
  public var statement: String
  /// Values of the statement's variables under which its hypotheses hold and its conclusion fails.
  public var counterexample: [String: String]
  /// The original file's text with the declaration's statement replaced by the variant.
  public var fileText: String
  /// The index of the mutated declaration in the file's declarations.
  public var declarationIndex: Int

  public var description: String {
    let values = counterexample.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: ", ")
    return "\(theorem) [\(mutation)]: \(statement)   (false at \(values))"
  }
}
