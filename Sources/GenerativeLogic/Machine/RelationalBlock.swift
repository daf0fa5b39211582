/// A logic block of the relational machine: one proof context with its constants, its facts (each
/// with its provenance), equivalence classes for equality (a union-find whose merges are recorded),
/// and the rules it reasons with, held in premise tries. Inference is the hash burst: every new
/// fact starts a request that grows along known key prefixes of the tries (semi-naive: each
/// combination involves a fact new in the last burst), and the rule instances found fire together.
struct RelationalBlock: Sendable {
  /// A rule instance found by a burst, fired when the burst ends.
  struct Firing: Sendable {
    var trie: Int
    var rule: Int
    var values: [Int]
    var ingredients: [Int]
    var witnesses: [Pending]
  }

  /// A witness admitted during a request: an operation applied to inputs, named by a placeholder.
  struct Pending: Sendable {
    var predicate: RelationalPredicate
    var inputs: [Int]
    var placeholder: Int
    var depth: Int
  }

  /// One recorded merge of two equivalence classes, and the instance or hypothesis behind it.
  struct Merge: Sendable {
    var left: Int
    var right: Int
    var provenance: FactProvenance
  }

  let configuration: BlockConfiguration
  let tries: [PremiseTrie]
  /// Operations whose totality axiom licenses witnesses, with that axiom.
  let totality: [RelationalPredicate: RuleReference]
  /// The deepest witness the block admits.
  var witnessDepthBound: Int

  private(set) var constantCount = 0
  private(set) var depth: [Int] = []
  private(set) var parent: [Int] = []
  private(set) var facts: [Fact] = []
  private(set) var provenance: [FactProvenance] = []
  private(set) var alive: [Bool] = []
  private(set) var merges: [Merge] = []
  private(set) var absurd = false
  /// Whether the request budget ran out; the block then stops.
  private(set) var exhausted = false
  private(set) var bursts = 0
  /// Request steps taken so far (each step extends a request by one premise).
  private(set) var steps = 0
  private var factID: [Fact: Int] = [:]
  private var byInputs: [Fact: Int] = [:]
  private var byPosition: [Fact: [Int]] = [:]
  private var delta: [Int] = []
  private var pendingMerge = false

  init(configuration: BlockConfiguration, tries: [PremiseTrie], totality: [RelationalPredicate: RuleReference]) {
    self.configuration = configuration
    self.tries = tries
    self.totality = totality
    self.witnessDepthBound = configuration.maximumWitnessDepth
  }

  // MARK: Constants, facts and classes

  /// Adds a constant at a term depth; returns its id.
  mutating func addConstant(depth: Int) -> Int {
    parent.append(constantCount)
    self.depth.append(depth)
    constantCount += 1
    return constantCount - 1
  }

  func find(_ constant: Int) -> Int {
    var current = constant
    while parent[current] != current { current = parent[current] }
    return current
  }

  /// Adds a fact (its arguments taken to their class representatives) unless it is known; returns
  /// whether it is new.
  @discardableResult
  mutating func add(_ fact: Fact, _ why: FactProvenance) -> Bool {
    let canonical = fact.mapped(find)
    guard factID[canonical] == nil else { return false }
    let id = facts.count
    facts.append(canonical)
    provenance.append(why)
    alive.append(true)
    index(id)
    delta.append(id)
    return true
  }

  private mutating func index(_ id: Int) {
    let fact = facts[id]
    factID[fact] = id
    if fact.predicate.isOperation {
      let key = Self.inputsKey(fact)
      if byInputs[key] == nil { byInputs[key] = id }
    }
    for (position, argument) in fact.arguments.enumerated() {
      byPosition[Self.positionKey(fact.predicate, position, argument), default: []].append(id)
    }
  }

  static func inputsKey(_ fact: Fact) -> Fact {
    var key = fact
    switch fact.predicate.arity {
    case 2: key.b = -1
    case 3: key.c = -1
    default: break
    }
    return key
  }

