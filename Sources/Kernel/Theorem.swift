/// A proved sequent `hypotheses ⊢ conclusion`.
///
/// There is no public initializer: only the kernel's rules (`Theorem+Equality.swift`,
/// `Theorem+Logic.swift`, `Theorem+Arithmetic.swift`, and the trusted extension points in
/// `TrustedFacts.swift`) make theorems, each after checking its side conditions, so holding a
/// `Theorem` outside this module means it was derived by those rules.
public struct Theorem: Sendable, CustomStringConvertible {
  /// The hypotheses, α-distinct propositions in a fixed order (by the id of their α-normal form).
  public let hypotheses: [Term]
  /// The proved proposition.
  public let conclusion: Term
  /// The admitted lemmas and oracles this theorem rests on, beyond the kernel's rules and axioms.
  public let dependencies: TrustedDependencies

  init(hypotheses: [Term], conclusion: Term, dependencies: TrustedDependencies) {
    self.hypotheses = hypotheses
    self.conclusion = conclusion
    self.dependencies = dependencies
  }

  /// A theorem with the hypotheses and dependencies of all `premises`.
  init(_ conclusion: Term, from premises: Theorem...) {
    var hypotheses: [Term] = []
    var dependencies: TrustedDependencies = []
    for premise in premises {
      hypotheses = Hypotheses.union(hypotheses, premise.hypotheses)
      dependencies.formUnion(premise.dependencies)
    }
    self.init(hypotheses: hypotheses, conclusion: conclusion, dependencies: dependencies)
  }

  /// Whether some hypothesis has `variable` free.
  func hypothesesMention(_ variable: Term) -> Bool {
    hypotheses.contains { $0.hasFreeVariable(variable) }
  }

  public var description: String {
    let context = hypotheses.map(\.description).joined(separator: ", ")
    return context.isEmpty ? "⊢ \(conclusion)" : "\(context) ⊢ \(conclusion)"
  }
}

/// Sets of hypotheses as sorted arrays: ordered by the id of each term's α-normal form, so that
/// union and removal are linear merges and α-equivalent hypotheses count once.
enum Hypotheses {
  static func union(_ lhs: [Term], _ rhs: [Term]) -> [Term] {
    if rhs.isEmpty { return lhs }
    if lhs.isEmpty { return rhs }
    var result: [Term] = []
    result.reserveCapacity(lhs.count + rhs.count)
    var i = 0
    var j = 0
    while i < lhs.count, j < rhs.count {
      let a = lhs[i].canonical.id
      let b = rhs[j].canonical.id
      if a == b {
        result.append(lhs[i])
        i += 1
        j += 1
      } else if a < b {
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

  static func removing(_ proposition: Term, from hypotheses: [Term]) -> [Term] {
    let canonical = proposition.canonical
    guard hypotheses.contains(where: { $0.canonical === canonical }) else { return hypotheses }
    return hypotheses.filter { $0.canonical !== canonical }
  }
}
