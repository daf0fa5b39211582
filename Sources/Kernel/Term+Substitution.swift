extension Term {
  /// Replaces the free variable `variable` by the bound variable at `depth` (de Bruijn).
  func abstracting(_ variable: Term, depth: Int) -> Term {
    guard hasFreeVariable(variable) else { return self }
    switch node {
    case .variable:
      return Term.make(.bound(depth), type)
    case .application(let function, let argument):
      return Term.make(
        .application(function.abstracting(variable, depth: depth), argument.abstracting(variable, depth: depth)),
        type)
    case .lambda(let name, let body):
      return Term.make(.lambda(name, body.abstracting(variable, depth: depth + 1)), type)
    case .bound, .constant, .natLiteral, .intLiteral:
      return self
    }
  }

  /// Replaces the bound variable at `depth` by the closed term `value` and lowers the indices of
  /// bound variables above it.
  func instantiating(depth: Int, with value: Term) -> Term {
    guard looseBoundRange > depth else { return self }
    switch node {
    case .bound(let index):
      if index == depth { return value }
      return index > depth ? Term.make(.bound(index - 1), type) : self
    case .application(let function, let argument):
      return Term.make(
        .application(
          function.instantiating(depth: depth, with: value), argument.instantiating(depth: depth, with: value)),
        type)
    case .lambda(let name, let body):
      return Term.make(.lambda(name, body.instantiating(depth: depth + 1, with: value)), type)
    case .variable, .constant, .natLiteral, .intLiteral:
      return self
    }
  }

  /// Simultaneous substitution of closed terms for free variables (keys are variable ids).
  func substituting(_ substitution: [UInt64: Term]) -> Term {
    if storedFreeVariables.isEmpty {
      if case .variable = node { return substitution[id] ?? self }
      return self
    }
    guard storedFreeVariables.contains(where: { substitution[$0.id] != nil }) else { return self }
    switch node {
    case .application(let function, let argument):
      return Term.make(.application(function.substituting(substitution), argument.substituting(substitution)), type)
    case .lambda(let name, let body):
      return Term.make(.lambda(name, body.substituting(substitution)), type)
    case .variable, .bound, .constant, .natLiteral, .intLiteral:
      return self
    }
  }

  /// Replaces free variables by terms of the same types, all at once. Throws when a key is not a
  /// variable, appears twice, or has a type other than its value's.
  public func substituting(_ pairs: [(variable: Term, value: Term)]) throws(KernelError) -> Term {
    try Term.substitutionMap(pairs, rule: "Term.substituting").map { substituting($0) } ?? self
  }

  /// Checks a substitution and turns it into a map; nil when it is empty.
  static func substitutionMap(
    _ pairs: [(variable: Term, value: Term)], rule: String
  ) throws(KernelError) -> [UInt64: Term]? {
    guard !pairs.isEmpty else { return nil }
    var map: [UInt64: Term] = [:]
    for (variable, value) in pairs {
      guard case .variable = variable.node else {
        throw KernelError(rule: rule, message: "only variables can be substituted", terms: [variable])
      }
      guard variable.type == value.type else {
        throw KernelError(
          rule: rule, message: "the value's type \(value.type) is not the variable's type \(variable.type)",
          terms: [variable, value])
      }
      guard map.updateValue(value, forKey: variable.id) == nil else {
        throw KernelError(rule: rule, message: "the variable is substituted twice", terms: [variable])
      }
    }
    return map
  }

  /// The body of `fun x => b`, `∀ x, b` or `∃ x, b` with `value` for `x`; for a quantifier over a
  /// predicate that is not a λ (`∀` applied to a variable `P`), the application `P value`.
  /// Throws when the term binds nothing or `value` has the wrong type.
  public func instantiateBinder(with value: Term) throws(KernelError) -> Term {
    let binder = asQuantifier?.predicate ?? self
    guard case .function(let domain, _) = binder.type, binder !== self || isLambda else {
      throw KernelError(rule: "Term.instantiateBinder", message: "the term binds no variable", terms: [self])
    }
    guard domain == value.type else {
      throw KernelError(
        rule: "Term.instantiateBinder",
        message: "the value's type \(value.type) is not the binder's type \(domain)", terms: [self, value])
    }
    if case .lambda(_, let body) = binder.node { return body.instantiating(depth: 0, with: value) }
    return Term.make(.application(binder, value), binder.type.codomain!)
  }

  var isLambda: Bool {
    if case .lambda = node { return true }
    return false
  }

  /// A variable of the given type named `base`, or `base_1`, `base_2`, … when that name is
  /// already free in one of `avoiding`.
  public static func freshVariable(_ base: String, _ type: TermType, avoiding: [Term]) -> Term {
    var taken: Set<String> = []
    for term in avoiding {
      for variable in term.freeVariables {
        if case .variable(let name) = variable.node { taken.insert(name) }
      }
    }
    var name = base.isEmpty ? "x" : base
    var suffix = 1
    while taken.contains(name) {
      name = "\(base.isEmpty ? "x" : base)_\(suffix)"
      suffix += 1
    }
    return variable(name, type)
  }
}