  static func positionKey(_ predicate: RelationalPredicate, _ position: Int, _ constant: Int) -> Fact {
    Fact(predicate, [position, constant])
  }

  /// Merges two classes; the smaller representative stays, so the result does not depend on order.
  mutating func merge(_ left: Int, _ right: Int, _ why: FactProvenance) {
    let (a, b) = (find(left), find(right))
    guard a != b else { return }
    merges.append(Merge(left: left, right: right, provenance: why))
    let (root, child) = a < b ? (a, b) : (b, a)
    parent[child] = root
    depth[root] = min(depth[root], depth[child])
    pendingMerge = true
  }

  mutating func markAbsurd() { absurd = true }

  /// Whether two constants are in one class.
  func equal(_ left: Int, _ right: Int) -> Bool { find(left) == find(right) }

  /// Whether the block holds a fact (up to the classes).
  func holds(_ fact: Fact) -> Bool { factID[fact.mapped(find)] != nil }

  /// Number of live facts.
  var liveFacts: Int { factID.count }

  /// Rewrites every fact to the class representatives after merges; renamed facts are new.
  private mutating func canonicalize() {
    guard pendingMerge else { return }
    pendingMerge = false
    factID = [:]
    byInputs = [:]
    byPosition = [:]
    var renamed: [(Int, Fact)] = []
    for id in facts.indices where alive[id] {
      let canonical = facts[id].mapped(find)
      if canonical == facts[id] {
        if factID[canonical] == nil { index(id) } else { alive[id] = false }
      } else {
        alive[id] = false
        renamed.append((id, canonical))
      }
    }
    for (old, fact) in renamed where factID[fact] == nil {
      let id = facts.count
      facts.append(fact)
      provenance.append(.congruence(old))
      alive.append(true)
      index(id)
      delta.append(id)
    }
  }

  // MARK: The hash burst

  /// Runs one burst; returns whether anything new was derived.
  mutating func burst() -> Bool {
    canonicalize()
    let starts = delta.filter { alive[$0] }
    delta = []
    guard !starts.isEmpty, !absurd, !exhausted else { return false }
    bursts += 1
    var firings: [Firing] = []
    var budget = configuration.maximumSteps - steps
    for start in starts {
      for trieIndex in tries.indices {
        request(start: start, trie: trieIndex, budget: &budget, into: &firings)
      }
    }
    steps = configuration.maximumSteps - budget
    if budget <= 0 { exhausted = true }
    let before = (facts.count, merges.count, absurd)
    let base = constantCount
    for firing in firings {
      if constantCount >= configuration.maximumConstants || liveFacts >= configuration.maximumFacts { break }
      fire(firing, base: base)
    }
    canonicalize()
    return (facts.count, merges.count, absurd) != before
  }

  /// Grows requests from one new fact along the trie: the fact against each root key of its
  /// predicate, then node by node.
  private func request(start: Int, trie trieIndex: Int, budget: inout Int, into firings: inout [Firing]) {
    let trie = tries[trieIndex]
    let fact = facts[start]
    let root = trie.nodes[0]
    for (edge, child) in zip(root.edges, root.children) where edge.predicate == fact.predicate {
      var values: [Int] = []
      guard Self.bind(edge.labels, to: fact.arguments, values: &values) else { continue }
      var ingredients = [start]
      var pending: [Pending] = []
      extend(
        trie: trieIndex, node: child, values: &values, ingredients: &ingredients, pending: &pending, budget: &budget,
        &firings)
    }
  }

  /// Binds the labels of an edge whose labels are all fresh or constants (a root edge).
  private static func bind(_ labels: [Int], to arguments: [Int], values: inout [Int]) -> Bool {
    for (label, argument) in zip(labels, arguments) {
      if label < 0 {
        guard argument == -label - 1 else { return false }
      } else if label < values.count {
        guard values[label] == argument else { return false }
      } else {
        values.append(argument)
      }
    }
    return true
  }

