/// A rule of the relational machine, `∀ v₀ … vₙ, premises → conclusion`, obtained by disintegrating
/// an axiom, from a proved theorem's chain, or from an induction hypothesis. A witnessing rule may
/// admit existential witnesses for premises whose inputs are bound (goal-directed admission).
public struct RelationalRule: Hashable, Sendable, CustomStringConvertible {
  /// What a rule concludes.
  public enum Conclusion: Hashable, Sendable {
    /// A new fact.
    case fact(PatternAtom)
    /// Two slots are equal.
    case equal(PatternAtom.Slot, PatternAtom.Slot)
    /// The premises are contradictory.
    case absurd
  }

  public var reference: RuleReference
  public var variableCount: Int
  public var premises: [PatternAtom]
  public var conclusion: Conclusion
  public var witnessing: Bool
  /// For a rule obtained by composing an axiom with the functionality of its conclusion's operation:
  /// the two rules it applies in turn.
  public var components: [RuleReference]
  /// The equation the rule reads relationally (an axiom's functional reading, a theorem, an
  /// induction hypothesis), cited by the proof steps rebuilt from its instances; nil for the
  /// structural axioms (functionality, the absurdity rules).
  public var statement: Statement?
  /// The name in `statement` of each rule variable ("" for an output of a subterm).
  public var names: [String]

  public init(
    reference: RuleReference, variableCount: Int, premises: [PatternAtom], conclusion: Conclusion,
    witnessing: Bool = false, components: [RuleReference] = [], statement: Statement? = nil, names: [String] = []
  ) {
    self.reference = reference
    self.variableCount = variableCount
    self.premises = premises
    self.conclusion = conclusion
    self.witnessing = witnessing
    self.components = components
    self.statement = statement
    self.names = names
  }

  /// The rule a proof step cites: the axiom a composed rule applies first, else the rule itself.
  public var citation: RuleReference { components.first ?? reference }

  public var description: String {
    let head: String
    switch conclusion {
    case .fact(let atom): head = atom.description
    case .equal(let left, let right):
      head =
        "=[\(PatternAtom(.member, [left]).description.dropFirst(3).dropLast()),"
        + "\(PatternAtom(.member, [right]).description.dropFirst(3).dropLast())]"
    case .absurd: head = "⊥"
    }
    return "\(reference): " + premises.map(\.description).joined(separator: " & ") + " → " + head
  }
}
