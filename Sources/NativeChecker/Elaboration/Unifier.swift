import Kernel
import Synchronization

/// Unification of kernel terms with metavariables (kernel variables whose names start with `?`), as
/// Lean's `isDefEq` does it for the patterns of lemma applications and rewrites: first order, plus
/// Miller's higher-order patterns (`?p x` with `x` bound inside the terms compared becomes
/// `?p := fun x => …`, as for `not_exists`). An assignment never captures a variable bound inside
/// the terms being compared; instances are β-reduced, as Lean's `instantiateMVars` does.
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
    return KTerm.variable("?\(hint)·\(number)", type)
  }

  /// Adopts assignments made elsewhere (a goal's metavariables).
  mutating func adopt(_ values: [String: KTerm]) {
    for (name, value) in values where assignments[name] == nil { assignments[name] = value }
  }

  /// The binder name a metavariable was made for (`m` for `?m·12`), as Lean prints it: `?m`.
  static func displayName(_ name: String) -> String {
    guard name.hasPrefix("?"), let separator = name.firstIndex(of: "·") else { return name }
    return String(name[..<separator])
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
    guard !pairs.isEmpty else { return theorem }
    let substituted = try Theorem.substitute(theorem, pairs)
    guard pairs.contains(where: { Self.hasLambda($0.value) }) else { return substituted }
    return try BetaReduction.normalizeConclusion(substituted)
  }

  static func hasLambda(_ term: KTerm) -> Bool {
    switch term.kind {
    case .lambda: return true
    case .application(let function, let argument): return hasLambda(function) || hasLambda(argument)
    default: return false
    }
  }

  /// The β-normal form of a term (unchanged when it has no redex).
  static func betaNormal(_ term: KTerm) -> KTerm {
    guard let step = try? BetaReduction.normalize(term), let (_, normal) = step.conclusion.asEquation else {
      return term
    }
    return normal
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
      current = pairs.contains(where: { Self.hasLambda($0.value) }) ? Self.betaNormal(next) : next
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

  /// `x` for `Nat.succ x`, `x + 1`, or the numeral `k - 1` for a positive numeral `k`.
  static func predecessor(_ term: KTerm) -> KTerm? {
    if let (constant, operand) = term.asUnaryOperation, constant == .natSucc { return operand }
    if let (constant, lhs, rhs) = term.asBinaryOperation, constant == .natAdd, rhs.natLiteralValue == BigInt(1) {
      return lhs
    }
    if let value = term.natLiteralValue, value > BigInt(0) { return try? KTerm.natLiteral(value - BigInt(1)) }
    return nil
  }

  static func isSuccessor(_ term: KTerm) -> Bool {
    if let (constant, _) = term.asUnaryOperation, constant == .natSucc { return true }
    if let (constant, _, rhs) = term.asBinaryOperation, constant == .natAdd, rhs.natLiteralValue == BigInt(1) {
      return true
    }
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
    if let result = matchHigherOrder(lhs, rhs) ?? matchHigherOrder(rhs, lhs) { return result }
    // `Nat.succ x` and `y + 1` (or a positive numeral) unify as Lean's offset unification does.
    if let predecessor = Self.predecessor(lhs), Self.isSuccessor(rhs) || rhs.natLiteralValue != nil,
      let other = Self.predecessor(rhs)
    {
      return match(predecessor, other)
    }
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
      if lhs == rhs { return true }
      return Self.sameClosedValue(instantiate(lhs), instantiate(rhs))
    }
  }

  /// `?m x₁ … xₙ` (an unassigned metavariable applied to distinct variables bound inside the terms
  /// compared) against `other`: `?m := fun x₁ … xₙ => other`; `(fun x => b) a`-style heads of an
  /// assigned metavariable are β-reduced first. Nil when `pattern` is neither.
  private mutating func matchHigherOrder(_ pattern: KTerm, _ other: KTerm) -> Bool? {
    var arguments: [KTerm] = []
    var head = pattern
    while let (function, argument) = head.asApplication {
      arguments.insert(argument, at: 0)
      head = function
    }
    guard !arguments.isEmpty, Self.isMeta(head), let name = head.variableName else { return nil }
    if assignments[name] != nil {
      let reduced = instantiate(pattern)
      return reduced === pattern ? nil : match(reduced, other)
    }
    let names = arguments.compactMap(\.variableName)
    guard names.count == arguments.count, Set(names).count == names.count,
      names.allSatisfy({ binderVariables.contains($0) })
    else { return nil }
    var value = instantiate(other)
    for argument in arguments.reversed() {
      guard let abstraction = try? KTerm.lambda(argument, value) else { return false }
      value = abstraction
    }
    return assign(head, value)
  }

  /// Whether two closed ℕ/ℤ terms evaluate to the same literal (Lean's defeq evaluates literal
  /// arithmetic: `2 * 7` and `14` unify).
  static func sameClosedValue(_ lhs: KTerm, _ rhs: KTerm) -> Bool {
    guard lhs.type == .nat || lhs.type == .int, lhs.freeVariables.isEmpty, rhs.freeVariables.isEmpty else {
      return false
    }
    let left = (try? Conversion.evaluateLiterals(lhs))?.conclusion.asEquation?.rhs ?? lhs
    let right = (try? Conversion.evaluateLiterals(rhs))?.conclusion.asEquation?.rhs ?? rhs
    return left == right
  }
}
