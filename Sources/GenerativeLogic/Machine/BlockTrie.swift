/// The trie of proof contexts: one logic block per premise prefix, shared by every task whose
/// premises start with that prefix. A node's block is its parent's block (copied when the node is
/// made) plus one premise, at the premise level of the node's depth. Each burst runs the blocks
/// depth by depth (the blocks of one depth in parallel, merged back in node order); a block first
/// takes its parent's mail (the parent's events of this burst, translated into its own constants
/// and facts), then saturates, leaving to its parent the rule instances among inherited facts alone.
struct BlockTrie: Sendable {
  /// One block of the trie.
  struct Node: Sendable {
    var parent: Int
    var depth: Int
    var premise: TriePremise?
    var children: [Int] = []
    var lookup: [TriePremise: Int] = [:]
    /// Nil once the node is retired (no task below it is open).
    var block: RelationalBlock?
    /// How the block names its parent's constants and facts.
    var translation: BlockTranslation
    /// The block constant of each path constant, and its term depth.
    var pathConstants: [Int]
    var pathDepths: [Int]
    /// The deepest witness the block admits while it holds an open goal (none otherwise).
    var goalWitnessBound: Int
  }

  let configuration: BlockConfiguration
  private(set) var nodes: [Node]
  /// Fact records made and merges recorded by retired blocks, counted when they retire.
  private(set) var retiredOwnFacts = 0
  private(set) var retiredFacts = 0

  /// A trie whose root holds the axioms' ground facts and the anchor's constants 0 and 1.
  init(tries: [PremiseTrie], axioms: RelationalAxioms, configuration: BlockConfiguration) {
    self.configuration = configuration
    var block = RelationalBlock(configuration: configuration, tries: tries, totality: axioms.totality)
    _ = block.addConstant(depth: 0)
    _ = block.addConstant(depth: 0)
    block.witnessDepthBound = 0
    for ground in axioms.facts { block.add(ground.fact, .axiom(ground.reference)) }
    if let successor = axioms.totality[.succ] { block.add(Fact(.member, [1]), .witnessMembership(successor)) }
    nodes = [
      Node(
        parent: -1, depth: 0, premise: nil, block: block, translation: BlockTranslation(identityOver: block),
        pathConstants: [0, 1], pathDepths: [0, 0], goalWitnessBound: 0)
    ]
  }

  var count: Int { nodes.count }

  /// The node at the end of a path (made, with its ancestors, where missing); `ownRules` gives the
  /// rules of an `.ownRules` premise from the block constants of the path so far.
  mutating func insert(_ premises: [TriePremise], ownRules: ([Int]) -> PremiseTrie? = { _ in nil }) -> Int {
    var node = 0
    for premise in premises {
      if let child = nodes[node].lookup[premise] {
        node = child
      } else {
        node = makeChild(of: node, premise: premise, ownRules: ownRules)
      }
    }
    return node
  }

  private mutating func makeChild(of parent: Int, premise: TriePremise, ownRules: ([Int]) -> PremiseTrie?) -> Int {
    let depth = nodes[parent].depth + 1
    precondition(depth < 64, "a path of more than 63 premises")
    let level = UInt64(1) << UInt64(depth)
    var pathConstants = nodes[parent].pathConstants
    var pathDepths = nodes[parent].pathDepths
    let parentBlock = nodes[parent].block!
    var fresh: [(constant: Int, depth: Int, variable: Bool)] = []
    switch premise {
    case .atom(let predicate, let labels):
      for (position, label) in labels.enumerated() where label >= pathConstants.count + fresh.count {
        let isOutput = predicate.isOperation && position == labels.count - 1
        let inputDepth = labels.dropLast().map { $0 < pathDepths.count ? pathDepths[$0] : 0 }.max() ?? 0
        fresh.append((label, isOutput ? inputDepth + 1 : 0, !isOutput))
      }
    case .variable:
      fresh.append((pathConstants.count, 0, true))
    case .equal, .ownRules:
      break
    }
    let deepest = (pathDepths + fresh.map(\.depth)).max()!
    let bound = min(configuration.maximumWitnessDepth, deepest + configuration.witnessDepthOverTask)
    var block = parentBlock.child(witnessDepthBound: 0)
    let translation = BlockTranslation(identityOver: parentBlock)
    for item in fresh {
      pathConstants.append(block.addConstant(depth: item.depth))
      pathDepths.append(item.depth)
      if item.variable { block.add(Fact(.member, [pathConstants.last!]), .hypothesis, levels: level) }
    }
    switch premise {
    case .atom(let predicate, let labels):
      let fact = Fact(predicate, labels.map { pathConstants[$0] })
      block.addPremise(fact, levels: level)
      if let licence = block.totality[predicate] {
        block.add(Fact(.member, [fact.output]), .witnessMembership(licence))
      }
    case .equal(let left, let right):
      block.merge(pathConstants[left], pathConstants[right], .hypothesis, levels: level)
    case .ownRules:
      if let trie = ownRules(pathConstants) { block.addOwnRules(trie) }
    case .variable:
      break
    }
    let id = nodes.count
    nodes.append(
      Node(
        parent: parent, depth: depth, premise: premise, block: block, translation: translation,
        pathConstants: pathConstants, pathDepths: pathDepths, goalWitnessBound: bound))
    nodes[parent].children.append(id)
    nodes[parent].lookup[premise] = id
    nodes[parent].block!.recordsOutbox = true
    return id
  }

