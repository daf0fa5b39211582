/// The kind of reasoning a proof step performs, with GL's names.
public enum StepTag: String, Hashable, Sendable, Codable, CaseIterable {
  /// Stating a task: a theorem's statement, a case of it, or a hypothesis it assumes.
  case taskFormulation = "task formulation"
  /// Replacing a defined predicate by its definition.
  case expansion
  /// Splitting a formula into its conjuncts and reading each as a rule or fact.
  case disintegration
  /// Instantiating an axiom (an implication of the definitions) or a conditional rule.
  case implication
  /// Equality reasoning: reflexivity, symmetry, transitivity, substitution of a fact.
  case equality
  /// Induction: a base and a step case, and the uses of the induction hypothesis.
  case recursion
  /// Using an earlier theorem.
  case theorem
}
