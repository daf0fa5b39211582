/// A formula of the GL definitions language: atoms, conjunction, implication with bound variables
/// and negation; the existential is written `!(>[z] A !B)`.
public indirect enum Formula: Hashable, Sendable {
  case atom(Atom)
  case and([Formula])
  case implies(bound: [String], premise: Formula, conclusion: Formula)
  case not(Formula)

  /// The conjuncts of a conjunction, flattened; any other formula is its own single conjunct.
  public var conjuncts: [Formula] {
    if case .and(let parts) = self { return parts.flatMap(\.conjuncts) }
    return [self]
  }

  /// The formula with free occurrences of names replaced; bound names that would capture a
  /// replacement are renamed first by appending primes.
  public func substituting(_ map: [String: String]) -> Formula {
    switch self {
    case .atom(let atom):
      return .atom(Atom(predicate: atom.predicate, arguments: atom.arguments.map { map[$0] ?? $0 }))
    case .and(let parts):
      return .and(parts.map { $0.substituting(map) })
    case .not(let inner):
      return .not(inner.substituting(map))
    case .implies(let bound, let premise, let conclusion):
      var inner = map
      for name in bound { inner[name] = nil }
      let taken = Set(inner.values)
      var renamed: [String] = []
      for name in bound {
        var fresh = name
        while taken.contains(fresh) { fresh += "'" }
        if fresh != name { inner[name] = fresh }
        renamed.append(fresh)
      }
      return .implies(bound: renamed, premise: premise.substituting(inner), conclusion: conclusion.substituting(inner))
    }
  }
}

/// An atom `name[a,b,…]`: a built-in predicate (`in`, `in2`, `in3`, `=`) or a defined one.
public struct Atom: Hashable, Sendable, CustomStringConvertible {
  public var predicate: String
  public var arguments: [String]

  public init(predicate: String, arguments: [String]) {
    self.predicate = predicate
    self.arguments = arguments
  }

  public var description: String { "\(predicate)[\(arguments.joined(separator: ","))]" }
}

extension Formula: CustomStringConvertible {
  /// The formula in the definitions language, fully parenthesised, as the parser reads it.
  public var description: String {
    switch self {
    case .atom(let atom): return atom.description
    case .and(let parts): return "(&" + parts.map { " " + $0.description }.joined() + ")"
    case .not(let inner): return "!" + inner.description
    case .implies(let bound, let premise, let conclusion):
      return "(>[\(bound.joined(separator: ","))] \(premise) \(conclusion))"
    }
  }
}
