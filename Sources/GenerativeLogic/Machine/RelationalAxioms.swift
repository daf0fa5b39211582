/// The axioms read relationally: each conjunct of the expanded anchor is disintegrated into ground
/// facts, rules (conjunctive conclusions split, nested implications curried) and totality licences
/// for existential witnesses. An operation-concluding rule is also composed with the functionality
/// of its operation into a witnessing rule that concludes an equality, so that it can be used
/// goal-directed.
public struct RelationalAxioms: Sendable {
  /// A ground fact of the axioms.
  public struct GroundFact: Hashable, Sendable {
    public var fact: Fact
    public var reference: RuleReference
  }

  public private(set) var facts: [GroundFact] = []
  public private(set) var rules: [RelationalRule] = []
  public private(set) var totality: [RelationalPredicate: RuleReference] = [:]
  /// The functional reading of each axiom that reads as an equation, by id: what a proof step
  /// citing the axiom instantiates.
  public private(set) var statements: [String: Statement] = [:]
  /// Axiom ids that the reading does not cover.
  public private(set) var unread: [String] = []

  let anchor: Anchor

  public init(axioms: AxiomDerivation, anchor: Anchor) {
    self.anchor = anchor
    for axiom in axioms.axioms {
      let reference = RuleReference(kind: .axiom, name: axiom.id)
      if let rule = axiom.rule { statements[axiom.id] = rule.statement }
      if !read(axiom.formula, reference: reference, statement: axiom.rule?.statement) { unread.append(axiom.id) }
    }
    var functionality: [RelationalPredicate: RuleReference] = [:]
    for rule in rules where Self.isFunctionality(rule) {
      functionality[rule.premises[0].predicate] = functionality[rule.premises[0].predicate] ?? rule.reference
    }
    var composed: [RelationalRule] = []
    for rule in rules {
      guard case .fact(let atom) = rule.conclusion, atom.predicate.isOperation,
        let functional = functionality[atom.predicate]
      else { continue }
      let other = rule.variableCount
      var slots = atom.slots
      let output = slots.removeLast()
      composed.append(
        RelationalRule(
          reference: RuleReference(kind: .axiom, name: "\(rule.reference.name)+\(functional.name)"),
          variableCount: other + 1, premises: rule.premises + [PatternAtom(atom.predicate, slots + [.variable(other)])],
          conclusion: .equal(output, .variable(other)), witnessing: true, components: [rule.reference, functional],
          statement: rule.statement, names: rule.names + [""]))
    }
    rules += composed
  }

  /// `f(x…) = y ∧ f(x…) = z → y = z`.
  static func isFunctionality(_ rule: RelationalRule) -> Bool {
    guard rule.premises.count == 2, rule.premises[0].predicate == rule.premises[1].predicate,
      rule.premises[0].predicate.isOperation, case .equal(let y, let z) = rule.conclusion
    else { return false }
    let (first, second) = (rule.premises[0].slots, rule.premises[1].slots)
    return first.dropLast() == second.dropLast() && first.last == y && second.last == z && y != z
  }

  /// The predicate of a built-in atom through the anchor, or nil.
  func predicate(of atom: Atom) -> RelationalPredicate? {
    guard let last = atom.arguments.last else { return nil }
    switch (atom.predicate, anchor.role(of: last)) {
    case ("in", .naturals) where atom.arguments.count == 2: return .member
    case ("in2", .successor) where atom.arguments.count == 3: return .succ
    case ("in3", .addition) where atom.arguments.count == 4: return .add
    case ("in3", .multiplication) where atom.arguments.count == 4: return .mul
    default: return nil
    }
  }

  /// The anchored constant a name denotes (0 → block constant 0, 1 → block constant 1).
  func constant(_ name: String) -> Int? {
    switch anchor.role(of: name) {
    case .zero: return 0
    case .one: return 1
    default: return nil
    }
  }

  private mutating func read(_ formula: Formula, reference: RuleReference, statement: Statement?) -> Bool {
    switch formula {
    case .and(let parts):
      return parts.allSatisfy { read($0, reference: reference, statement: nil) }
    case .atom(let atom):
      guard let predicate = predicate(of: atom) else { return false }
      let arguments = atom.arguments.dropLast().map(constant)
      guard arguments.allSatisfy({ $0 != nil }) else { return false }
      facts.append(GroundFact(fact: Fact(predicate, arguments.map { $0! }), reference: reference))
      return true
    case .implies(let bound, let premise, let conclusion):
      return readRule(
        bound: bound, premises: premise.conjuncts, conclusion: conclusion, reference: reference, statement: statement)
    case .not:
      return false
    }
  }

  private mutating func readRule(
    bound: [String], premises: [Formula], conclusion: Formula, reference: RuleReference, statement: Statement?
  ) -> Bool {
    switch conclusion {
    case .and(let parts):
      return parts.allSatisfy {
        readRule(bound: bound, premises: premises, conclusion: $0, reference: reference, statement: nil)
      }
    case .implies(let inner, let premise, let rest):
      return readRule(
        bound: bound + inner, premises: premises + premise.conjuncts, conclusion: rest, reference: reference,
        statement: nil)
    default: break
    }
    var variables: [String: Int] = [:]
    for name in bound where variables[name] == nil { variables[name] = variables.count }
    func slot(_ name: String) -> PatternAtom.Slot? {
      if let index = variables[name] { return .variable(index) }
      return constant(name).map { .constant($0) }
    }
    func pattern(_ atom: Atom) -> PatternAtom? {
      guard let predicate = predicate(of: atom) else { return nil }
      let slots = atom.arguments.dropLast().map(slot)
      guard slots.allSatisfy({ $0 != nil }) else { return nil }
      return PatternAtom(predicate, slots.map { $0! })
    }
    var atoms: [PatternAtom] = []
    for part in premises {
      guard case .atom(let atom) = part, let atom = pattern(atom) else { return false }
      atoms.append(atom)
    }
    let count = variables.count
    var names = Array(repeating: "", count: count)
    for (name, index) in variables { names[index] = name }
    switch conclusion {
    case .atom(let atom) where atom.predicate == "=":
      guard atom.arguments.count == 2, let left = slot(atom.arguments[0]), let right = slot(atom.arguments[1]) else {
        return false
      }
      rules.append(
        RelationalRule(
          reference: reference, variableCount: count, premises: atoms, conclusion: .equal(left, right),
          statement: statement, names: names))
    case .atom(let atom):
      guard let head = pattern(atom) else { return false }
      rules.append(
        RelationalRule(
          reference: reference, variableCount: count, premises: atoms, conclusion: .fact(head), statement: statement,
          names: names))
    case .not(.atom(let atom)):
      guard let head = pattern(atom) else { return false }
      rules.append(
        RelationalRule(reference: reference, variableCount: count, premises: atoms + [head], conclusion: .absurd))
    case .not(.implies(let inner, .atom(let witness), .not(.atom(let member)))):
      guard inner.count == 1, let operation = predicate(of: witness), operation.isOperation,
        predicate(of: member) == .member, member.arguments[0] == inner[0],
        witness.arguments[witness.arguments.count - 2] == inner[0],
        witness.arguments.dropLast(2).allSatisfy({ variables[$0] != nil })
      else { return false }
      totality[operation] = totality[operation] ?? reference
    default:
      return false
    }
    return true
  }
}
