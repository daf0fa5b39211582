import Kernel

/// First-order matching of a lemma's left side against a term: the pattern variables (the
/// lemma's `∀`-bound variables) are assigned subterms, everything else must agree up to α.
/// Under binders both sides are opened with the same local variable, which no assignment may
/// capture.
struct PatternMatcher {
  /// The pattern variables.
  let variables: [Term]
  /// The assignment found so far, by position in `variables`.
  private(set) var bindings: [Term?]
  private var locals: [Term] = []

  init(patternVariables: [Term]) {
    self.variables = patternVariables
    self.bindings = Array(repeating: nil, count: patternVariables.count)
  }

  /// Whether `pattern` matches `term`, extending the bindings.
  mutating func match(_ pattern: Term, _ term: Term) -> Bool {
    guard pattern.type == term.type else { return false }
    guard mentionsPatternVariable(pattern) else { return pattern == term }
    switch pattern.kind {
    case .variable:
      guard let position = variables.firstIndex(where: { $0 === pattern }) else { return pattern == term }
      if let bound = bindings[position] { return bound == term }
      if !locals.isEmpty, locals.contains(where: { term.hasFreeVariable($0) }) { return false }
      bindings[position] = term
      return true
    case .application(let function, let argument)
    where locals.contains(where: { $0 === argument }) && variables.contains(where: { $0 === function }):
      return matchHigherOrder(function, argument, term)
    case .application(let function, let argument):
      if let value = term.natLiteralValue { return matchOffset(pattern, value) }
      guard case .application(let otherFunction, let otherArgument) = term.kind else { return false }
      return match(function, otherFunction) && match(argument, otherArgument)
    case .lambda(let name, let type):
      guard case .lambda(_, let otherType) = term.kind, type == otherType else { return false }
      let local = Term.variable("?λ\(locals.count).\(name)", type)
      guard let body = try? pattern.instantiateBinder(with: local),
        let otherBody = try? term.instantiateBinder(with: local)
      else { return false }
      locals.append(local)
      defer { locals.removeLast() }
      return match(body, otherBody)
    default:
      return pattern == term
    }
  }

  /// `?p x` against `term`, with `x` a local opened under a binder: `?p` is `fun x => term`
  /// (a higher-order pattern in Miller's fragment, as in `exists_eq_left`).
  private mutating func matchHigherOrder(_ function: Term, _ local: Term, _ term: Term) -> Bool {
    guard let position = variables.firstIndex(where: { $0 === function }) else { return false }
    if let bound = bindings[position] {
      if case .lambda = bound.kind {
        return (try? bound.instantiateBinder(with: local)) == term
      }
      return (try? Term.application(bound, local)) == term
    }
    guard !locals.contains(where: { $0 !== local && term.hasFreeVariable($0) }),
      let abstraction = try? Term.lambda(local, term), abstraction.type == function.type
    else { return false }
    bindings[position] = abstraction
    return true
  }

  /// `p + k` against the numeral `v ≥ k`: `p` against `v - k`, as Lean's `isDefEqOffsetNat`
  /// unifies `?n + 1 =?= 2` (the instance's left side is then `(v - k) + k`, which the caller
  /// evaluates back to `v`).
  private mutating func matchOffset(_ pattern: Term, _ value: BigInt) -> Bool {
    guard let (base, offset) = pattern.operands(of: .natAdd), let amount = offset.natLiteralValue,
      !(value < amount), let rest = try? Term.natLiteral(value - amount)
    else { return false }
    return match(base, rest)
  }

  private func mentionsPatternVariable(_ term: Term) -> Bool {
    variables.contains { term.hasFreeVariable($0) }
  }
}
