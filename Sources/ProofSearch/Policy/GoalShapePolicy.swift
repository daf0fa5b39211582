import LeanSyntax
import ProverCore

/// The built-in policy: reads the shape of the first goal and its context and proposes the tactics
/// a Lean user would try: introductions and case splits on binders and connectives, `constructor`,
/// `exists` with witnesses from literals and the context, the decision procedures, induction on
/// each natural-number variable, rewrites with hypotheses, and `rw`/`apply` with retrieved
/// premises. Mathlib tactics are proposed only when the file imports Mathlib. Priors are base
/// weights times the family's `TacticStatistics` multiplier, normalised to sum to one.
public struct GoalShapePolicy: TacticPolicy {
  /// How many retrieved premises become `rw`/`apply` candidates.
  public var premiseLimit: Int

  public init(premiseLimit: Int = 4) {
    self.premiseLimit = premiseLimit
  }

  public func tactics(for goals: [Goal], context: PolicyContext) -> [ScoredTactic] {
    guard let goal = goals.first else { return [] }
    let shape = GoalShape(goal)
    var proposals = Proposals()
    closers(shape, context: context, into: &proposals)
    introductions(shape, into: &proposals)
    eliminations(shape, into: &proposals)
    for fact in shape.facts { residueCases(fact, shape, context: context, into: &proposals) }
    residueSplits(shape, into: &proposals)
    residueRewrites(shape, context: context, into: &proposals)
    intervalCases(shape, context: context, into: &proposals)
    boundSteps(shape, context: context, into: &proposals)
    witnesses(shape, into: &proposals)
    rewrites(shape, context: context, into: &proposals)
    inductions(shape, into: &proposals)
    var scored = proposals.items.map { item in
      ScoredTactic(
        item.tactic, prior: item.weight * context.statistics.multiplier(for: item.family), family: item.family)
    }
    let total = scored.reduce(0) { $0 + $1.prior }
    if total > 0 { for index in scored.indices { scored[index].prior /= total } }
    return scored.enumerated().sorted {
      $0.element.prior != $1.element.prior ? $0.element.prior > $1.element.prior : $0.offset < $1.offset
    }.map(\.element)
  }

  /// Candidate tactics collected in order, without duplicates.
  struct Proposals {
    var items: [(tactic: String, weight: Double, family: String)] = []
    var seen: Set<String> = []

    mutating func add(_ tactic: String, _ weight: Double, family: String) {
      guard seen.insert(tactic).inserted else { return }
      items.append((tactic, weight, family))
    }
  }

  func closers(_ shape: GoalShape, context: PolicyContext, into proposals: inout Proposals) {
    for fact in shape.facts where fact.type == shape.goal.target {
      proposals.add("exact \(fact.name)", 2.0, family: "exact-hypothesis")
    }
    proposals.add("omega", 1.0, family: "omega")
    if shape.targetIsClosed || shape.naturals.isEmpty && shape.integers.isEmpty && shape.facts.isEmpty {
      proposals.add("decide", 0.8, family: "decide")
    }
    if case .binary(.equal, _, _)? = shape.target?.kind { proposals.add("rfl", 0.5, family: "rfl") }
    proposals.add("simp", 0.45, family: "simp")
    if shape.goal.target == "True" { proposals.add("trivial", 0.9, family: "trivial") }
    if !shape.facts.isEmpty {
      proposals.add("assumption", 0.3, family: "assumption")
      proposals.add("contradiction", 0.2, family: "contradiction")
      proposals.add("simp_all", 0.3, family: "simp_all")
    }
    guard context.importsMathlib else { return }
    proposals.add("norm_num", 0.8, family: "norm_num")
    proposals.add("linarith", 0.7, family: "linarith")
    if case .binary(.equal, _, _)? = shape.target?.kind { proposals.add("ring", 0.5, family: "ring") }
    if shape.goal.target.contains("^") || shape.goal.target.contains("*") {
      proposals.add("ring_nf", 0.3, family: "ring_nf")
    }
    let variables = shape.naturals + shape.integers
    var hints: [String] = []
    for (first, a) in variables.prefix(3).enumerated() {
      for b in variables.prefix(3).dropFirst(first + 1) { hints.append("sq_nonneg (\(a) - \(b))") }
    }
    let positives = shape.facts.filter { fact in
      if case .binary(.less, let left, _)? = fact.term?.kind, case .natural("0") = left.kind { return true }
      return false
    }.map(\.name)
    for (first, a) in positives.prefix(3).enumerated() {
      for b in positives.prefix(3).dropFirst(first + 1) { hints.append("mul_pos \(a) \(b)") }
    }
    proposals.add("nlinarith", 0.3, family: "nlinarith")
    if !hints.isEmpty { proposals.add("nlinarith [\(hints.joined(separator: ", "))]", 0.35, family: "nlinarith") }
    proposals.add("positivity", 0.2, family: "positivity")
  }

