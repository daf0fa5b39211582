import Foundation
import LeanSyntax

extension GoalShapePolicy {
  /// The most values one `interval_cases` may enumerate.
  static let largestCaseCount = 1_000
  /// The most value pairs two nested `interval_cases` may enumerate.
  static let largestCasePairs = 6_000
  /// The most values `interval_cases x <;> simp_all <;> omega` may enumerate.
  static let largestSimpCaseCount = 100
  /// How many of the smallest candidate bounds are stated per variable (besides each hypothesis's
  /// largest literal).
  static let boundCandidates = 4

  /// Finite case analysis, as a human proves `3 * b ^ 2 + 2 * b + 1 = 57 → b = 4`: a variable with a
  /// literal lower and upper bound among the hypotheses (`0 ≤ n` is free on ℕ) is enumerated by
  /// `interval_cases`, every case closed by `omega` or `simp_all`; two bounded variables are
  /// enumerated together when there are few pairs. Mathlib only.
  func intervalCases(_ shape: GoalShape, context: PolicyContext, into proposals: inout Proposals) {
    guard context.importsMathlib else { return }
    let ranges = Self.boundedVariables(shape)
    for (variable, count) in ranges where count <= Self.largestCaseCount {
      let head = "interval_cases \(variable) <;> "
      proposals.add(head + "omega", 1.0 / (1 + Double(count) / 2_000), family: "interval_cases")
      if count <= Self.largestSimpCaseCount {
        proposals.add(head + "simp_all <;> omega", 0.4, family: "interval_cases")
      }
    }
    for (first, outer) in ranges.enumerated() {
      for inner in ranges.dropFirst(first + 1) where outer.count * inner.count <= Self.largestCasePairs {
        let tactic = "interval_cases \(outer.variable) <;> interval_cases \(inner.variable) <;> omega"
        proposals.add(tactic, 0.8, family: "interval_cases")
      }
    }
  }

  /// Bound-finding steps for the variables of a nonlinear hypothesis that `interval_cases` cannot
  /// enumerate yet: `have hx : x ≤ N := by nlinarith` (and `N ≤ x` for ℤ) for a few N read off the
  /// hypothesis's literals (the literal, its square and cube roots, its quotients by the other
  /// literals), smallest first; and `rcases Nat.eq_zero_or_pos x` for a ℕ factor of a product
  /// that a hypothesis equates to a literal. Mathlib only.
  func boundSteps(_ shape: GoalShape, context: PolicyContext, into proposals: inout Proposals) {
    guard context.importsMathlib else { return }
    let nonlinear = shape.facts.compactMap(\.term).filter { Self.isRelation($0) && Self.isNonlinear($0) }
    guard !nonlinear.isEmpty else { return }
    for variable in shape.naturals + shape.integers {
      let mentioning = nonlinear.filter { GoalShape.freeIdentifiers($0).contains(variable) }
      guard !mentioning.isEmpty else { continue }
      let bounds = Self.literalBounds(of: variable, in: shape)
      let isNatural = shape.naturals.contains(variable)
      let candidates = Self.candidateBounds(from: mentioning, limit: Self.boundCandidates)
      let name = shape.freshName("h" + variable)
      if bounds.upper == nil {
        for (rank, bound) in candidates.enumerated() {
          proposals.add(
            "have \(name) : \(variable) ≤ \(bound) := by nlinarith", 0.45 / (1 + 0.3 * Double(rank)), family: "bound")
        }
      }
      if !isNatural, bounds.lower == nil {
        proposals.add("have \(name) : 0 ≤ \(variable) := by nlinarith", 0.35, family: "bound")
        for (rank, bound) in candidates.prefix(2).enumerated() {
          proposals.add(
            "have \(name) : -\(bound) ≤ \(variable) := by nlinarith", 0.3 / (1 + 0.3 * Double(rank)), family: "bound")
        }
      }
      if isNatural, (bounds.lower ?? 0) < 1, mentioning.contains(where: { Self.hasProductFactor(variable, $0) }) {
        proposals.add("rcases Nat.eq_zero_or_pos \(variable) with \(name) | \(name)", 0.35, family: "zero-or-pos")
      }
    }
  }

  /// The variables (of the target or of a hypothesis) with a literal lower and upper bound among
  /// the hypotheses, and how many values lie between, in context order.
  static func boundedVariables(_ shape: GoalShape) -> [(variable: String, count: Int)] {
    var mentioned: Set<String> = shape.target.map(GoalShape.freeIdentifiers) ?? []
    for fact in shape.facts { if let term = fact.term { mentioned.formUnion(GoalShape.freeIdentifiers(term)) } }
    var result: [(variable: String, count: Int)] = []
    for variable in shape.naturals + shape.integers where mentioned.contains(variable) {
      let bounds = literalBounds(of: variable, in: shape)
      let lower = bounds.lower ?? (shape.naturals.contains(variable) ? 0 : nil)
      guard let lower, let upper = bounds.upper, upper >= lower else { continue }
      result.append((variable, upper - lower + 1))
    }
    return result
  }

