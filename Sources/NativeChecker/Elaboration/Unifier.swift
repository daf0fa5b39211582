import Kernel
import Synchronization

/// First-order unification of kernel terms with metavariables (kernel variables whose names start
/// with `?`), as Lean's `isDefEq` does it for the patterns of lemma applications and rewrites. An
/// assignment never captures a variable bound inside the terms being compared.
struct Unifier: Sendable {
  private(set) var assignments: [String: KTerm] = [:]
  private var counter = 0
  /// Variables standing for binders opened while comparing under a λ.
  private var binderVariables: Set<String> = []

  static func isMeta(_ term: KTerm) -> Bool {
    term.variableName?.hasPrefix("?") ?? false
  }

  private static let metaCounter = Atomic<Int>(0)

  /// A new metavariable, named uniquely in the process.
  mutating func fresh(_ type: TermType, hint: String = "m") -> KTerm {
    let number = Self.metaCounter.add(1, ordering: .relaxed).newValue
    return KTerm.variable("?\(hint)\(number)", type)
  }

  /// Adopts the assignments of another unifier.
  mutating func merge(_ other: Unifier) {
    for (name, value) in other.assignments where assignments[name] == nil { assignments[name] = value }
  }

  /// The metavariables of a theorem replaced by their assignments (kernel instantiation).
  func instantiate(_ theorem: Theorem) throws(KernelError) -> Theorem {
    var variables: [KTerm] = theorem.conclusion.freeVariables
    for hypothesis in theorem.hypotheses { variables += hypothesis.freeVariables }
    var seen: Set<String> = []
    var pairs: [(variable: KTerm, value: KTerm)] = []
    for variable in variables where Self.isMeta(variable) {
      guard let name = variable.variableName, !seen.contains(name), assignments[name] != nil else { continue }
      seen.insert(name)
      pairs.append((variable, instantiate(variable)))
    }
    return pairs.isEmpty ? theorem : try Theorem.substitute(theorem, pairs)
  }

  /// The term with every assigned metavariable replaced, repeatedly.
  func instantiate(_ term: KTerm) -> KTerm {
    var current = term
    for _ in 0..<8 {
      let pairs = current.freeVariables.compactMap { variable -> (variable: KTerm, value: KTerm)? in
        guard let name = variable.variableName, let value = assignments[name] else { return nil }
        return (variable, value)
      }
      if pairs.isEmpty { return current }
      guard let next = try? current.substituting(pairs) else { return current }
      current = next
    }
    return current
  }

  /// The unassigned metavariables of a term.
  func unassigned(_ term: KTerm) -> [KTerm] {
    instantiate(term).freeVariables.filter { Self.isMeta($0) }
  }

  func hasMetas(_ term: KTerm) -> Bool {
    term.freeVariables.contains { Self.isMeta($0) }
  }

  /// Makes `lhs` and `rhs` equal by assigning metavariables; on failure the state is unchanged.
  mutating func unify(_ lhs: KTerm, _ rhs: KTerm) -> Bool {
    let saved = self
    if match(lhs, rhs) { return true }
    self = saved
    return false
  }

  private mutating func assign(_ meta: KTerm, _ value: KTerm) -> Bool {
    guard meta.type == value.type else { return false }
    let value = instantiate(value)
    if value === meta { return true }
    if value.freeVariables.contains(where: { $0 === meta || binderVariables.contains($0.variableName ?? "") }) {
      return false
    }
    assignments[meta.variableName!] = value
    return true
  }

  private mutating func match(_ lhs: KTerm, _ rhs: KTerm) -> Bool {
    if lhs === rhs { return true }
    if lhs.type != rhs.type { return false }
    if Self.isMeta(lhs) {
      if let value = assignments[lhs.variableName!] { return match(value, rhs) }
      return assign(lhs, rhs)
    }
    if Self.isMeta(rhs) {
      if let value = assignments[rhs.variableName!] { return match(lhs, value) }
      return assign(rhs, lhs)
    }
    if !hasMetas(lhs), !hasMetas(rhs) { return lhs == rhs }
    switch (lhs.kind, rhs.kind) {
    case (.application(let f, let a), .application(let g, let b)):
      return match(f, g) && match(a, b)
    case (.lambda(let name, let type), .lambda(_, let otherType)):
      guard type == otherType else { return false }
      counter += 1
      let variable = KTerm.variable("␣u\(counter)\(name)", type)
      guard let left = try? lhs.instantiateBinder(with: variable),
        let right = try? rhs.instantiateBinder(with: variable)
      else { return false }
      binderVariables.insert(variable.variableName!)
      defer { binderVariables.remove(variable.variableName!) }
      return match(left, right)
    default:
      return lhs == rhs
    }
  }
}