  func introductions(_ shape: GoalShape, into proposals: inout Proposals) {
    guard let target = shape.target else { return }
    switch target.kind {
    case .forall(let binders, _):
      var taken: Set<String> = []
      var names: [String] = []
      for name in binders.flatMap(\.names) {
        let fresh = shape.freshName(name == "_" ? "x" : name, avoiding: taken)
        taken.insert(fresh)
        names.append(fresh)
      }
      proposals.add("intro \(names.joined(separator: " "))", 1.2, family: "intro")
    case .bounded(.forall, let variable, _, _, _):
      let name = shape.freshName(variable)
      proposals.add("intro \(name) \(shape.freshName("h", avoiding: [name]))", 1.2, family: "intro")
    case .binary(.implies, _, _), .not:
      proposals.add("intro \(shape.freshName("h"))", 1.2, family: "intro")
    case .binary(.and, _, _), .binary(.iff, _, _):
      proposals.add("constructor", 1.1, family: "constructor")
    case .binary(.or, _, _):
      proposals.add("left", 0.5, family: "left")
      proposals.add("right", 0.5, family: "right")
    default:
      break
    }
  }

  func eliminations(_ shape: GoalShape, into proposals: inout Proposals) {
    var taken: Set<String> = []
    for fact in shape.facts {
      guard let term = fact.term else { continue }
      switch term.kind {
      case .binary(.and, _, _):
        let left = shape.freshName(fact.name + "₁", avoiding: taken)
        let right = shape.freshName(fact.name + "₂", avoiding: taken.union([left]))
        taken.formUnion([left, right])
        proposals.add("obtain ⟨\(left), \(right)⟩ := \(fact.name)", 1.0, family: "obtain")
      case .binary(.or, _, _):
        let left = shape.freshName(fact.name + "₁", avoiding: taken)
        let right = shape.freshName(fact.name + "₂", avoiding: taken.union([left]))
        proposals.add("rcases \(fact.name) with \(left) | \(right)", 0.9, family: "rcases")
      case .exists(let binders, _):
        guard let variable = binders.first?.names.first else { continue }
        let name = shape.freshName(variable == "_" ? "w" : variable, avoiding: taken)
        let proof = shape.freshName("h" + name, avoiding: taken.union([name]))
        proposals.add("obtain ⟨\(name), \(proof)⟩ := \(fact.name)", 1.0, family: "obtain")
      case .bounded(.exists, let variable, _, _, _):
        let name = shape.freshName(variable, avoiding: taken)
        let proof = shape.freshName("h" + name, avoiding: taken.union([name]))
        proposals.add("obtain ⟨\(name), \(proof)⟩ := \(fact.name)", 1.0, family: "obtain")
      case .binary(.implies, let antecedent, _):
        if fact.type.hasSuffix(shape.goal.target) {
          proposals.add("apply \(fact.name)", 0.6, family: "apply-hypothesis")
        }
        if case .not(let inner) = antecedent.kind {
          let name = shape.freshName("h", avoiding: taken)
          proposals.add("by_cases \(name) : \(Printer.print(inner))", 0.3, family: "by_cases")
        }
      case .forall, .bounded(.forall, _, _, _, _):
        if fact.type.hasSuffix(shape.goal.target) {
          proposals.add("apply \(fact.name)", 0.6, family: "apply-hypothesis")
        }
      case .not:
        if shape.goal.target == "False" {
          proposals.add("apply \(fact.name)", 0.7, family: "apply-hypothesis")
        } else {
          proposals.add("exfalso", 0.15, family: "exfalso")
        }
      case .prop:
        let name = shape.freshName("h" + fact.name, avoiding: taken)
        proposals.add("by_cases \(name) : \(fact.name)", 0.15, family: "by_cases")
      default:
        break
      }
    }
  }