  /// The best literal bounds on a variable that single hypotheses state (`x ≤ 9`, `3 < x`, `x ≥ -2`,
  /// …), as `interval_cases` reads them; conjunctions are not bounds.
  static func literalBounds(of variable: String, in shape: GoalShape) -> (lower: Int?, upper: Int?) {
    var lower: Int?
    var upper: Int?
    for fact in shape.facts {
      guard case .binary(let relation, let left, let right)? = fact.term?.kind else { continue }
      let isLeft: Bool
      let literal: Int
      if case .identifier(variable) = left.kind, let value = integerLiteral(right) {
        (isLeft, literal) = (true, value)
      } else if case .identifier(variable) = right.kind, let value = integerLiteral(left) {
        (isLeft, literal) = (false, value)
      } else {
        continue
      }
      var newLower: Int?
      var newUpper: Int?
      switch (relation, isLeft) {
      case (.lessEqual, true), (.greaterEqual, false): newUpper = literal
      case (.less, true), (.greater, false): newUpper = literal - 1
      case (.greaterEqual, true), (.lessEqual, false): newLower = literal
      case (.greater, true), (.less, false): newLower = literal + 1
      default: continue
      }
      if let newLower { lower = max(lower ?? newLower, newLower) }
      if let newUpper { upper = min(upper ?? newUpper, newUpper) }
    }
    return (lower, upper)
  }

  /// The value of `7`, `-7`, `(7)` or `(7 : ℤ)`, when it fits comfortably in an `Int`.
  static func integerLiteral(_ term: Term) -> Int? {
    switch term.kind {
    case .natural(let text): return text.count <= 12 ? Int(text) : nil
    case .negation(let inner): return integerLiteral(inner).map { -$0 }
    case .ascription(let inner, _): return integerLiteral(inner)
    default: return nil
    }
  }

  /// Candidate bounds from the literals of one hypothesis: its largest literal m (the constant of
  /// `… = m`, say), ⌊√m⌋, ⌊∛m⌋, and m / k and ⌊√(m / k)⌋ for its other literals k, at least 1,
  /// ascending, distinct.
  static func candidateBounds(_ literals: [Int]) -> [Int] {
    let values = literals.filter { (2...1_000_000_000_000).contains($0) }
    guard let largest = values.max() else { return [] }
    var result: Set<Int> = [largest, integerRoot(largest, 2), integerRoot(largest, 3)]
    for divisor in values where divisor < largest {
      result.formUnion([largest / divisor, integerRoot(largest / divisor, 2)])
    }
    return result.filter { $0 >= 1 }.sorted()
  }

  /// The candidate bounds of a variable from the hypotheses that mention it: the `limit` smallest
  /// and, as the bounds most likely to hold, each hypothesis's largest literal; ascending, distinct.
  static func candidateBounds(from terms: [Term], limit: Int) -> [Int] {
    var all: Set<Int> = []
    var largest: Set<Int> = []
    for term in terms {
      var numerals: [String] = []
      GoalShape.collectNumerals(term, into: &numerals)
      let candidates = candidateBounds(numerals.compactMap { Int($0) })
      all.formUnion(candidates)
      if let last = candidates.last { largest.insert(last) }
    }
    return Set(all.sorted().prefix(limit)).union(largest).sorted()
  }

  /// ⌊value^(1/degree)⌋ for a value from 0 to 10¹².
  static func integerRoot(_ value: Int, _ degree: Int) -> Int {
    var root = Int(pow(Double(value), 1 / Double(degree)))
    while power(root + 1, degree) <= value { root += 1 }
    while root > 0, power(root, degree) > value { root -= 1 }
    return root
  }

  static func power(_ base: Int, _ exponent: Int) -> Int {
    (0..<exponent).reduce(1) { product, _ in product * base }
  }

  /// Whether a term is an equation or an order relation.
  static func isRelation(_ term: Term) -> Bool {
    guard case .binary(let relation, _, _) = term.kind else { return false }
    return [.equal, .less, .lessEqual, .greater, .greaterEqual].contains(relation)
  }

  /// Whether a term multiplies two terms with variables or raises one to a power.
  static func isNonlinear(_ term: Term) -> Bool {
    var stack = [term]
    while let current = stack.popLast() {
      switch current.kind {
      case .binary(.multiply, let left, let right):
        if !GoalShape.freeIdentifiers(left).isEmpty && !GoalShape.freeIdentifiers(right).isEmpty { return true }
      case .binary(.power, let base, _):
        if !GoalShape.freeIdentifiers(base).isEmpty { return true }
      default:
        break
      }
      stack += GoalShape.children(of: current)
    }
    return false
  }

  /// Whether the variable is a direct factor of a product of two non-literal terms in the term.
  static func hasProductFactor(_ variable: String, _ term: Term) -> Bool {
    var stack = [term]
    while let current = stack.popLast() {
      if case .binary(.multiply, let left, let right) = current.kind,
        !GoalShape.freeIdentifiers(left).isEmpty, !GoalShape.freeIdentifiers(right).isEmpty
      {
        for side in [left, right] {
          if case .identifier(variable) = side.kind { return true }
        }
      }
      stack += GoalShape.children(of: current)
    }
    return false
  }
}
