import Kernel

/// Looks for values of a goal's variables under which every hypothesis holds and the conclusion
/// does not, evaluating with Lean's semantics (`Evaluator`): first every assignment of small values
/// (ℕ from 0, ℤ around 0, both truth values of a `Prop`) that fits the budget, then seeded random
/// ones. A result is a counterexample by evaluation, so the goal is false; nil says nothing.
public struct CounterexampleSearch: Sendable {
  /// The most assignments tried exhaustively, small values first.
  public var exhaustiveAssignments: Int
  /// The random assignments tried after the exhaustive ones.
  public var randomAssignments: Int
  /// The seed of the random phase, so that a search always gives the same answer.
  public var seed: UInt64

  public init(exhaustiveAssignments: Int = 20_000, randomAssignments: Int = 2_000, seed: UInt64 = 0x5eed_cafe) {
    self.exhaustiveAssignments = exhaustiveAssignments
    self.randomAssignments = randomAssignments
    self.seed = seed
  }

  /// A counterexample found by `search`: the values, and the variables it opened from the
  /// conclusion's leading `∀` binders, with their binder names, in order.
  public struct Counterexample: Sendable {
    public var values: [Term: Value]
    public var opened: [(name: String, variable: Term)]
  }

  /// Values of `variables`, and of the conclusion's leading `∀ x,` binders over ℕ, ℤ and `Prop`,
  /// under which every hypothesis (and every premise `A →` of the conclusion) is true and the rest
  /// of the conclusion false. Nil when none was found, when a term has a free variable outside
  /// `variables`, a variable is not of type ℕ, ℤ or `Prop`, or a term lies outside the evaluator
  /// (an unbounded quantifier, an uninterpreted function).
  public func counterexample(variables: [Term], hypotheses: [Term], conclusion: Term) -> Counterexample? {
    var variables = variables
    var hypotheses = hypotheses
    var conclusion = conclusion
    var opened: [(name: String, variable: Term)] = []
    while true {
      if let (quantifier, _) = conclusion.asQuantifier, case .forall(let type) = quantifier,
        [.nat, .int, .prop].contains(type)
      {
        let name = conclusion.binderName ?? "x"
        let fresh = Term.freshVariable(name, type, avoiding: variables + hypotheses + [conclusion])
        guard let body = try? conclusion.instantiateBinder(with: fresh) else { return nil }
        variables.append(fresh)
        opened.append((name, fresh))
        conclusion = body
      } else if let (connective, premise, rest) = conclusion.asBinaryOperation, connective == .implies {
        hypotheses.append(premise)
        conclusion = rest
      } else {
        break
      }
    }
    guard let values = search(variables: variables, hypotheses: hypotheses, conclusion: conclusion) else { return nil }
    return Counterexample(values: values, opened: opened)
  }

  /// An assignment of `variables` under which every hypothesis is true and the conclusion false;
  /// nil as for `counterexample`, whose binders this does not open.
  public func search(variables: [Term], hypotheses: [Term], conclusion: Term) -> [Term: Value]? {
    let terms = hypotheses + [conclusion]
    let known = Set(variables)
    guard terms.allSatisfy({ $0.freeVariables.allSatisfy(known.contains) }),
      variables.allSatisfy({ [.nat, .int, .prop].contains($0.type) })
    else { return nil }
    let used = variables.filter { variable in terms.contains { $0.hasFreeVariable(variable) } }
    let domains = Self.domains(for: used, limit: exhaustiveAssignments)
    var counters = Array(repeating: 0, count: used.count)
    while true {
      var values: [Term: Value] = [:]
      for (position, variable) in used.enumerated() { values[variable] = domains[position][counters[position]] }
      switch Self.verdict(hypotheses, conclusion, values) {
      case .counterexample: return values
      case .outsideEvaluator: return nil
      case .holds, .skipped: break
      }
      guard Self.advance(&counters, domains) else { break }
    }
    var generator = SplitMix(state: seed)
    return InstanceGenerator(smallMagnitude: 40, largeMagnitude: 100_000, largePercent: 20).counterexample(
      hypotheses: hypotheses, conclusion: conclusion, instances: randomAssignments, using: &generator)
  }

  enum Verdict {
    case holds, counterexample, skipped, outsideEvaluator
  }

  static func verdict(_ hypotheses: [Term], _ conclusion: Term, _ values: [Term: Value]) -> Verdict {
    let evaluator = Evaluator(assignment: values, maximumQuantifierBound: 64, maximumInstances: 4096)
    do throws(EvaluationError) {
      for hypothesis in hypotheses where try !evaluator.truth(hypothesis) { return .holds }
      return try evaluator.truth(conclusion) ? .holds : .counterexample
    } catch {
      return error.kind == .budgetExceeded ? .skipped : .outsideEvaluator
    }
  }

  /// The values each variable takes in the exhaustive phase: the widest boxes (at most 0…8 for ℕ
  /// and −8…8 for ℤ) whose product stays within `limit`.
  static func domains(for variables: [Term], limit: Int) -> [[Value]] {
    func values(_ variable: Term, _ width: Int) -> [Value] {
      switch variable.type {
      case .prop: return [.truth(false), .truth(true)]
      case .int: return (0..<min(width * 2 - 1, 17)).map { .int(BigInt($0 % 2 == 0 ? -$0 / 2 : ($0 + 1) / 2)) }
      default: return (0..<min(width, 9)).map { .nat(BigInt($0)) }
      }
    }
    var width = 1
    while width < 9 {
      let product = variables.reduce(1.0) { $0 * Double(values($1, width + 1).count) }
      guard product <= Double(limit) else { break }
      width += 1
    }
    return variables.map { values($0, width) }
  }

  /// The next assignment in odometer order; false after the last.
  static func advance(_ counters: inout [Int], _ domains: [[Value]]) -> Bool {
    for position in counters.indices.reversed() {
      counters[position] += 1
      if counters[position] < domains[position].count { return true }
      counters[position] = 0
    }
    return false
  }

  /// A small deterministic generator (SplitMix64) for the random phase.
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
      state &+= 0x9e37_79b9_7f4a_7c15
      var z = state
      z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
      z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
      return z ^ (z >> 31)
    }
  }
}