  /// Lets a live node admit witnesses (up to the depth of its path) while it holds an open goal;
  /// a block that only feeds its children derives what follows without new terms, and leaves
  /// the goal-directed witnesses to the blocks that hold goals.
  mutating func holdsGoal(_ node: Int, _ holds: Bool) {
    let bound = holds ? nodes[node].goalWitnessBound : 0
    guard nodes[node].block != nil, nodes[node].block!.witnessDepthBound != bound else { return }
    nodes[node].block!.admitWitnesses(upTo: bound)
  }

  /// The block of a live node.
  func block(_ node: Int) -> RelationalBlock? { nodes[node].block }

  /// Retires the nodes not needed any more (no open task at or below them): their blocks are
  /// dropped and later paths make fresh nodes instead.
  mutating func retire(keeping needed: [Bool]) {
    for id in nodes.indices where !needed[id] {
      guard let block = nodes[id].block else { continue }
      retiredOwnFacts += block.ownFacts
      retiredFacts += block.facts.count
      nodes[id].block = nil
      let parent = nodes[id].parent
      if parent >= 0, let premise = nodes[id].premise, nodes[parent].lookup[premise] == id {
        nodes[parent].lookup[premise] = nil
      }
    }
  }

  /// Facts derived in blocks (not received by mail) and fact records held, over all blocks so far.
  var factTotals: (own: Int, held: Int) {
    var own = retiredOwnFacts
    var held = retiredFacts
    for node in nodes {
      guard let block = node.block else { continue }
      own += block.ownFacts
      held += block.facts.count
    }
    return (own, held)
  }

  /// Whether a node's block will burst again (it has not hit a bound).
  static func mayRun(_ block: RelationalBlock) -> Bool {
    !block.absurd && !block.exhausted && block.bursts < block.configuration.maximumBursts
  }

  /// One burst over the live nodes marked in `active`, depth by depth; returns whether any block
  /// ran. Blocks of one depth run on up to `workers` tasks and are merged back in node order.
  mutating func burst(active: [Bool], workers: Int) async -> Bool {
    var ran = false
    let deepest = nodes.map(\.depth).max() ?? 0
    var byDepth = Array(repeating: [Int](), count: deepest + 1)
    for id in nodes.indices where nodes[id].block != nil { byDepth[nodes[id].depth].append(id) }
    for depth in 0...deepest {
      var jobs: [Job] = []
      for id in byDepth[depth] where active[id] {
        let node = nodes[id]
        var job = Job(id: id, block: node.block!, translation: node.translation, mail: [], sender: nil)
        if node.parent >= 0, let sender = nodes[node.parent].block {
          job.mail = sender.outbox
          job.sender = sender
          job.block.parentSaturates = Self.mayRun(sender) && active[node.parent]
          job.block.parentWitnessBound = sender.witnessDepthBound
        } else {
          job.block.parentSaturates = false
        }
        nodes[id].block = nil
        jobs.append(job)
      }
      let done = await Self.run(consume jobs, workers: workers)
      for job in done {
        nodes[job.id].block = job.block
        nodes[job.id].translation = job.translation
        ran = ran || job.ran
      }
      if depth > 0 {
        for id in byDepth[depth - 1] { nodes[id].block?.clearOutbox() }
      }
    }
    for id in byDepth[deepest] { nodes[id].block?.clearOutbox() }
    return ran
  }

  /// A block's work in one burst: its parent's mail, then its own saturation.
  struct Job: Sendable {
    var id: Int
    var block: RelationalBlock
    var translation: BlockTranslation
    var mail: [MailEvent]
    var sender: RelationalBlock?
    var ran = false

    mutating func perform() {
      if let sender { block.receive(mail, from: sender, translation: &translation) }
      mail = []
      sender = nil
      guard BlockTrie.mayRun(block), !block.isQuiet else { return }
      let before = block.bursts
      _ = block.burst()
      ran = block.bursts > before
    }
  }

  /// Performs the jobs, on up to `workers` tasks; the results come back in the jobs' order.
  static func run(_ jobs: consuming [Job], workers: Int) async -> [Job] {
    if workers <= 1 || jobs.count <= 1 {
      for index in jobs.indices { jobs[index].perform() }
      return jobs
    }
    let chunk = max(1, (jobs.count + workers * 2 - 1) / (workers * 2))
    let slices = stride(from: 0, to: jobs.count, by: chunk).map { Array(jobs[$0..<min($0 + chunk, jobs.count)]) }
    _ = consume jobs
    return await withTaskGroup(of: (Int, [Job]).self) { group in
      for (number, slice) in slices.enumerated() {
        group.addTask {
          var part = slice
          for index in part.indices { part[index].perform() }
          return (number, part)
        }
      }
      var parts = Array(repeating: [Job](), count: slices.count)
      for await (number, part) in group { parts[number] = part }
      return parts.flatMap { $0 }
    }
  }
}
