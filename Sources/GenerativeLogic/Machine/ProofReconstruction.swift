/// Rebuilds one case of a proof graph from a logic block's provenance. Every constant stands for a
/// term (a task constant for its subterm of the goal, a witness for its operation applied to the
/// terms of its inputs), every fact `f(x…) = z` for the equation `f(T(x)…) = T(z)`, and every merge
/// for `T(a) = T(b)`. Facts and merges are rebuilt on demand from their provenance: hypotheses,
/// reflexivity for chain atoms and witnesses, rule instances (the cited equation instantiated, its
/// premises and sides reduced to the block's constants by rewriting with the ingredient facts),
/// and equalities of classes along the recorded merges. Only steps the goal needs are emitted.
struct ProofReconstruction {
  /// What the rebuilt case is about, in the block's constants: the term each task constant stands
  /// for, the constant of each statement variable, and the goal's two sides.
  struct Context: Sendable {
    var terms: [Int: Term]
    var variables: [String: Int]
    var goal: (Int, Int)

    init(terms: [Int: Term], variables: [String: Int], goal: (Int, Int)) {
      self.terms = terms
      self.variables = variables
      self.goal = goal
    }

    /// The context of a task run in a block of its own (task constants are block constants).
    init(task: ChainEncoding.Task) {
      self.init(
        terms: Dictionary(uniqueKeysWithValues: task.terms.enumerated().map { ($0.offset, $0.element) }),
        variables: task.variables, goal: task.goal)
    }
  }

  let block: RelationalBlock
  let task: Context
  let axiomStatements: [String: Statement]
  let caseIndex: Int
  var builder: ProofBuilder

  private var terms: [Int: Term] = [:]
  private var factNodes: [Int: Int] = [:]
  private var mergeNodes: [Int: Int] = [:]
  private var adjacency: [Int: [(merge: Int, other: Int)]] = [:]

  init(
    block: RelationalBlock, task: Context, axiomStatements: [String: Statement], caseIndex: Int,
    builder: ProofBuilder
  ) {
    self.block = block
    self.task = task
    self.axiomStatements = axiomStatements
    self.caseIndex = caseIndex
    self.builder = builder
    for (index, merge) in block.merges.enumerated() {
      adjacency[merge.left, default: []].append((index, merge.right))
      adjacency[merge.right, default: []].append((index, merge.left))
    }
  }

  /// The node proving the task's goal, or nil when the block's proof cannot be rebuilt (it used
  /// an absurdity, or a rule with no equational reading).
  mutating func goal() -> Int? {
    guard !block.absurd else { return nil }
    let (left, right) = task.goal
    guard let node = equality(left, right, before: block.merges.count) else { return nil }
    return node ?? builder.add(caseIndex, .equality, .reflexivity, Equation(term(left), term(left)))
  }

  // MARK: Terms

  mutating func term(_ constant: Int) -> Term {
    if let known = task.terms[constant] ?? terms[constant] { return known }
    let fact = block.admitted[constant]!
    let inputs = (0..<fact.predicate.arity - 1).map { term(fact[$0]) }
    let result = Self.application(fact.predicate, inputs)
    terms[constant] = result
    return result
  }

  static func application(_ predicate: RelationalPredicate, _ inputs: [Term]) -> Term {
    switch predicate {
    case .succ: return .succ(inputs[0])
    case .add: return .add(inputs[0], inputs[1])
    case .mul: return .mul(inputs[0], inputs[1])
    case .member: preconditionFailure("membership is not an operation")
    }
  }

  mutating func claim(of fact: Fact) -> Equation {
    let inputs = (0..<fact.predicate.arity - 1).map { term(fact[$0]) }
    return Equation(Self.application(fact.predicate, inputs), term(fact.output))
  }

  // MARK: Equality steps

  mutating func symmetric(_ node: Int?) -> Int? {
    guard let node else { return nil }
    let claim = builder.nodes[node].claim
    if claim.lhs == claim.rhs { return node }
    return builder.add(caseIndex, .equality, .symmetry, claim.swapped, ingredients: [node])
  }

