/// A logic block of the relational machine: one proof context with its constants, its facts (each
/// with its provenance), equivalence classes for equality (a union-find whose merges are recorded),
/// and the rules it reasons with, held in premise tries. Inference is the hash burst: every new
/// fact starts a request that grows along known key prefixes of the tries (semi-naive: each
/// combination involves a fact new in the last burst), and the rule instances found fire together.
/// In a `BlockTrie` a block also records its events in an outbox for its children, receives its
/// parent's events as mail, and tags every fact with the premise levels it depends on.
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
    var levels: UInt64 = 0
  }

  let configuration: BlockConfiguration
  private(set) var tries: [PremiseTrie]
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
  /// Number of merges made when each fact was added: the classes its derivation may use.
  private(set) var epoch: [Int] = []
  /// The fact that admitted each witness constant, by constant.
  private(set) var admitted: [Int: Fact] = [:]
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
  /// The facts of `byPosition` that were derived here (not received by mail), in the same order: a
  /// request that needs one of the block's own facts at its last premise walks only these.
  private var ownByPosition: [Fact: [Int]] = [:]
  private var delta: [Int] = []
  private var pendingMerge = false
  /// Constants that stopped being class representatives since the facts were last rewritten.
  private var mergedAway: [Int] = []
  /// The premise levels each fact depends on: bit k stands for the premise of the trie node at
  /// depth k, so a fact is valid in every block whose path holds those premises.
  private(set) var levels: [UInt64] = []
  /// Per class representative, the levels of the merges that built the class.
  private(set) var classLevels: [UInt64] = []
  /// Whether each fact came by mail from the parent block rather than being derived here.
  private(set) var inherited: [Bool] = []
  /// Events since the last delivery, in order, when the block has children to write to.
  private(set) var outbox: [MailEvent] = []
  /// Whether the block records its events for children.
  var recordsOutbox = false
  /// Whether the parent block will find the rule instances among inherited facts alone itself:
  /// then this block only records instances that use one of its own facts (or a witness deeper
  /// than the parent admits).
  var parentSaturates = false
  /// The deepest witness the parent block admits.
  var parentWitnessBound = Int.max
  /// Tries from this index on are the block's own rules (an induction hypothesis): every fact,
  /// inherited or not, is matched against them.
  var localTries = Int.max
  private var localTriesMatched = false

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
    classLevels.append(0)
    constantCount += 1
    if recordsOutbox { outbox.append(.constant(constantCount - 1)) }
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
  mutating func add(_ fact: Fact, _ why: FactProvenance, levels mask: UInt64 = 0) -> Bool {
    let canonical = fact.mapped(find)
    guard factID[canonical] == nil else { return false }
    var mask = mask
    for position in 0..<fact.predicate.arity where canonical[position] != fact[position] {
      mask |= classLevels[canonical[position]]
    }
    append(canonical, why, levels: mask, alive: true, inherited: false)
    return true
  }

  /// Adds a premise of a trie node exactly as stated, then (when the classes rename it) its
  /// canonical form by congruence; a proof rebuilt here cites the premise itself.
  mutating func addPremise(_ fact: Fact, levels mask: UInt64) {
    let canonical = fact.mapped(find)
    let record = facts.count
    append(fact, .hypothesis, levels: mask, alive: canonical == fact && factID[fact] == nil, inherited: false)
    if canonical != fact && factID[canonical] == nil {
      var renamed = mask
      for position in 0..<fact.predicate.arity where canonical[position] != fact[position] {
        renamed |= classLevels[canonical[position]]
      }
      append(canonical, .congruence(record), levels: renamed, alive: true, inherited: false)
    }
  }

  /// Appends a fact record (indexed and new when alive) and tells the children.
  private mutating func append(
    _ fact: Fact, _ why: FactProvenance, levels mask: UInt64, alive live: Bool, inherited: Bool
  ) {
    let id = facts.count
    facts.append(fact)
    provenance.append(why)
    alive.append(live)
    epoch.append(merges.count)
    levels.append(mask)
    self.inherited.append(inherited)
    if live {
      index(id)
      delta.append(id)
    }
    if recordsOutbox { outbox.append(.fact(id)) }
  }

  private mutating func index(_ id: Int) {
    let fact = facts[id]
    factID[fact] = id
    if fact.predicate.isOperation {
      let key = Self.inputsKey(fact)
      if byInputs[key] == nil { byInputs[key] = id }
    }
    for position in 0..<fact.predicate.arity {
      let key = Self.positionKey(fact.predicate, position, fact[position])
      byPosition[key, default: []].append(id)
      if !inherited[id] { ownByPosition[key, default: []].append(id) }
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
    var key = Fact(predicate)
    key.a = Int32(position)
    key.b = Int32(constant)
    return key
  }

  /// Merges two classes; the smaller representative stays, so the result does not depend on order.
  mutating func merge(_ left: Int, _ right: Int, _ why: FactProvenance, levels mask: UInt64 = 0) {
    let (a, b) = (find(left), find(right))
    guard a != b else { return }
    merges.append(Merge(left: left, right: right, provenance: why, levels: mask))
    let (root, child) = a < b ? (a, b) : (b, a)
    parent[child] = root
    mergedAway.append(child)
    depth[root] = min(depth[root], depth[child])
    classLevels[root] |= classLevels[child] | mask
    pendingMerge = true
    if recordsOutbox { outbox.append(.merge(merges.count - 1)) }
  }

  mutating func markAbsurd() {
    absurd = true
    if recordsOutbox { outbox.append(.absurd) }
  }

  // MARK: The trie: children, mail and own rules

  /// A child block: this block's context so far (every fact inherited, its pending ones still new),
  /// with fresh budgets and an empty outbox, ready to take one more premise.
  func child(witnessDepthBound bound: Int) -> RelationalBlock {
    var child = self
    child.inherited = Array(repeating: true, count: facts.count)
    child.ownByPosition = [:]
    child.outbox = []
    child.recordsOutbox = false
    child.bursts = 0
    child.steps = 0
    child.exhausted = false
    child.parentSaturates = true
    child.parentWitnessBound = witnessDepthBound
    child.witnessDepthBound = witnessDepthBound
    child.admitWitnesses(upTo: bound)
    return child
  }

  /// Sets the deepest witness the block admits. Raising it makes every live fact new again, so
  /// that the combinations its parent left out for want of deeper witnesses are found here.
  mutating func admitWitnesses(upTo bound: Int) {
    if bound > witnessDepthBound {
      let pending = Set(delta)
      delta += facts.indices.filter { alive[$0] && !pending.contains($0) }
    }
    witnessDepthBound = bound
  }

  /// Adds rules of this block alone (an induction hypothesis); every fact is matched against them
  /// in the next burst.
  mutating func addOwnRules(_ trie: PremiseTrie) {
    localTries = min(localTries, tries.count)
    tries.append(trie)
    localTriesMatched = false
  }

  /// Whether a burst would have nothing to start from.
  var isQuiet: Bool {
    delta.isEmpty && !pendingMerge && (localTries >= tries.count || localTriesMatched)
  }

  /// Facts derived in this block (not received by mail).
  var ownFacts: Int { inherited.lazy.filter { !$0 }.count }

  /// Takes the parent's events in order: its new constants (witnesses, with what admitted them),
  /// its facts (each recorded with its derivation translated into this block's constants and
  /// facts, so that a proof rebuilt here never needs the parent) and its merges.
  mutating func receive(_ events: [MailEvent], from sender: RelationalBlock, translation: inout BlockTranslation) {
    func translated(_ why: FactProvenance) -> FactProvenance {
      switch why {
      case .rule(let rule, let values, let ingredients):
        return .rule(
          rule, values: values.map { $0 < 0 ? $0 : translation.constants[$0] },
          ingredients: ingredients.map { translation.facts[$0] })
      case .congruence(let old): return .congruence(translation.facts[old])
      default: return why
      }
    }
    for event in events {
      switch event {
      case .constant(let constant):
        precondition(translation.constants.count == constant, "mail skipped a constant")
        let own = addConstant(depth: sender.depth[constant])
        translation.constants.append(own)
        if let fact = sender.admitted[constant] { admitted[own] = fact.mapped { translation.constants[$0] } }
      case .fact(let id):
        precondition(translation.facts.count == id, "mail skipped a fact")
        let fact = sender.facts[id].mapped { translation.constants[$0] }
        let mask = sender.levels[id]
        let canonical = fact.mapped(find)
        let record = facts.count
        let live = sender.alive[id] && canonical == fact && factID[fact] == nil
        append(fact, translated(sender.provenance[id]), levels: mask, alive: live, inherited: true)
        translation.facts.append(record)
        if sender.alive[id] && canonical != fact && factID[canonical] == nil {
          var renamed = mask
          for position in 0..<fact.predicate.arity where canonical[position] != fact[position] {
            renamed |= classLevels[canonical[position]]
          }
          append(canonical, .congruence(record), levels: renamed, alive: true, inherited: false)
        }
      case .merge(let index):
        let merge = sender.merges[index]
        self.merge(
          translation.constants[merge.left], translation.constants[merge.right], translated(merge.provenance),
          levels: merge.levels)
      case .absurd:
        markAbsurd()
      }
    }
  }

  /// Empties the outbox once every child has received it.
  mutating func clearOutbox() { outbox.removeAll(keepingCapacity: true) }

  /// Whether two constants are in one class.
  func equal(_ left: Int, _ right: Int) -> Bool { find(left) == find(right) }

  /// Whether the block holds a fact (up to the classes).
  func holds(_ fact: Fact) -> Bool { factID[fact.mapped(find)] != nil }

  /// Number of live facts.
  var liveFacts: Int { factID.count }

  /// Rewrites the facts that name a merged-away constant to the class representatives; renamed
  /// facts are new. Only those facts change, so only they leave the indexes (found through
  /// `byPosition`), and the indexes end as a rebuild over every live fact would leave them.
  private mutating func canonicalize() {
    guard pendingMerge else { return }
    pendingMerge = false
    var affected: [Int] = []
    for constant in mergedAway {
      for predicate in RelationalPredicate.allCases {
        for position in 0..<predicate.arity {
          let key = Self.positionKey(predicate, position, constant)
          ownByPosition[key] = nil
          guard let list = byPosition.removeValue(forKey: key) else { continue }
          affected += list.lazy.filter { self.alive[$0] }
        }
      }
    }
    mergedAway = []
    affected.sort()
    var renamed: [(Int, Fact)] = []
    var previous = -1
    for id in affected where id != previous {
      previous = id
      alive[id] = false
      let fact = facts[id]
      if factID[fact] == id { factID[fact] = nil }
      renamed.append((id, fact.mapped(find)))
    }
    for (old, _) in renamed where facts[old].predicate.isOperation {
      let key = Self.inputsKey(facts[old])
      guard byInputs[key] == old else { continue }
      byInputs[key] = firstLive(withInputs: key)
    }
    for (old, fact) in renamed where factID[fact] == nil {
      var mask = levels[old]
      for position in 0..<fact.predicate.arity where facts[old][position] != fact[position] {
        mask |= classLevels[fact[position]]
      }
      append(fact, .congruence(old), levels: mask, alive: true, inherited: false)
    }
  }

  /// The live fact of lowest id with the inputs of an operation key, if any.
  private func firstLive(withInputs key: Fact) -> Int? {
    guard let list = byPosition[Self.positionKey(key.predicate, 0, key[0])] else { return nil }
    for id in list where alive[id] && Self.inputsKey(facts[id]) == key { return id }
    return nil
  }

  // MARK: The hash burst

  /// Runs one burst; returns whether anything new was derived.
  mutating func burst() -> Bool {
    canonicalize()
    let starts = delta.filter { alive[$0] }
    delta = []
    let shared = min(localTries, tries.count)
    var localStarts: [Int] = []
    if shared < tries.count {
      localStarts = localTriesMatched ? starts : facts.indices.filter { alive[$0] }
      localTriesMatched = true
    }
    guard !starts.isEmpty || !localStarts.isEmpty, !absurd, !exhausted else { return false }
    bursts += 1
    var firings: [Firing] = []
    var budget = configuration.maximumSteps - steps
    for start in starts {
      let leftToParent = parentSaturates && inherited[start]
      for trieIndex in 0..<shared {
        request(
          start: start, trie: tries[trieIndex], index: trieIndex, leftToParent: leftToParent, budget: &budget,
          into: &firings)
      }
    }
    for start in localStarts {
      for trieIndex in shared..<tries.count {
        request(
          start: start, trie: tries[trieIndex], index: trieIndex, leftToParent: false, budget: &budget, into: &firings)
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
  private func request(
    start: Int, trie: PremiseTrie, index trieIndex: Int, leftToParent: Bool, budget: inout Int,
    into firings: inout [Firing]
  ) {
    let fact = facts[start]
    var values: [Int] = []
    values.reserveCapacity(16)
    var ingredients = [start]
    var pending: [Pending] = []
    for stepIndex in trie.rootSteps[Int(fact.predicate.rawValue)] {
      let step = trie.steps[stepIndex]
      values.removeAll(keepingCapacity: true)
      var consistent = true
      for position in 0..<step.arity {
        let label = step.label(position)
        let argument = fact[position]
        if label < 0 {
          if argument != -label - 1 { consistent = false }
        } else if label < values.count {
          if values[label] != argument { consistent = false }
        } else {
          values.append(argument)
        }
        if !consistent { break }
      }
      guard consistent else { continue }
      extend(
        trie, trieIndex, node: step.child, leftToParent, values: &values, ingredients: &ingredients,
        pending: &pending, budget: &budget, &firings)
    }
  }

  private func extend(
    _ trie: PremiseTrie, _ trieIndex: Int, node: Int, _ leftToParent: Bool, values: inout [Int],
    ingredients: inout [Int], pending: inout [Pending], budget: inout Int, _ firings: inout [Firing]
  ) {
    budget -= 1
    guard budget > 0 else { return }
    let needsOwn = leftToParent && !usesOwnFact(ingredients, pending)
    if trie.completionStart[node] < trie.completionStart[node + 1] && !needsOwn {
      for index in trie.completionStart[node]..<trie.completionStart[node + 1] {
        complete(trie, trieIndex, index, values: values, ingredients: ingredients, pending: pending, &firings)
      }
    }
    let bound = values.count
    for stepIndex in trie.stepStart[node]..<trie.stepStart[node + 1] {
      let step = trie.steps[stepIndex]
      let arity = step.arity
      var probe = Fact(step.predicate)
      var fresh = 0
      for position in 0..<arity {
        let label = step.label(position)
        if label < 0 {
          probe[position] = -label - 1
        } else if label < bound {
          probe[position] = values[label]
        } else {
          fresh |= 1 << position
        }
      }
      let child = step.child
      // A combination that must end here without an own fact yet needs an own fact at this step.
      let ownOnly = needsOwn && trie.stepStart[child] == trie.stepStart[child + 1]
      if fresh == 0 {
        if let id = factID[probe] {
          if ownOnly && inherited[id] { continue }
          ingredients.append(id)
          extend(
            trie, trieIndex, node: child, leftToParent, values: &values, ingredients: &ingredients,
            pending: &pending, budget: &budget, &firings)
          ingredients.removeLast()
        } else if let index = pending.firstIndex(where: { Self.matches($0, probe) }) {
          ingredients.append(-index - 1)
          extend(
            trie, trieIndex, node: child, leftToParent, values: &values, ingredients: &ingredients,
            pending: &pending, budget: &budget, &firings)
          ingredients.removeLast()
        }
        continue
      }
      if step.predicate.isOperation && fresh == 1 << (arity - 1) {
        if let id = byInputs[probe] {
          if ownOnly && inherited[id] { continue }
          values.append(facts[id].output)
          ingredients.append(id)
          extend(
            trie, trieIndex, node: child, leftToParent, values: &values, ingredients: &ingredients,
            pending: &pending, budget: &budget, &firings)
          ingredients.removeLast()
          values.removeLast()
        } else if let index = pending.firstIndex(where: { Self.hasInputs($0, probe) }) {
          values.append(pending[index].placeholder)
          ingredients.append(-index - 1)
          extend(
            trie, trieIndex, node: child, leftToParent, values: &values, ingredients: &ingredients,
            pending: &pending, budget: &budget, &firings)
          ingredients.removeLast()
          values.removeLast()
        } else if trie.witnessing[child], totality[step.predicate] != nil,
          pending.count < configuration.maximumWitnessesPerMatch
        {
          let inputs = (0..<arity - 1).map { probe[$0] }
          let witnessDepth = 1 + inputs.map { depthOf($0, pending) }.max()!
          guard witnessDepth <= witnessDepthBound else { continue }
          let placeholder = constantCount + pending.count
          pending.append(
            Pending(predicate: step.predicate, inputs: inputs, placeholder: placeholder, depth: witnessDepth))
          values.append(placeholder)
          ingredients.append(-pending.count)
          extend(
            trie, trieIndex, node: child, leftToParent, values: &values, ingredients: &ingredients,
            pending: &pending, budget: &budget, &firings)
          ingredients.removeLast()
          values.removeLast()
          pending.removeLast()
        }
        continue
      }
      var anchor = -1
      for position in 0..<arity where fresh & (1 << position) == 0 {
        anchor = position
        break
      }
      guard anchor >= 0, probe[anchor] < constantCount else { continue }
      let key = Self.positionKey(step.predicate, anchor, probe[anchor])
      guard let list = ownOnly ? ownByPosition[key] : byPosition[key] else { continue }
      for id in list where alive[id] {
        let candidate = facts[id]
        var consistent = true
        for position in 0..<arity {
          let argument = candidate[position]
          if fresh & (1 << position) == 0 {
            if argument != probe[position] { consistent = false }
          } else {
            let label = step.label(position)
            if label < values.count {
              if values[label] != argument { consistent = false }
            } else {
              values.append(argument)
            }
          }
          if !consistent { break }
        }
        if consistent {
          ingredients.append(id)
          extend(
            trie, trieIndex, node: child, leftToParent, values: &values, ingredients: &ingredients,
            pending: &pending, budget: &budget, &firings)
          ingredients.removeLast()
        }
        if values.count > bound { values.removeLast(values.count - bound) }
      }
    }
  }

  /// Whether a combination uses a fact derived in this block, or a witness deeper than the parent
  /// admits: one the parent cannot find among the facts it holds.
  private func usesOwnFact(_ ingredients: [Int], _ pending: [Pending]) -> Bool {
    for id in ingredients where id >= 0 && !inherited[id] { return true }
    for witness in pending where witness.depth > parentWitnessBound { return true }
    return false
  }

  private static func matches(_ pending: Pending, _ fact: Fact) -> Bool {
    hasInputs(pending, fact) && fact.output == pending.placeholder
  }

  private static func hasInputs(_ pending: Pending, _ fact: Fact) -> Bool {
    guard pending.predicate == fact.predicate else { return false }
    for (position, input) in pending.inputs.enumerated() where fact[position] != input { return false }
    return true
  }

  private func depthOf(_ constant: Int, _ pending: [Pending]) -> Int {
    constant < constantCount ? depth[constant] : pending[constant - constantCount].depth
  }

  /// Records a rule instance when it says something new.
  private func complete(
    _ trie: PremiseTrie, _ trieIndex: Int, _ completionIndex: Int, values: [Int], ingredients: [Int],
    pending: [Pending], _ firings: inout [Firing]
  ) {
    let completion = trie.completions[completionIndex]
    if !pending.isEmpty && !trie.rules[completion.rule].witnessing { return }
    func value(_ slot: PatternAtom.Slot) -> Int {
      switch slot {
      case .variable(let index):
        let label = completion.variableLabels[index]
        return label >= 0 ? values[label] : -1
      case .constant(let constant): return constant
      }
    }
    switch trie.rules[completion.rule].conclusion {
    case .fact(let atom):
      var fact = Fact(atom.predicate)
      var known = true
      for (position, slot) in atom.slots.enumerated() {
        let argument = value(slot)
        if argument < 0 { return }
        if argument >= constantCount { known = false }
        fact[position] = argument
      }
      if known && factID[fact] != nil { return }
    case .equal(let left, let right):
      let (l, r) = (value(left), value(right))
      if l < 0 || r < 0 || l == r { return }
      if l >= constantCount && r >= constantCount { return }
      if l < constantCount && r < constantCount && find(l) == find(r) { return }
    case .absurd:
      break
    }
    let assignment = completion.variableLabels.map { $0 >= 0 ? values[$0] : -1 }
    var ordered = ingredients
    for (position, premise) in completion.order.enumerated() { ordered[premise] = ingredients[position] }
    firings.append(
      Firing(trie: trieIndex, rule: completion.rule, values: assignment, ingredients: ordered, witnesses: pending))
  }

  /// Admits the firing's witnesses (reusing any admitted since) and applies its conclusion;
  /// constants from `base` on are the placeholders of the request.
  private mutating func fire(_ firing: Firing, base: Int) {
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
      admitted[constant] = Fact(witness.predicate, inputs + [constant])
      add(Fact(witness.predicate, inputs + [constant]), .witness(licence))
      witnessFacts.append(facts.count - 1)
      add(Fact(.member, [constant]), .witnessMembership(licence))
    }
    let values = firing.values.map { $0 < 0 ? $0 : resolve($0) }
    let ingredients = firing.ingredients.map { $0 >= 0 ? $0 : witnessFacts[-$0 - 1] }
    var mask: UInt64 = 0
    for id in ingredients { mask |= levels[id] }
    for (before, after) in zip(firing.values, values) where before >= 0 && before < base && before != after {
      mask |= classLevels[after]
    }
    let why = FactProvenance.rule(firing.rule + ruleOffset(firing.trie), values: values, ingredients: ingredients)
    switch tries[firing.trie].rules[firing.rule].conclusion {
    case .fact(let atom): add(atom.instantiated(values), why, levels: mask)
    case .equal(let left, let right):
      func value(_ slot: PatternAtom.Slot) -> Int {
        switch slot {
        case .variable(let index): return values[index]
        case .constant(let constant): return constant
        }
      }
      merge(value(left), value(right), why, levels: mask)
    case .absurd: markAbsurd()
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