  private func extend(
    trie trieIndex: Int, node: Int, values: inout [Int], ingredients: inout [Int], pending: inout [Pending],
    budget: inout Int, _ firings: inout [Firing]
  ) {
    budget -= 1
    guard budget > 0 else { return }
    let trie = tries[trieIndex]
    let current = trie.nodes[node]
    for completion in current.completions {
      complete(trieIndex, completion, values: values, ingredients: ingredients, pending: pending, &firings)
    }
    for (edge, child) in zip(current.edges, current.children) {
      let bound = values.count
      var arguments: [Int] = []
      var freshPositions: [Int] = []
      for (position, label) in edge.labels.enumerated() {
        if label < 0 {
          arguments.append(-label - 1)
        } else if label < bound {
          arguments.append(values[label])
        } else {
          arguments.append(-1)
          freshPositions.append(position)
        }
      }
      if freshPositions.isEmpty {
        let fact = Fact(edge.predicate, arguments)
        if let id = factID[fact] {
          ingredients.append(id)
          extend(
            trie: trieIndex, node: child, values: &values, ingredients: &ingredients, pending: &pending,
            budget: &budget,
            &firings)
          ingredients.removeLast()
        } else if let index = pending.firstIndex(where: { Self.matches($0, fact) }) {
          ingredients.append(-index - 1)
          extend(
            trie: trieIndex, node: child, values: &values, ingredients: &ingredients, pending: &pending,
            budget: &budget,
            &firings)
          ingredients.removeLast()
        }
        continue
      }
      let arity = edge.predicate.arity
      if edge.predicate.isOperation && freshPositions == [arity - 1] {
        let inputs = Array(arguments.dropLast())
        let key = Fact(edge.predicate, inputs + [-1])
        if let id = byInputs[key] {
          values.append(facts[id].output)
          ingredients.append(id)
          extend(
            trie: trieIndex, node: child, values: &values, ingredients: &ingredients, pending: &pending,
            budget: &budget,
            &firings)
          ingredients.removeLast()
          values.removeLast()
        } else if let index = pending.firstIndex(where: { $0.predicate == edge.predicate && $0.inputs == inputs }) {
          values.append(pending[index].placeholder)
          ingredients.append(-index - 1)
          extend(
            trie: trieIndex, node: child, values: &values, ingredients: &ingredients, pending: &pending,
            budget: &budget,
            &firings)
          ingredients.removeLast()
          values.removeLast()
        } else if trie.nodes[child].witnessing, totality[edge.predicate] != nil,
          pending.count < configuration.maximumWitnessesPerMatch
        {
          let witnessDepth = 1 + inputs.map(depthOf(pending)).max()!
          guard witnessDepth <= witnessDepthBound else { continue }
          let placeholder = constantCount + pending.count
          pending.append(
            Pending(predicate: edge.predicate, inputs: inputs, placeholder: placeholder, depth: witnessDepth))
          values.append(placeholder)
          ingredients.append(-pending.count)
          extend(
            trie: trieIndex, node: child, values: &values, ingredients: &ingredients, pending: &pending,
            budget: &budget,
            &firings)
          ingredients.removeLast()
          values.removeLast()
          pending.removeLast()
        }
        continue
      }
      guard let anchor = arguments.indices.first(where: { arguments[$0] >= 0 }), arguments[anchor] < constantCount
      else { continue }
      for id in byPosition[Self.positionKey(edge.predicate, anchor, arguments[anchor])] ?? [] where alive[id] {
        let candidate = facts[id].arguments
        var extended = values
        var consistent = true
        for (position, label) in edge.labels.enumerated() {
          if arguments[position] >= 0 {
            if candidate[position] != arguments[position] { consistent = false }
          } else if label < extended.count {
            if extended[label] != candidate[position] { consistent = false }
          } else {
            extended.append(candidate[position])
          }
          if !consistent { break }
        }
        guard consistent else { continue }
        ingredients.append(id)
        extend(
          trie: trieIndex, node: child, values: &extended, ingredients: &ingredients, pending: &pending,
          budget: &budget, &firings)
        ingredients.removeLast()
      }
    }
  }