  /// `a = b` and `b = c` give `a = c`; nil operands are reflexivity.
  mutating func transitive(_ first: Int?, _ second: Int?) -> Int? {
    guard let first else { return second }
    guard let second else { return first }
    let (a, b) = (builder.nodes[first].claim, builder.nodes[second].claim)
    if a.lhs == a.rhs { return second }
    if b.lhs == b.rhs { return first }
    precondition(a.rhs == b.lhs, "transitivity of \(a) and \(b)")
    return builder.add(caseIndex, .equality, .transitivity, Equation(a.lhs, b.rhs), ingredients: [first, second])
  }

  /// Rewrites one side of a node at a path with an equation node, left to right.
  mutating func rewrite(_ node: Int, side: ProofNode.Side, path: [Int], with equation: Int) -> Int {
    let claim = builder.nodes[node].claim
    let by = builder.nodes[equation].claim
    let before = side == .lhs ? claim.lhs : claim.rhs
    let after = before.replacing(at: path[...], with: by.rhs)!
    let next = side == .lhs ? Equation(after, claim.rhs) : Equation(claim.lhs, after)
    return builder.add(
      caseIndex, .equality, .rewrite, next, ingredients: [node], rule: RuleReference(kind: .fact, name: "\(equation)"),
      substitution: [:], side: side, path: path, forward: true)
  }

  /// A node proving `T(a) = T(b)` from the merges made before `limit`: `.some(nil)` when a and b
  /// are the same constant, nil when they are not joined (or a merge cannot be rebuilt).
  mutating func equality(_ a: Int, _ b: Int, before limit: Int) -> Int?? {
    if a == b { return .some(nil) }
    var previous: [Int: (merge: Int, from: Int)] = [a: (-1, -1)]
    var queue = [a]
    var head = 0
    while head < queue.count && previous[b] == nil {
      let current = queue[head]
      head += 1
      for (merge, other) in adjacency[current] ?? [] where merge < limit && previous[other] == nil {
        previous[other] = (merge, current)
        queue.append(other)
      }
    }
    guard previous[b] != nil else { return nil }
    var path: [(merge: Int, from: Int, to: Int)] = []
    var current = b
    while current != a {
      let (merge, from) = previous[current]!
      path.append((merge, from, current))
      current = from
    }
    var result: Int? = nil
    for (merge, from, _) in path.reversed() {
      guard let node = mergeNode(merge) else { return nil }
      let oriented = block.merges[merge].left == from ? node : symmetric(node)!
      result = transitive(result, oriented)
    }
    return .some(result)
  }

  // MARK: Provenance

  /// The node proving merge `index`, `T(left) = T(right)`.
  mutating func mergeNode(_ index: Int) -> Int? {
    if let known = mergeNodes[index] { return known }
    let merge = block.merges[index]
    let target = Equation(term(merge.left), term(merge.right))
    let node: Int?
    switch merge.provenance {
    case .hypothesis:
      node = builder.add(caseIndex, .taskFormulation, .hypothesis, target)
    case .rule(let rule, let values, let ingredients):
      node = instance(rule, values: values, ingredients: ingredients, limit: index, target: .equal(target))
    default:
      node = nil
    }
    if let node { mergeNodes[index] = node }
    return node
  }

  /// The node proving fact `id`; nil for a membership fact or a step that cannot be rebuilt.
  mutating func factNode(_ id: Int) -> Int? {
    if let known = factNodes[id] { return known }
    let fact = block.facts[id]
    guard fact.predicate.isOperation else { return nil }
    let target = claim(of: fact)
    var node: Int?
    switch block.provenance[id] {
    case .hypothesis, .witness:
      guard target.lhs == target.rhs else { return nil }
      node = builder.add(caseIndex, .equality, .reflexivity, target)
    case .axiom(let reference):
      guard let statement = axiomStatements[reference.name], statement.variables.isEmpty,
        statement.premises.isEmpty, statement.conclusion == target
      else { return nil }
      let start = builder.add(caseIndex, .equality, .reflexivity, Equation(target.lhs, target.lhs))
      node = builder.add(
        caseIndex, .implication, .rewrite, target, ingredients: [start], rule: reference, substitution: [:], side: .rhs,
        path: [], forward: true)
    case .witnessMembership:
      node = nil
    case .rule(let rule, let values, let ingredients):
      node = instance(rule, values: values, ingredients: ingredients, limit: block.epoch[id], target: .fact(target))
    case .congruence(let old):
      guard var current = factNode(old) else { return nil }
      let before = block.facts[old]
      for position in 0..<fact.predicate.arity {
        guard let step = equality(before[position], fact[position], before: block.epoch[id]) else { return nil }
        guard let step else { continue }
        let isOutput = position == fact.predicate.arity - 1
        current = rewrite(current, side: isOutput ? .rhs : .lhs, path: isOutput ? [] : [position], with: step)
      }
      node = current
    }
    if let node { factNodes[id] = node }
    return node
  }

