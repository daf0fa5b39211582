/// The integer linear problem at the heart of `omega` (Lean's `Omega.Problem`, without proofs):
/// rows keyed by their coefficients, equalities solved as they arrive (exactly, with Pugh's
/// balanced-mod step for equalities without a unit coefficient), then Fourier–Motzkin
/// elimination with the real shadow only, tightening every derived row. There are no dark or grey
/// shadows, so it is incomplete exactly where Lean's is.
struct OmegaProblem: Sendable {
  /// The rows, in insertion order (deterministic iteration).
  private(set) var rows: [OmegaRow] = []
  /// Row positions by coefficients.
  private var positions: [[OmegaInteger]: Int] = [:]
  /// Equalities already used to eliminate a variable, oldest first: the row, the variable and its
  /// coefficient's sign (±1). Replayed on rows that arrive later.
  private var eliminations: [(row: OmegaRow, variable: Int, sign: OmegaInteger)] = []
  /// False once a contradiction is derived.
  private(set) var possible = true
  /// The number of rows built so far (the budget counter).
  private(set) var work = 0

  var isEmpty: Bool { rows.isEmpty }

  /// Adds `constant + coefficients · atoms ≥ 0` (or `= 0`) and solves the equalities.
  mutating func add(
    _ combo: OmegaLinearCombo, isEquality: Bool, atoms: inout OmegaAtoms, budget: Int
  ) throws(OmegaFailure) {
    guard possible else { return }
    let bound = try OmegaArithmetic.negate(combo.constant)
    var row = OmegaRow(
      coefficients: combo.coefficients,
      constraint: isEquality ? .exactly(bound) : OmegaConstraint(lower: bound, upper: nil))
    for elimination in eliminations {
      let value = OmegaCoefficients.coefficient(row.coefficients, elimination.variable)
      if value != 0 {
        let factor = try OmegaArithmetic.multiply(-elimination.sign, value)
        row = try elimination.row.combining(factor, row, 1)
      }
    }
    try addRow(row.tidied(), budget: budget)
    try solveEqualities(atoms: &atoms, budget: budget)
  }

  /// Inserts a tidy row, intersecting it with an existing row of the same coefficients.
  private mutating func addRow(_ row: OmegaRow, budget: Int) throws(OmegaFailure) {
    guard possible else { return }
    work += 1
    if work > budget {
      throw OmegaFailure(
        .budgetExceeded, "\(OmegaFailure.header)\nthe elimination built more constraints than its budget allows")
    }
    guard TacticBudget.spend() else { throw OmegaFailure(.budgetExceeded, TacticBudget.message) }
    if row.constraint.isImpossible {
      possible = false
      return
    }
    if let position = positions[row.coefficients] {
      let combined = rows[position].constraint.intersecting(row.constraint)
      rows[position].constraint = combined
      if combined.isImpossible { possible = false }
      return
    }
    if row.constraint.isTrivial { return }
    if row.coefficients.isEmpty { return }
    positions[row.coefficients] = rows.count
    rows.append(row)
  }

  /// Lean's `selectEquality`: the first equality with a unit coefficient, otherwise the one with
  /// the lexicographically least (smallest, largest) coefficient magnitude.
  private func selectEquality() -> (row: OmegaRow, minimum: OmegaInteger)? {
    var best: (row: OmegaRow, minimum: OmegaInteger)?
    for row in rows where row.constraint.isExact {
      let minimum = OmegaCoefficients.minimumMagnitude(row.coefficients)
      guard let current = best else {
        best = (row, minimum)
        continue
      }
      if current.minimum < 2 { break }
      if minimum < current.minimum
        || (minimum == current.minimum
          && OmegaCoefficients.maximumMagnitude(row.coefficients)
            < OmegaCoefficients.maximumMagnitude(current.row.coefficients))
      {
        best = (row, minimum)
      }
    }
    return best
  }

  /// Solves equalities until none is left or a contradiction appears.
  mutating func solveEqualities(atoms: inout OmegaAtoms, budget: Int) throws(OmegaFailure) {
    while possible, let (row, minimum) = selectEquality() {
      if minimum == 1 {
        try solveEasyEquality(row, budget: budget)
      } else {
        try dealWithHardEquality(row, minimum: minimum, atoms: &atoms, budget: budget)
      }
    }
  }