  private static func matches(_ pending: Pending, _ fact: Fact) -> Bool {
    pending.predicate == fact.predicate && pending.inputs + [pending.placeholder] == fact.arguments
  }

  private func depthOf(_ pending: [Pending]) -> (Int) -> Int {
    { constant in
      constant < constantCount ? depth[constant] : pending[constant - constantCount].depth
    }
  }

  /// Records a rule instance when it says something new.
  private func complete(
    _ trieIndex: Int, _ completion: PremiseTrie.Completion, values: [Int], ingredients: [Int], pending: [Pending],
    _ firings: inout [Firing]
  ) {
    let rule = tries[trieIndex].rules[completion.rule]
    if !pending.isEmpty && !rule.witnessing { return }
    let assignment = completion.variableLabels.map { $0 >= 0 ? values[$0] : -1 }
    func value(_ slot: PatternAtom.Slot) -> Int {
      switch slot {
      case .variable(let index): return assignment[index]
      case .constant(let constant): return constant
      }
    }
    switch rule.conclusion {
    case .fact(let atom):
      let fact = atom.instantiated(assignment)
      if fact.arguments.contains(where: { $0 < 0 }) { return }
      if fact.arguments.allSatisfy({ $0 < constantCount }) && factID[fact] != nil { return }
    case .equal(let left, let right):
      let (l, r) = (value(left), value(right))
      if l < 0 || r < 0 || l == r { return }
      if l >= constantCount && r >= constantCount { return }
      if l < constantCount && r < constantCount && find(l) == find(r) { return }
    case .absurd:
      break
    }
    firings.append(
      Firing(trie: trieIndex, rule: completion.rule, values: assignment, ingredients: ingredients, witnesses: pending))
  }

  /// Admits the firing's witnesses (reusing any admitted since) and applies its conclusion;
  /// constants from `base` on are the placeholders of the request.
  private mutating func fire(_ firing: Firing, base: Int) {
    let rule = tries[firing.trie].rules[firing.rule]
    var placeholders: [Int: Int] = [:]
    func resolve(_ constant: Int) -> Int {
      constant >= base ? placeholders[constant] ?? constant : find(constant)
    }
    var witnessFacts: [Int] = []
    for witness in firing.witnesses {
      let inputs = witness.inputs.map { find(resolve($0)) }
      let key = Fact(witness.predicate, inputs + [-1])
      if let id = byInputs[key] {
        placeholders[witness.placeholder] = facts[id].output
        witnessFacts.append(id)
        continue
      }
      let constant = addConstant(depth: witness.depth)
      placeholders[witness.placeholder] = constant
      let licence = totality[witness.predicate]!
      add(Fact(witness.predicate, inputs + [constant]), .witness(licence))
      witnessFacts.append(facts.count - 1)
      add(Fact(.member, [constant]), .witnessMembership(licence))
    }
    let values = firing.values.map { $0 < 0 ? $0 : resolve($0) }
    let ingredients = firing.ingredients.map { $0 >= 0 ? $0 : witnessFacts[-$0 - 1] }
    let why = FactProvenance.rule(firing.rule + ruleOffset(firing.trie), values: values, ingredients: ingredients)
    switch rule.conclusion {
    case .fact(let atom): add(atom.instantiated(values), why)
    case .equal(let left, let right):
      func value(_ slot: PatternAtom.Slot) -> Int {
        switch slot {
        case .variable(let index): return values[index]
        case .constant(let constant): return constant
        }
      }
      merge(value(left), value(right), why)
    case .absurd: absurd = true
    }
  }

  /// The index of a trie's first rule in the block's combined rule list.
  func ruleOffset(_ trie: Int) -> Int { tries[..<trie].reduce(0) { $0 + $1.rules.count } }

  /// The rule with an index in the combined rule list.
  func rule(_ index: Int) -> RelationalRule {
    var remaining = index
    for trie in tries {
      if remaining < trie.rules.count { return trie.rules[remaining] }
      remaining -= trie.rules.count
    }
    preconditionFailure("no rule \(index)")
  }
}
