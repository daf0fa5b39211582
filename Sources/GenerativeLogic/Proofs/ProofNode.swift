/// One step of a proof graph: a ground equation (the claim) inside one case, how it follows, and
/// the ids of the nodes and the rule it follows from.
public struct ProofNode: Hashable, Sendable, Codable {
  /// The inference the node performs.
  public enum Inference: String, Hashable, Sendable, Codable {
    /// The claim is a premise of the case's goal.
    case hypothesis
    /// `t = t`.
    case reflexivity
    /// The claim is the ingredient with one subterm of one side rewritten by a rule instance.
    case rewrite
    /// The ingredient's sides swapped.
    case symmetry
    /// From `a = b` and `b = c`, `a = c`.
    case transitivity
    /// A conditional rule's instance: the ingredients are its premises, the claim its conclusion.
    case implication
  }

  /// Which side of an equation a rewrite acts on.
  public enum Side: String, Hashable, Sendable, Codable {
    case lhs, rhs
  }

  public var id: Int
  /// Index of the case (in `ProofGraph.cases`) the node belongs to.
  public var caseIndex: Int
  public var tag: StepTag
  public var inference: Inference
  public var claim: Equation
  public var ingredients: [Int]
  public var rule: RuleReference?
  public var substitution: [String: Term]?
  public var side: Side?
  public var path: [Int]?
  public var forward: Bool?

  public init(
    id: Int, caseIndex: Int, tag: StepTag, inference: Inference, claim: Equation, ingredients: [Int] = [],
    rule: RuleReference? = nil, substitution: [String: Term]? = nil, side: Side? = nil, path: [Int]? = nil,
    forward: Bool? = nil
  ) {
    self.id = id
    self.caseIndex = caseIndex
    self.tag = tag
    self.inference = inference
    self.claim = claim
    self.ingredients = ingredients
    self.rule = rule
    self.substitution = substitution
    self.side = side
    self.path = path
    self.forward = forward
  }
}
