import Kernel

/// First-order matching of a lemma's left side against a term: the pattern variables (the
/// lemma's `∀`-bound variables) are assigned subterms, everything else must agree up to α.
/// Under binders both sides are opened with the same local variable, which no assignment may
/// capture.
struct PatternMatcher {
  /// The ids of the pattern variables.
  let patternVariables: Set<UInt64>
  /// The assignment found so far, by pattern variable id.
  private(set) var bindings: [UInt64: Term] = [:]
  private var locals: [Term] = []

  init(patternVariables: Set<UInt64>) {
    self.patternVariables = patternVariables
  }

  /// Whether `pattern` matches `term`, extending the bindings.
  mutating func match(_ pattern: Term, _ term: Term) -> Bool {
    guard pattern.type == term.type else { return false }
    guard mentionsPatternVariable(pattern) else { return pattern == term }
    switch pattern.kind {
    case .variable:
      if let bound = bindings[pattern.id] { return bound == term }
      if !locals.isEmpty, locals.contains(where: { term.hasFreeVariable($0) }) { return false }
      bindings[pattern.id] = term
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
    term.freeVariables.contains { patternVariables.contains($0.id) }
  }
}