  /// Eliminates the variable of a unit coefficient from every row.
  private mutating func solveEasyEquality(_ equality: OmegaRow, budget: Int) throws(OmegaFailure) {
    let variable = equality.coefficients.firstIndex { $0 == 1 || $0 == -1 }!
    let sign = equality.coefficients[variable]
    var result = OmegaProblem()
    result.work = work
    result.eliminations = eliminations + [(equality, variable, sign)]
    for row in rows {
      let value = OmegaCoefficients.coefficient(row.coefficients, variable)
      if value == 0 {
        try result.addRow(row, budget: budget)
      } else {
        let factor = try OmegaArithmetic.multiply(-sign, value)
        try result.addRow(equality.combining(factor, row, 1).tidied(), budget: budget)
      }
      if !result.possible { break }
    }
    self = result
  }

  /// Pugh's step for an equality `Σ aᵢxᵢ = r` whose coefficients are all at least 2 in magnitude:
  /// with `m = min |aᵢ| + 1` and a new atom σ, `Σ bmod(aᵢ, m) xᵢ + m σ = bmod(r, m)` holds for an
  /// integer σ, and it has a unit coefficient; solving it shrinks the original coefficients.
  private mutating func dealWithHardEquality(
    _ equality: OmegaRow, minimum: OmegaInteger, atoms: inout OmegaAtoms, budget: Int
  ) throws(OmegaFailure) {
    let modulus = minimum + 1
    let value = equality.constraint.lower!
    let variable = atoms.addAuxiliary()
    var coefficients = equality.coefficients.map { OmegaArithmetic.balancedRemainder($0, modulus) }
    if coefficients.count <= variable {
      coefficients.append(contentsOf: [OmegaInteger](repeating: 0, count: variable + 1 - coefficients.count))
    }
    coefficients[variable] = modulus
    let row = OmegaRow(
      coefficients: coefficients, constraint: .exactly(OmegaArithmetic.balancedRemainder(value, modulus)))
    try addRow(row.tidied(), budget: budget)
  }

  /// Runs equality solving and Fourier–Motzkin elimination to the end; afterwards `possible` says
  /// whether the real shadow (with tightening) left the problem satisfiable.
  mutating func eliminate(atoms: inout OmegaAtoms, budget: Int) throws(OmegaFailure) {
    while possible {
      try solveEqualities(atoms: &atoms, budget: budget)
      guard possible, !rows.isEmpty else { return }
      try fourierMotzkin(budget: budget)
    }
  }

  /// One Fourier–Motzkin step on the variable Lean's `fourierMotzkinSelect` picks: one with no
  /// new rows if any, else an exact elimination (all lower or all upper coefficients ±1), the
  /// fewest new rows breaking ties. Every lower row is combined with every upper row.
  private mutating func fourierMotzkin(budget: Int) throws(OmegaFailure) {
    let count = rows.reduce(0) { Swift.max($0, $1.coefficients.count) }
    var best: OmegaEliminationData?
    for variable in 0..<count {
      var data = OmegaEliminationData(variable: variable)
      for (position, row) in rows.enumerated() {
        let value = OmegaCoefficients.coefficient(row.coefficients, variable)
        if value == 0 {
          data.irrelevant.append(position)
          continue
        }
        let hasLower = value > 0 ? row.constraint.lower != nil : row.constraint.upper != nil
        let hasUpper = value > 0 ? row.constraint.upper != nil : row.constraint.lower != nil
        if hasLower {
          data.lower.append((position, value))
          if value != 1 && value != -1 { data.lowerExact = false }
        }
        if hasUpper {
          data.upper.append((position, value))
          if value != 1 && value != -1 { data.upperExact = false }
        }
      }
      if data.lower.isEmpty && data.upper.isEmpty { continue }
      if data.size == 0 {
        best = data
        break
      }
      if let current = best {
        if (!current.exact && data.exact) || (current.exact == data.exact && data.size < current.size) {
          best = data
        }
      } else {
        best = data
      }
    }
    guard let chosen = best else { return }
    var result = OmegaProblem()
    result.work = work
    result.eliminations = eliminations
    for position in chosen.irrelevant {
      try result.addRow(rows[position], budget: budget)
    }
    for (lowerPosition, b) in chosen.lower {
      for (upperPosition, a) in chosen.upper {
        let combined = try rows[lowerPosition].combining(a, rows[upperPosition], try OmegaArithmetic.negate(b))
        try result.addRow(combined.tidied(), budget: budget)
        if !result.possible { break }
      }
      if !result.possible { break }
    }
    self = result
  }
}

/// The rows that bound one variable from below and above, for choosing what to eliminate.
struct OmegaEliminationData {
  let variable: Int
  var irrelevant: [Int] = []
  var lower: [(position: Int, coefficient: OmegaInteger)] = []
  var upper: [(position: Int, coefficient: OmegaInteger)] = []
  var lowerExact = true
  var upperExact = true

  init(variable: Int) { self.variable = variable }

  var size: Int { lower.count * upper.count }
  var exact: Bool { lowerExact || upperExact }
}
