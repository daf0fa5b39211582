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
    case .application(let function, let argument):
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

  private func mentionsPatternVariable(_ term: Term) -> Bool {
    variables.contains { term.hasFreeVariable($0) }
  }
}
