import Kernel

/// Mathlib's default `linarith` preprocessing (`Linarith/Preprocessing.lean`), in its order:
/// keep comparisons and negated comparisons (`filterComparisons`), flip negations
/// (`removeNegations`), move ℕ facts to ℤ with `push_cast`'s rules and add `0 ≤ ↑x` for every cast
/// atom `↑x` reached through `+ * -` and negation (`natToInt`), turn `a < b` over ℤ into
/// `a + 1 ≤ b` (`strengthenStrictInt`), and move everything to `t R 0` (`compWithZero`).
struct LinarithPreprocessor {
  let tactic: String
  var parser: PolynomialParser

  init(tactic: String) {
    self.tactic = tactic
    parser = PolynomialParser(tactic: tactic, evaluatesClosedTerms: false, normalizesInsideAtoms: false)
  }

  /// A comparison `lhs R rhs` over ℤ before it is moved to `t R 0`.
  struct RawComparison {
    var lhs: Term
    var relation: Comparison.Relation
    var rhs: Term
    var origins: Set<Int>
  }

  /// The comparison stated by `proposition` (after unfolding `≥`, `>` and flipping `¬ ≤`, `¬ <`),
  /// over ℕ or ℤ; nil for anything else.
  /// A double negation is not a comparison (Mathlib's `filterComparisons` drops it).
  static func comparison(_ proposition: Term) -> (lhs: Term, relation: Comparison.Relation, rhs: Term)? {
    if let negated = proposition.negatedProposition {
      guard negated.negatedProposition == nil, let (lhs, relation, rhs) = comparison(negated) else { return nil }
      switch relation {
      case .lessThan: return (rhs, .lessOrEqual, lhs)
      case .lessOrEqual: return (rhs, .lessThan, lhs)
      case .equal: return nil
      }
    }
    guard let (constant, lhs, rhs) = proposition.asBinaryOperation, lhs.type == .nat || lhs.type == .int else {
      return nil
    }
    switch constant {
    case .equal: return (lhs, .equal, rhs)
    case .natLe, .intLe: return (lhs, .lessOrEqual, rhs)
    case .natLt, .intLt: return (lhs, .lessThan, rhs)
    case .natGe, .intGe: return (rhs, .lessOrEqual, lhs)
    case .natGt, .intGt: return (rhs, .lessThan, lhs)
    default: return nil
    }
  }

  /// Preprocesses the facts; `facts[i]` has origins `origins[i]`.
  mutating func run(_ facts: [(proposition: Term, origins: Set<Int>)]) throws(DecisionFailure) -> [Comparison] {
    var raw: [RawComparison] = []
    for (proposition, origins) in facts {
      guard let (lhs, relation, rhs) = Self.comparison(proposition) else { continue }
      if lhs.type == .nat {
        raw.append(
          RawComparison(lhs: try castToInt(lhs), relation: relation, rhs: try castToInt(rhs), origins: origins))
      } else {
        raw.append(RawComparison(lhs: lhs, relation: relation, rhs: rhs, origins: origins))
      }
    }
    var casts: [Term] = []
    var seen: Set<Term> = []
    for comparison in raw {
      Self.collectCasts(comparison.lhs, into: &casts, seen: &seen)
      Self.collectCasts(comparison.rhs, into: &casts, seen: &seen)
    }
    let nonnegative = casts.map { RawComparison(lhs: Term.intLiteral(0), relation: .lessOrEqual, rhs: $0, origins: []) }
    var result: [Comparison] = []
    for var comparison in nonnegative + raw {
      if comparison.relation == .lessThan {
        comparison.lhs = try build { () throws(KernelError) in try Term.add(comparison.lhs, Term.intLiteral(1)) }
        comparison.relation = .lessOrEqual
      }
      result.append(try withZero(comparison))
    }
    return result
  }

  /// `lhs - rhs R 0`, with its polynomial.
  mutating func withZero(_ comparison: RawComparison) throws(DecisionFailure) -> Comparison {
    let term = try build { () throws(KernelError) in try Term.subtract(comparison.lhs, comparison.rhs) }
    let polynomial = try parser.parse(comparison.lhs) - parser.parse(comparison.rhs)
    return Comparison(term: term, relation: comparison.relation, polynomial: polynomial, origins: comparison.origins)
  }

  /// `↑t` with the cast pushed through numerals, `+`, `*`, `^`, `succ`, `/`, `%`, `min` and `max`
  /// (`Nat.cast_ofNat`, `Nat.cast_add`, `Nat.cast_mul`, `Nat.cast_pow`, `Nat.cast_succ`,
  /// `Int.natCast_div`, `Int.natCast_emod`, `Nat.cast_min`, `Nat.cast_max`); other ℕ terms stay
  /// under the cast.
  func castToInt(_ term: Term) throws(DecisionFailure) -> Term {
    try build { () throws(KernelError) in try cast(term) }
  }

  private func cast(_ term: Term) throws(KernelError) -> Term {
    if let value = term.natLiteralValue { return Term.intLiteral(value) }
    if let (constant, lhs, rhs) = term.asBinaryOperation {
      switch constant {
      case .natAdd: return try Term.add(cast(lhs), cast(rhs))
      case .natMul: return try Term.multiply(cast(lhs), cast(rhs))
      case .natPow: return try Term.power(cast(lhs), rhs)
      case .natDiv: return try Term.divide(cast(lhs), cast(rhs))
      case .natMod: return try Term.modulo(cast(lhs), cast(rhs))
      case .natMin: return try Term.minimum(cast(lhs), cast(rhs))
      case .natMax: return try Term.maximum(cast(lhs), cast(rhs))
      default: break
      }
    } else if let (constant, operand) = term.asUnaryOperation, constant == .natSucc {
      return try Term.add(cast(operand), Term.intLiteral(1))
    }
    return try Term.natCast(term)
  }

  /// Mathlib's `getNatComparisons`: the casts `↑x` reached through `+`, `*`, `-` and negation.
  /// `↑(Int.natAbs a)` is `|a|` after `push_cast` (`Int.natCast_natAbs`), not a cast.
  static func collectCasts(_ term: Term, into casts: inout [Term], seen: inout Set<Term>) {
    if let (constant, operand) = term.asUnaryOperation {
      switch constant {
      case .intOfNat:
        if operand.asUnaryOperation?.constant == .intNatAbs { return }
        if seen.insert(term).inserted { casts.append(term) }
      case .intNeg: collectCasts(operand, into: &casts, seen: &seen)
      default: break
      }
      return
    }
    if let (constant, lhs, rhs) = term.asBinaryOperation {
      switch constant {
      case .intAdd, .intMul, .intSub:
        collectCasts(lhs, into: &casts, seen: &seen)
        collectCasts(rhs, into: &casts, seen: &seen)
      default: break
      }
    }
  }

  private func build(_ body: () throws(KernelError) -> Term) throws(DecisionFailure) -> Term {
    do {
      return try body()
    } catch {
      throw DecisionFailure.kernel(tactic, error, goal: nil)
    }
  }
}
