import Kernel

/// Mathlib's `nlinarithExtras` preprocessing: for every subterm `a ^ 2` or `a * a` of the facts,
/// the fact `0 ≤ a ^ 2` (or `0 ≤ a * a`); then, for every pair of facts `t₁ R₁ 0`, `t₂ R₂ 0`
/// (a fact paired with itself included), the product fact `0 R t₁ * t₂`.
enum NlinarithExtras {
  static func extend(
    _ comparisons: [Comparison], preprocessor: inout LinarithPreprocessor
  ) throws(DecisionFailure) -> [Comparison] {
    var squares: [Term] = []
    var seen: Set<Term> = []
    for comparison in comparisons { findSquares(comparison.term, into: &squares, seen: &seen) }
    var squareFacts: [Comparison] = []
    for square in squares {
      squareFacts.append(
        try preprocessor.withZero(
          LinarithPreprocessor.RawComparison(
            lhs: Term.intLiteral(0), relation: .lessOrEqual, rhs: square, origins: [])))
    }
    let all = squareFacts + comparisons
    var products: [Comparison] = []
    for i in all.indices {
      for j in i..<all.count {
        let a = all[i]
        let b = all[j]
        let relation = Comparison.productRelation(a.relation, b.relation)
        let term: Term
        do {
          term = try Term.negate(Term.multiply(a.term, b.term))
        } catch {
          throw DecisionFailure.kernel(preprocessor.tactic, error, goal: nil)
        }
        products.append(
          Comparison(
            term: term, relation: relation, polynomial: -(a.polynomial * b.polynomial),
            origins: a.origins.union(b.origins)))
      }
    }
    return all + products
  }

  /// The terms `a ^ 2` and `a * a` occurring in `term`, outermost first.
  static func findSquares(_ term: Term, into squares: inout [Term], seen: inout Set<Term>) {
    if let (constant, lhs, rhs) = term.asBinaryOperation {
      let isSquare =
        (constant == .intPow && rhs.natLiteralValue == 2) || (constant == .intMul && lhs == rhs)
      if isSquare {
        findSquares(lhs, into: &squares, seen: &seen)
        if seen.insert(term).inserted { squares.append(term) }
        return
      }
    }
    for argument in term.applicationSpine.arguments { findSquares(argument, into: &squares, seen: &seen) }
  }
}
