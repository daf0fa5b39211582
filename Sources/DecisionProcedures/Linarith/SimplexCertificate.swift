import Kernel

/// Finds non-negative rational multipliers `λ` for a list of linear facts `tᵢ Rᵢ 0` (`R` one of
/// `<`, `≤`; equalities come as a pair of `≤`) with `Σ λᵢ tᵢ = 0` identically and `Σ λᵢ = 1` over
/// the strict facts: a Positivstellensatz certificate that the facts are contradictory. It runs
/// phase one of the simplex method with Bland's rule (which cannot cycle) on exact rationals; a
/// certificate exists exactly when the facts have no common solution over ℚ.
struct SimplexCertificate {
  /// The rows: each fact's coefficient on each linear variable (a monomial, the constant included).
  let columns: [[Monomial: BigInt]]
  let strict: [Bool]
  /// The largest number of pivots before giving up.
  var maximumPivots = 20_000
  /// The largest tableau (rows × columns) attempted.
  var maximumTableauEntries = 4_000_000

  enum Outcome {
    case certificate([Rational])
    case noCertificate
    case budgetExceeded
  }

  func solve() -> Outcome {
    var monomials: [Monomial: Int] = [:]
    for column in columns {
      for monomial in column.keys where monomials[monomial] == nil { monomials[monomial] = monomials.count }
    }
    let variableCount = columns.count
    let rowCount = monomials.count + 1
    let width = variableCount + rowCount
    guard rowCount * width <= maximumTableauEntries else { return .budgetExceeded }
    var tableau = [[Rational]](repeating: [Rational](repeating: .zero, count: width), count: rowCount)
    var rhs = [Rational](repeating: .zero, count: rowCount)
    for (index, column) in columns.enumerated() {
      for (monomial, coefficient) in column {
        tableau[monomials[monomial]!][index] = Rational(coefficient)
      }
      if strict[index] { tableau[rowCount - 1][index] = .one }
    }
    rhs[rowCount - 1] = .one
    var basis = [Int](repeating: 0, count: rowCount)
    for row in 0..<rowCount {
      tableau[row][variableCount + row] = .one
      basis[row] = variableCount + row
    }
    var cost = [Rational](repeating: .zero, count: width)
    var objective = Rational.zero
    for row in 0..<rowCount {
      for column in 0..<variableCount where !tableau[row][column].isZero {
        cost[column] = cost[column] - tableau[row][column]
      }
      objective = objective + rhs[row]
    }
    var pivots = 0
    while true {
      guard let entering = (0..<width).first(where: { cost[$0].isNegative }) else { break }
      var leaving: Int?
      var bestRatio = Rational.zero
      for row in 0..<rowCount where tableau[row][entering].isPositive {
        let ratio = rhs[row] / tableau[row][entering]
        if let current = leaving {
          if ratio < bestRatio || (ratio == bestRatio && basis[row] < basis[current]) {
            leaving = row
            bestRatio = ratio
          }
        } else {
          leaving = row
          bestRatio = ratio
        }
      }
      guard let pivotRow = leaving else { break }
      pivots += 1
      if pivots > maximumPivots || !TacticBudget.spend() { return .budgetExceeded }
      let pivot = tableau[pivotRow][entering]
      if pivot != .one {
        for column in 0..<width where !tableau[pivotRow][column].isZero {
          tableau[pivotRow][column] = tableau[pivotRow][column] / pivot
        }
        rhs[pivotRow] = rhs[pivotRow] / pivot
      }
      let pivotEntries = (0..<width).filter { !tableau[pivotRow][$0].isZero }
      for row in 0..<rowCount where row != pivotRow {
        let factor = tableau[row][entering]
        if factor.isZero { continue }
        for column in pivotEntries {
          tableau[row][column] = tableau[row][column] - factor * tableau[pivotRow][column]
        }
        rhs[row] = rhs[row] - factor * rhs[pivotRow]
      }
      let factor = cost[entering]
      for column in pivotEntries {
        cost[column] = cost[column] - factor * tableau[pivotRow][column]
      }
      objective = objective + factor * rhs[pivotRow]
      basis[pivotRow] = entering
    }
    guard objective.isZero else { return .noCertificate }
    var multipliers = [Rational](repeating: .zero, count: variableCount)
    for row in 0..<rowCount where basis[row] < variableCount {
      multipliers[basis[row]] = rhs[row]
    }
    return .certificate(multipliers)
  }
}