  func witnesses(_ shape: GoalShape, into proposals: inout Proposals) {
    guard let target = shape.target else { return }
    let isExists: Bool
    switch target.kind {
    case .exists, .bounded(.exists, _, _, _, _): isExists = true
    default: isExists = false
    }
    guard isExists else { return }
    var candidates: [String] = []
    var numerals = shape.numerals
    for fact in shape.facts {
      if let term = fact.term { GoalShape.collectNumerals(term, into: &numerals) }
    }
    for variable in shape.naturals + shape.integers {
      candidates.append(variable)
      for numeral in numerals where numeral != "0" && numeral != "1" { candidates.append("\(variable) / \(numeral)") }
      candidates.append("\(variable) + 1")
    }
    candidates += ["0", "1", "2"] + numerals
    let values = numerals.compactMap { Int($0) }.prefix(4)
    for a in values {
      for b in values where a != b {
        if b > a { candidates.append(String(b - a)) }
        if a != 0, b % a == 0 { candidates.append(String(b / a)) }
      }
    }
    let boundType = Self.boundType(of: target)
    if boundType == "Int" || boundType == "ℤ" || boundType == nil && shape.goal.target.contains("-") {
      candidates += ["-1", "-2", "-3", "-4", "-5"] + numerals.map { "-" + $0 }
    }
    var seen: Set<String> = []
    var rank = 0.0
    for witness in candidates where seen.insert(witness).inserted && seen.count <= 20 {
      proposals.add("exists \(witness)", 0.8 / (1 + 0.25 * rank), family: "exists")
      rank += 1
    }
  }

  /// The type written on the first binder of an `∃`, if any.
  static func boundType(of target: Term) -> String? {
    guard case .exists(let binders, _) = target.kind, let type = binders.first?.type else { return nil }
    return Printer.print(type)
  }

  func rewrites(_ shape: GoalShape, context: PolicyContext, into proposals: inout Proposals) {
    let target = shape.goal.target
    for fact in shape.facts {
      guard case .binary(.equal, let lhs, let rhs)? = fact.term?.kind else { continue }
      if target.contains(Printer.print(lhs)) { proposals.add("rw [\(fact.name)]", 0.35, family: "rw-hypothesis") }
      if target.contains(Printer.print(rhs)) { proposals.add("rw [← \(fact.name)]", 0.25, family: "rw-hypothesis") }
    }
    if target.contains("^ (") && target.contains("+ 1)") {
      proposals.add("rw [Nat.pow_succ]", 0.6, family: "rw-pattern")
    }
    if target.contains("+ 1) *") { proposals.add("rw [Nat.succ_mul]", 0.4, family: "rw-pattern") }
    if target.contains("* (") && target.contains("+ 1)") {
      proposals.add("rw [Nat.mul_succ]", 0.4, family: "rw-pattern")
    }
    let number = shape.integers.isEmpty ? "Nat" : "Int"
    if target.contains(") *") { proposals.add("rw [\(number).add_mul]", 0.35, family: "rw-pattern") }
    if target.contains("* (") { proposals.add("rw [\(number).mul_add]", 0.35, family: "rw-pattern") }
    transitivity(shape, number: number, into: &proposals)
    for premise in context.premises.retrieve(target, limit: premiseLimit) {
      proposals.add("rw [\(premise.name)]", 0.12, family: "rw-premise")
      proposals.add("apply \(premise.name)", 0.08, family: "apply-premise")
    }
    let facts = shape.facts.filter { $0.type != "Prop" }.map(\.name)
    if (1...3).contains(facts.count) {
      for premise in context.premises.retrieve(target, limit: 2) {
        proposals.add("exact \(premise.name) \(facts.joined(separator: " "))", 0.1, family: "exact-premise")
      }
    }
  }

  /// `apply Nat.dvd_trans h` (or `le_trans`) when a hypothesis `h : a R b` shares the left side
  /// of the target `a R c`: what is left is `b R c`.
  func transitivity(_ shape: GoalShape, number: String, into proposals: inout Proposals) {
    guard case .binary(let relation, let left, _)? = shape.target?.kind else { return }
    let lemma: String
    switch relation {
    case .divides: lemma = "\(number).dvd_trans"
    case .lessEqual: lemma = "\(number).le_trans"
    default: return
    }
    if relation == .divides,
      case .binary(.multiply, _, _)? = shape.target.flatMap({ term -> Term? in
        if case .binary(_, _, let right) = term.kind { return right }
        return nil
      })?.kind
    {
      proposals.add("apply \(number).dvd_mul_left", 0.3, family: "dvd-mul")
      proposals.add("apply \(number).dvd_mul_right", 0.3, family: "dvd-mul")
    }
    for fact in shape.facts {
      guard case .binary(relation, let factLeft, _)? = fact.term?.kind, factLeft == left else { continue }
      proposals.add("apply \(lemma) \(fact.name)", 0.3, family: "transitivity")
    }
  }

  func inductions(_ shape: GoalShape, into proposals: inout Proposals) {
    guard !shape.targetIsClosed else { return }
    for variable in shape.naturals {
      let hypothesis = shape.freshName("ih")
      proposals.add(
        "induction \(variable) with | zero => ?_ | succ \(variable) \(hypothesis) => ?_", 0.4, family: "induction")
      proposals.add("induction \(variable)", 0.3, family: "induction")
    }
  }
}