  /// What a rule instance must prove.
  enum Target {
    case equal(Equation)
    case fact(Equation)
  }

  /// A rule instance: the cited equation instantiated and applied, its sides and premises reduced
  /// to the instance's constants with the ingredient facts.
  mutating func instance(_ index: Int, values: [Int], ingredients: [Int], limit: Int, target: Target) -> Int? {
    let rule = block.rule(index)
    let instance = Instance(rule: rule, values: values, ingredients: ingredients, limit: limit)
    if RelationalAxioms.isFunctionality(rule) {
      var inputs: [Term] = []
      for slot in rule.premises[0].slots.dropLast() {
        switch slot {
        case .variable(let index) where !rule.names[index].isEmpty: inputs.append(.variable(rule.names[index]))
        case .constant(0): inputs.append(.zero)
        case .constant(1): inputs.append(.one)
        default: return nil
        }
      }
      let term = Self.application(rule.premises[0].predicate, inputs)
      guard case .equal(let goal) = target,
        let first = reduce(term, instance, root: 0), let second = reduce(term, instance, root: 1),
        let node = transitive(symmetric(first.node), second.node)
      else { return nil }
      return oriented(node, goal)
    }
    guard let statement = rule.statement else { return nil }
    var substitution: [String: Term] = [:]
    for variable in statement.variables {
      guard let position = rule.names.firstIndex(of: variable), values[position] >= 0 else { return nil }
      substitution[variable] = term(values[position])
    }
    let reference = rule.citation
    let tag = ProofBuilder.tag(for: reference)
    let ground = statement.substituted(substitution)
    var premiseNodes: [Int] = []
    for premise in statement.premises {
      guard let left = reduce(premise.lhs, instance), let right = reduce(premise.rhs, instance),
        let (l, r) = left.constant.flatMap({ l in right.constant.map { (l, $0) } }),
        let join = equality(l, r, before: limit)
      else { return nil }
      let chain = transitive(left.node, transitive(join, symmetric(right.node)))
      let claim = ground.premises[premiseNodes.count]
      let node = chain ?? builder.add(caseIndex, .equality, .reflexivity, claim)
      guard builder.nodes[node].claim == claim else { return nil }
      premiseNodes.append(node)
    }
    let applied: Int
    if premiseNodes.isEmpty {
      let start = builder.add(
        caseIndex, .equality, .reflexivity, Equation(ground.conclusion.lhs, ground.conclusion.lhs))
      applied = builder.add(
        caseIndex, tag, .rewrite, ground.conclusion, ingredients: [start], rule: reference,
        substitution: substitution, side: .rhs, path: [], forward: true)
    } else {
      applied = builder.add(
        caseIndex, tag, .implication, ground.conclusion, ingredients: premiseNodes, rule: reference,
        substitution: substitution)
    }
    let (lhs, rhs) = (statement.conclusion.lhs, statement.conclusion.rhs)
    switch target {
    case .equal(let goal):
      guard let left = reduce(lhs, instance), let right = reduce(rhs, instance),
        let node = transitive(symmetric(left.node), transitive(applied, right.node))
      else { return nil }
      return oriented(node, goal)
    case .fact(let goal):
      for openLeft in [true, false] {
        guard let left = reduce(lhs, instance, open: openLeft), let right = reduce(rhs, instance, open: !openLeft),
          let node = transitive(symmetric(left.node), transitive(applied, right.node))
        else { continue }
        if let result = oriented(node, goal) { return result }
      }
      return nil
    }
  }

