import Kernel

/// Mathlib's `linarith`: the hypotheses, the hint facts and the negated goal as linear
/// (in)equalities over ℚ with nonlinear monomials as atoms, after Mathlib's preprocessing
/// (`LinarithPreprocessor`), refuted by a Positivstellensatz certificate that the simplex method
/// finds and that is re-checked exactly before the theorem is made.
public enum Linarith {
  /// `hypotheses', hints' ⊢ target`, where the primed lists are the facts the certificate uses.
  /// The hints are propositions proved elsewhere (`linarith [h₁, h₂]`); like the hypotheses, they
  /// become premises of the returned sequent when used.
  public static func prove(
    hypotheses: [Term], target: Term, hints: [Term] = [], configuration: LinarithConfiguration = .init()
  ) throws(DecisionFailure) -> Theorem {
    try LinarithRun(tactic: "linarith", configuration: configuration, products: false)
      .prove(facts: hypotheses + hints, target: target)
  }
}

/// One run of `linarith` or `nlinarith` (which adds Mathlib's `nlinarithExtras`).
struct LinarithRun {
  let tactic: String
  let configuration: LinarithConfiguration
  let products: Bool

  func prove(facts: [Term], target: Term) throws(DecisionFailure) -> Theorem {
    var inputs: [(proposition: Term, origin: Int)] = []
    for (index, fact) in facts.enumerated() {
      let parts = configuration.splitHypotheses ? Self.conjuncts(fact) : [fact]
      inputs += parts.map { ($0, index) }
    }
    var used: Set<Int> = []
    for negatedGoal in try negatedGoals(target) {
      used.formUnion(try refute(inputs, negatedGoal: negatedGoal, target: target))
    }
    var premises: [Term] = []
    for index in used.sorted() where !premises.contains(facts[index]) { premises.append(facts[index]) }
    do {
      return try Theorem.oracle(products ? .nlinarith : .linarith, conclusion: target, hypotheses: premises)
    } catch {
      throw DecisionFailure.kernel(tactic, error, goal: target)
    }
  }

  private static func conjuncts(_ proposition: Term) -> [Term] {
    if let (lhs, rhs) = proposition.operands(of: .and) { return conjuncts(lhs) + conjuncts(rhs) }
    return [proposition]
  }

  /// The facts that refute the goal, one list per `linarith` run: two for an equality (Mathlib's
  /// `eq_of_not_lt_of_not_gt`), one for any other comparison or negated comparison, and one
  /// empty list for `False` or, with `exfalso`, any other goal.
  private func negatedGoals(_ target: Term) throws(DecisionFailure) -> [[Term]] {
    do {
      if let (lhs, rhs) = target.asEquation, lhs.type == .nat || lhs.type == .int {
        return [[try Term.lessThan(lhs, rhs)], [try Term.lessThan(rhs, lhs)]]
      }
      if let (lhs, rhs) = target.operands(of: .notEqual(.nat)) ?? target.operands(of: .notEqual(.int)) {
        return [[try Term.equal(lhs, rhs)]]
      }
      if let negated = target.negatedProposition, negated.negatedProposition == nil,
        LinarithPreprocessor.comparison(negated) != nil
      {
        return [[negated]]
      }
      if let (lhs, relation, rhs) = LinarithPreprocessor.comparison(target) {
        switch relation {
        case .lessThan: return [[try Term.lessOrEqual(rhs, lhs)]]
        case .lessOrEqual: return [[try Term.lessThan(rhs, lhs)]]
        case .equal: break
        }
      }
    } catch {
      throw DecisionFailure.kernel(tactic, error, goal: target)
    }
    if target.constantValue == .false || configuration.exfalso { return [[]] }
    throw DecisionFailure(
      tactic: tactic, reason: .unsupported, message: "\(tactic) failed: the goal is not a comparison", goal: target)
  }

  /// The origins of the `facts` used by a certificate refuting `facts + negatedGoal`.
  private func refute(
    _ facts: [(proposition: Term, origin: Int)], negatedGoal: [Term], target: Term
  ) throws(DecisionFailure) -> Set<Int> {
    var preprocessor = LinarithPreprocessor(tactic: tactic)
    let labelled = facts.map { ($0.proposition, Set([$0.origin])) } + negatedGoal.map { ($0, Set<Int>()) }
    var comparisons = try preprocessor.run(labelled)
    if products { comparisons = try NlinarithExtras.extend(comparisons, preprocessor: &preprocessor) }
    let oneIsPositive = Comparison(
      term: Term.intLiteral(-1), relation: .lessThan, polynomial: .constant(-1), origins: [])
    comparisons.insert(oneIsPositive, at: 0)
    var columns: [[Monomial: BigInt]] = []
    var strict: [Bool] = []
    var owners: [Int] = []
    for (index, comparison) in comparisons.enumerated() {
      columns.append(comparison.polynomial.coefficients)
      strict.append(comparison.relation == .lessThan)
      owners.append(index)
      if comparison.relation == .equal {
        columns.append((-comparison.polynomial).coefficients)
        strict.append(false)
        owners.append(index)
      }
    }
    var simplex = SimplexCertificate(columns: columns, strict: strict)
    simplex.maximumPivots = configuration.maximumPivots
    switch simplex.solve() {
    case .budgetExceeded:
      throw DecisionFailure(
        tactic: tactic, reason: .budgetExceeded,
        message: "\(tactic) failed to find a contradiction: the simplex search exceeded its pivot budget",
        goal: target)
    case .noCertificate:
      throw DecisionFailure(
        tactic: tactic, reason: .failed, message: "\(tactic) failed to find a contradiction", goal: target)
    case .certificate(let multipliers):
      return try check(multipliers, columns: columns, strict: strict, owners: owners, comparisons, target: target)
    }
  }

  /// Re-checks a certificate exactly: integer multipliers, non-negative, positive on some strict
  /// fact, and a combination that is identically zero. Returns the input facts it uses.
  private func check(
    _ multipliers: [Rational], columns: [[Monomial: BigInt]], strict: [Bool], owners: [Int],
    _ comparisons: [Comparison], target: Term
  ) throws(DecisionFailure) -> Set<Int> {
    var denominator = BigInt(1)
    for multiplier in multipliers where !multiplier.isZero {
      denominator = denominator * multiplier.denominator.ediv(denominator.gcd(multiplier.denominator))
    }
    var sum = Polynomial.zero
    var strictUsed = false
    var used: Set<Int> = []
    for (index, multiplier) in multipliers.enumerated() where !multiplier.isZero {
      let scale = multiplier.numerator * denominator.ediv(multiplier.denominator)
      guard !scale.isNegative else { throw invalid(target) }
      sum = sum + Polynomial(coefficients: columns[index]).scaled(by: scale)
      if strict[index] { strictUsed = true }
      used.formUnion(comparisons[owners[index]].origins)
    }
    guard sum.isZero, strictUsed else { throw invalid(target) }
    return used
  }

  private func invalid(_ target: Term) -> DecisionFailure {
    DecisionFailure(
      tactic: tactic, reason: .failed, message: "\(tactic) failed: the certificate did not check", goal: target)
  }
}
