/// Why a logic block holds a fact or an equality: the provenance map from which proofs are rebuilt.
public enum FactProvenance: Hashable, Sendable {
  /// A hypothesis of the task (a chain atom of the candidate, or a variable's membership in ℕ).
  case hypothesis
  /// A ground conjunct of the axioms (for example `in2[0,1,s]`).
  case axiom(RuleReference)
  /// An admitted existential witness, licensed by the totality axiom of its operation.
  case witness(RuleReference)
  /// The membership in ℕ of an admitted witness, by the same totality axiom.
  case witnessMembership(RuleReference)
  /// A rule instance: its rule (index in the block's rule list), the variable values and the facts
  /// that matched its premises.
  case rule(Int, values: [Int], ingredients: [Int])
  /// A fact rewritten by the equivalence classes: the earlier fact it renames.
  case congruence(Int)
}