  mutating func oriented(_ node: Int, _ goal: Equation) -> Int? {
    let claim = builder.nodes[node].claim
    if claim == goal { return node }
    if claim.swapped == goal { return symmetric(node)! }
    return nil
  }

  /// A rule instance being rebuilt: the rule, its variable values and the facts of its premises.
  struct Instance {
    var rule: RelationalRule
    var values: [Int]
    var ingredients: [Int]
    var limit: Int

    func value(_ slot: PatternAtom.Slot) -> Int {
      switch slot {
      case .variable(let index): return values[index]
      case .constant(let constant): return constant
      }
    }

    /// The constant a variable of the cited equation stands for.
    func constant(of name: String, task: Context) -> Int? {
      if let position = rule.names.firstIndex(of: name) { return values[position] }
      return task.variables[name]
    }
  }

  /// A node proving `t' = u` where t' is `t` instantiated and u is the constant that `t` names in
  /// the instance (or, with `open`, `t`'s operation applied to the constants of its arguments,
  /// when no premise names `t` itself). `root` forces the premise used for `t`.
  mutating func reduce(_ term: Term, _ instance: Instance, open: Bool = false, root: Int? = nil) -> (
    node: Int?, constant: Int?
  )? {
    var operations: [(path: [Int], predicate: RelationalPredicate, inputs: [Int], premise: Int?)] = []
    let rule = instance.rule
    /// The slot and the constant a subterm stands for.
    func walk(_ term: Term, path: [Int]) -> (slot: PatternAtom.Slot, value: Int?)? {
      switch term {
      case .zero: return (.constant(0), 0)
      case .one: return (.constant(1), 1)
      case .variable(let name):
        if let position = rule.names.firstIndex(of: name) { return (.variable(position), instance.values[position]) }
        guard let constant = task.variables[name] else { return nil }
        return (.constant(constant), constant)
      default: break
      }
      var slots: [PatternAtom.Slot] = []
      var inputs: [Int] = []
      for (position, child) in term.children.enumerated() {
        guard let (slot, value) = walk(child, path: path + [position]), let value else { return nil }
        slots.append(slot)
        inputs.append(value)
      }
      let predicate = ChainEncoding.predicate(of: term)!
      if path.isEmpty && open {
        operations.append((path, predicate, inputs, nil))
        return (.constant(-1), nil)
      }
      var premise: Int?
      if path.isEmpty, let root {
        premise = root
      } else {
        premise = rule.premises.indices.first { index in
          rule.premises[index].predicate == predicate && Array(rule.premises[index].slots.dropLast()) == slots
        }
        if premise == nil {
          premise = rule.premises.indices.first { index in
            let atom = rule.premises[index]
            return atom.predicate == predicate
              && inputs.indices.allSatisfy { instance.value(atom.slots[$0]) == inputs[$0] }
          }
        }
      }
      guard let premise else { return nil }
      operations.append((path, predicate, inputs, premise))
      let output = rule.premises[premise].slots.last!
      return (output, instance.value(output))
    }
    guard let walked = walk(term, path: []) else { return nil }
    let result = walked.value
    var substitution: [String: Term] = [:]
    for name in term.variables {
      guard let constant = instance.constant(of: name, task: task) else { return nil }
      substitution[name] = self.term(constant)
    }
    let instantiated = term.substituted(substitution)
    var node: Int? = nil
    for operation in operations {
      guard let premise = operation.premise else { continue }
      if node == nil { node = builder.add(caseIndex, .equality, .reflexivity, Equation(instantiated, instantiated)) }
      let id = instance.ingredients[premise]
      let fact = block.facts[id]
      for (position, input) in operation.inputs.enumerated() where fact[position] != input {
        guard let step = equality(input, fact[position], before: instance.limit), let step else { return nil }
        node = rewrite(node!, side: .rhs, path: operation.path + [position], with: step)
      }
      guard let factStep = factNode(id) else { return nil }
      node = rewrite(node!, side: .rhs, path: operation.path, with: factStep)
      let output = instance.value(instance.rule.premises[premise].slots.last!)
      guard let step = equality(fact.output, output, before: instance.limit) else { return nil }
      if let step { node = rewrite(node!, side: .rhs, path: operation.path, with: step) }
    }
    return (node, result)
  }
}
