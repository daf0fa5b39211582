import LeanSyntax
import ProverCore

/// What a policy reads off a goal: its target parsed with the fragment parser, the number-typed
/// variables and the propositions of its context, and the numerals it mentions.
public struct GoalShape: Sendable {
  /// A hypothesis that is a proposition, with its parsed type when it is in the fragment.
  public struct Fact: Sendable {
    public var name: String
    public var type: String
    public var term: Term?
  }

  public var goal: Goal
  public var target: Term?
  /// Variables of type `Nat`/`ℕ`, in context order.
  public var naturals: [String] = []
  /// Variables of type `Int`/`ℤ`, in context order.
  public var integers: [String] = []
  public var facts: [Fact] = []
  /// Every name in the context (for fresh names).
  public var names: Set<String> = []
  /// The numerals of the target, in order of first appearance.
  public var numerals: [String] = []

  public init(_ goal: Goal) {
    self.goal = goal
    target = Parser.parseTerm(goal.target).value
    for hypothesis in goal.hypotheses {
      names.formUnion(hypothesis.names)
      guard !hypothesis.names.contains(where: { $0.contains("✝") }) else { continue }
      switch hypothesis.type {
      case "Nat", "ℕ": naturals += hypothesis.names
      case "Int", "ℤ": integers += hypothesis.names
      default:
        let term = Parser.parseTerm(hypothesis.type).value
        for name in hypothesis.names { facts.append(Fact(name: name, type: hypothesis.type, term: term)) }
      }
    }
    if let target { Self.collectNumerals(target, into: &numerals) }
  }

  /// True when the target mentions no local variable (so `decide` and `norm_num` may evaluate it).
  public var targetIsClosed: Bool {
    guard let target else { return false }
    return Self.freeIdentifiers(target).isDisjoint(with: names)
  }

  /// A name not in the context, starting from `base` (`h`, `h₁`, `h₂`, …).
  public func freshName(_ base: String, avoiding extra: Set<String> = []) -> String {
    let taken = names.union(extra)
    if !taken.contains(base) { return base }
    let subscripts = ["₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]
    for suffix in subscripts where !taken.contains(base + suffix) { return base + suffix }
    var index = 10
    while taken.contains("\(base)\(index)") { index += 1 }
    return "\(base)\(index)"
  }

  static func collectNumerals(_ term: Term, into numerals: inout [String]) {
    switch term.kind {
    case .natural(let value):
      if !numerals.contains(value) { numerals.append(value) }
    default:
      for child in children(of: term) { collectNumerals(child, into: &numerals) }
    }
  }

  /// The identifiers of a term (bound names included, which only makes `targetIsClosed` stricter).
  static func freeIdentifiers(_ term: Term) -> Set<String> {
    var result: Set<String> = []
    var stack = [term]
    while let current = stack.popLast() {
      if case .identifier(let name) = current.kind { result.insert(name) }
      stack += children(of: current)
    }
    return result
  }

  /// The direct subterms of a term.
  static func children(of term: Term) -> [Term] {
    switch term.kind {
    case .identifier, .explicitIdentifier, .natural, .hole, .syntheticHole, .sorry, .prop: return []
    case .application(let function, let arguments): return [function] + arguments
    case .binary(_, let left, let right): return [left, right]
    case .negation(let inner), .not(let inner), .coercion(let inner), .factorial(let inner): return [inner]
    case .projection(let inner, _): return [inner]
    case .ascription(let inner, let type): return [inner, type]
    case .anonymousConstructor(let items): return items
    case .forall(let binders, let body), .exists(let binders, let body), .lambda(let binders, let body):
      return binders.compactMap(\.type) + [body]
    case .bounded(_, _, _, let bound, let body): return [bound, body]
    case .showFrom(let type, let value): return [type, value]
    case .showBy(let type, _): return [type]
    case .by: return []
    case .ifThenElse(_, let condition, let then, let otherwise): return [condition, then, otherwise]
    case .calc: return []
    }
  }
}
