/// A term over the Peano signature: variables, 0, 1, successor, addition and multiplication. It is
/// the functional reading of a chain of `in2`/`in3` atoms: each output variable names one term.
public indirect enum Term: Hashable, Sendable {
  case variable(String)
  case zero
  case one
  case succ(Term)
  case add(Term, Term)
  case mul(Term, Term)

  /// The immediate subterms, left to right.
  public var children: [Term] {
    switch self {
    case .variable, .zero, .one: return []
    case .succ(let inner): return [inner]
    case .add(let left, let right), .mul(let left, let right): return [left, right]
    }
  }

  /// The same head symbol with new children (the count must match).
  public func withChildren(_ children: [Term]) -> Term {
    switch self {
    case .variable, .zero, .one: return self
    case .succ: return .succ(children[0])
    case .add: return .add(children[0], children[1])
    case .mul: return .mul(children[0], children[1])
    }
  }

  /// Number of symbols.
  public var size: Int { 1 + children.reduce(0) { $0 + $1.size } }

  /// Number of operator applications (successor, addition, multiplication).
  public var operatorCount: Int {
    switch self {
    case .variable, .zero, .one: return 0
    default: return 1 + children.reduce(0) { $0 + $1.operatorCount }
    }
  }

  /// The variables in order of first occurrence (left to right, depth first).
  public var variables: [String] {
    var seen: [String] = []
    collectVariables(into: &seen)
    return seen
  }

  func collectVariables(into seen: inout [String]) {
    if case .variable(let name) = self {
      if !seen.contains(name) { seen.append(name) }
      return
    }
    for child in children { child.collectVariables(into: &seen) }
  }

  /// The subterm at a path of child indices, if the path exists.
  public func subterm(at path: [Int]) -> Term? {
    var current = self
    for index in path {
      let children = current.children
      guard index >= 0 && index < children.count else { return nil }
      current = children[index]
    }
    return current
  }

  /// The term with the subterm at a path replaced, if the path exists.
  public func replacing(at path: ArraySlice<Int>, with replacement: Term) -> Term? {
    guard let first = path.first else { return replacement }
    var children = self.children
    guard first >= 0 && first < children.count,
      let inner = children[first].replacing(at: path.dropFirst(), with: replacement)
    else { return nil }
    children[first] = inner
    return withChildren(children)
  }

  /// The term with variables replaced by the substitution (others kept).
  public func substituted(_ substitution: [String: Term]) -> Term {
    if case .variable(let name) = self { return substitution[name] ?? self }
    if children.isEmpty { return self }
    return withChildren(children.map { $0.substituted(substitution) })
  }

  /// Extends a substitution so that this pattern, instantiated, equals the term. Only the names in
  /// `bindable` are pattern variables; any other variable must occur literally.
  public func match(_ term: Term, bindable: Set<String>, _ substitution: inout [String: Term]) -> Bool {
    switch (self, term) {
    case (.variable(let name), _):
      guard bindable.contains(name) else { return self == term }
      if let bound = substitution[name] { return bound == term }
      substitution[name] = term
      return true
    case (.zero, .zero), (.one, .one): return true
    case (.succ(let p), .succ(let t)): return p.match(t, bindable: bindable, &substitution)
    case (.add(let p1, let p2), .add(let t1, let t2)), (.mul(let p1, let p2), .mul(let t1, let t2)):
      return p1.match(t1, bindable: bindable, &substitution) && p2.match(t2, bindable: bindable, &substitution)
    default: return false
    }
  }

  /// The value of the term on the naturals, or nil when a variable has no value or it overflows.
  public func evaluate(_ values: [String: Int]) -> Int? {
    switch self {
    case .variable(let name): return values[name]
    case .zero: return 0
    case .one: return 1
    case .succ(let inner): return inner.evaluate(values).map { $0 + 1 }
    case .add(let left, let right):
      guard let l = left.evaluate(values), let r = right.evaluate(values) else { return nil }
      let (sum, overflow) = l.addingReportingOverflow(r)
      return overflow ? nil : sum
    case .mul(let left, let right):
      guard let l = left.evaluate(values), let r = right.evaluate(values) else { return nil }
      let (product, overflow) = l.multipliedReportingOverflow(by: r)
      return overflow ? nil : product
    }
  }
}
