extension Term {
  /// Interns a node whose type the caller has already checked. Every term is made here. A node
  /// whose α-normal form is itself (no binder name, no child with another normal form) is looked
  /// up and, when new, created under one lock of its shard; otherwise its normal form is made
  /// first, outside the lock, since it may live in the same shard.
  static func make(_ node: Node, _ type: TermType) -> Term {
    let hash = structuralHash(of: node, type)
    let shard = TermTable.shard(hash)
    guard needsCanonical(node) else {
      return shard.table.withLock { table in
        if let existing = table.find(node, type, hash) { return existing }
        let fields = derivedFields(node)
        return table.insertNew(
          node, type, hash, size: fields.size, looseBoundRange: fields.looseBoundRange,
          freeVariables: fields.freeVariables, canonical: nil)
      }
    }
    if let existing = shard.table.withLock({ $0.find(node, type, hash) }) { return existing }
    let fields = derivedFields(node)
    let canonical: Term
    switch node {
    case .application(let function, let argument):
      canonical = make(.application(function.canonical, argument.canonical), type)
    case .lambda(_, let body): canonical = make(.lambda("", body.canonical), type)
    default: preconditionFailure("only applications and λs have another normal form")
    }
    return shard.table.withLock {
      $0.insert(
        node, type, hash, size: fields.size, looseBoundRange: fields.looseBoundRange,
        freeVariables: fields.freeVariables, canonical: canonical)
    }
  }

  /// Whether the node's α-normal form is another node: a named binder, or a child that has one.
  static func needsCanonical(_ node: Node) -> Bool {
    switch node {
    case .variable, .constant, .natLiteral, .intLiteral, .bound: false
    case .application(let function, let argument):
      function.canonicalReference != nil || argument.canonicalReference != nil
    case .lambda(let name, let body): !name.isEmpty || body.canonicalReference != nil
    }
  }

  /// The size, loose bound range and free variables of a node, from its children's.
  static func derivedFields(_ node: Node) -> (size: Int, looseBoundRange: Int, freeVariables: [Term]) {
    switch node {
    case .variable, .constant, .natLiteral, .intLiteral:
      return (1, 0, [])
    case .bound(let index):
      return (1, index + 1, [])
    case .application(let function, let argument):
      var size = function.size.addingReportingOverflow(argument.size).partialValue &+ 1
      if size <= 0 { size = Int.max }
      return (
        size, max(function.looseBoundRange, argument.looseBoundRange),
        mergeSorted(function.freeVariables, argument.freeVariables)
      )
    case .lambda(_, let body):
      return (body.size == Int.max ? Int.max : body.size + 1, max(body.looseBoundRange - 1, 0), body.freeVariables)
    }
  }

  static func structuralHash(of node: Node, _ type: TermType) -> UInt64 {
    switch node {
    case .variable(let name): StableHash.mix(StableHash.mix(1, StableHash.string(name)), type.stableHash)
    case .bound(let index): StableHash.mix(StableHash.mix(2, UInt64(index)), type.stableHash)
    case .constant(let constant): StableHash.mix(3, constant.stableHash)
    case .natLiteral(let value): StableHash.mix(4, value.stableHash)
    case .intLiteral(let value): StableHash.mix(5, value.stableHash)
    case .application(let function, let argument):
      StableHash.mix(StableHash.mix(6, function.structuralHash), argument.structuralHash)
    case .lambda(let name, let body):
      StableHash.mix(StableHash.mix(StableHash.mix(7, StableHash.string(name)), type.stableHash), body.structuralHash)
    }
  }

  /// The union of two lists of variables sorted by `id`.
  static func mergeSorted(_ lhs: [Term], _ rhs: [Term]) -> [Term] {
    if rhs.isEmpty { return lhs }
    if lhs.isEmpty { return rhs }
    if lhs.count == rhs.count, zip(lhs, rhs).allSatisfy({ $0 === $1 }) { return lhs }
    var result: [Term] = []
    result.reserveCapacity(lhs.count + rhs.count)
    var i = 0
    var j = 0
    while i < lhs.count, j < rhs.count {
      if lhs[i] === rhs[j] {
        result.append(lhs[i])
        i += 1
        j += 1
      } else if lhs[i].id < rhs[j].id {
        result.append(lhs[i])
        i += 1
      } else {
        result.append(rhs[j])
        j += 1
      }
    }
    result.append(contentsOf: lhs[i...])
    result.append(contentsOf: rhs[j...])
    return result
  }

  /// How many terms the intern table holds now.
  public static var internedCount: Int {
    TermTable.shards.reduce(0) { total, shard in total + shard.table.withLock { $0.count } }
  }

  /// Drops every interned term that nothing references any more (this also happens by itself as
  /// the table grows); returns how many were dropped. A dropped term can free children in shards
  /// already swept, so the shards are swept again until a sweep drops nothing (at most eight
  /// sweeps: other threads may keep dropping terms meanwhile).
  @discardableResult
  public static func collectUnusedTerms() -> Int {
    var total = 0
    for _ in 0..<8 {
      let dropped = TermTable.shards.reduce(0) { sum, shard in sum + shard.table.withLock { $0.collect() } }
      total += dropped
      if dropped == 0 { break }
    }
    return total
  }
}
