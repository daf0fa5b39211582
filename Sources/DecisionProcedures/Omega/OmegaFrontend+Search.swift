import Kernel

/// The work done so far by one `omega` call, across all branches of its case splits.
struct OmegaSearchBudget {
  var splits = 0
  var rows = 0
}

extension OmegaFrontend {
  /// Lean's `omegaImpl`: reads the pending facts, runs the elimination on a copy of the problem,
  /// and when that finds no contradiction splits the next disjunction. Returns normally when every
  /// branch is contradictory; throws Lean's failure message otherwise.
  mutating func refute(budget: inout OmegaSearchBudget) throws(OmegaFailure) {
    _ = try processFacts()
    var eliminated = problem
    var scratch = atoms
    let remaining = configuration.maximumConstraints - budget.rows
    try eliminated.eliminate(atoms: &scratch, budget: problem.work + remaining)
    budget.rows += eliminated.work - problem.work
    if !eliminated.possible { return }
    try splitDisjunction(budget: &budget)
  }

  /// Lean's `splitDisjunction`: assumes the first disjunct; if it gives no new fact the
  /// disjunction is dropped, otherwise both branches must be refuted.
  private mutating func splitDisjunction(budget: inout OmegaSearchBudget) throws(OmegaFailure) {
    while !disjunctions.isEmpty {
      let disjunction = disjunctions.removeFirst()
      guard case .disjunction(let first, let second) = disjunction else { continue }
      var left = self
      left.pending = [(first, nil)]
      if try left.processFacts() > 0 {
        budget.splits += 2
        guard TacticBudget.spend(2) else { throw OmegaFailure(.budgetExceeded, TacticBudget.message) }
        if budget.splits > configuration.maximumCaseSplits {
          throw OmegaFailure(
            .budgetExceeded,
            "\(OmegaFailure.header)\nmore than \(configuration.maximumCaseSplits) case splits were needed")
        }
        try left.refute(budget: &budget)
        var right = self
        right.pending = [(second, nil)]
        try right.refute(budget: &budget)
        return
      }
    }
    throw OmegaFailure(.couldNotProve, "\(OmegaFailure.header)\n\(counterexampleDescription())")
  }

  /// Lean's `formatErrorMessage`: the constraints left (before elimination), over atoms named
  /// `a`, `b`, … (skipping names in scope), then what each name stands for.
  func counterexampleDescription() -> String {
    if problem.isEmpty {
      return """
        No usable constraints found. You may need to unfold definitions so `omega` can see
        linear arithmetic facts about `Nat` and `Int`, which may also involve multiplication,
        division, and modular remainder by constants.
        """
    }
    var mentioned = [Bool](repeating: false, count: atoms.count)
    for row in problem.rows {
      for (index, value) in row.coefficients.enumerated() where value != 0 { mentioned[index] = true }
    }
    var labels = [String](repeating: "(masked)", count: atoms.count)
    var next = 0
    for index in labels.indices where mentioned[index] {
      while names.contains(Self.label(next)) { next += 1 }
      labels[index] = Self.label(next)
      next += 1
    }
    let sorted = problem.rows.sorted { $0.coefficients.lexicographicallyPrecedes($1.coefficients) }
    let constraints = sorted.map { "  " + Self.describe($0, labels) }
    let meanings = atoms.terms.indices.filter { mentioned[$0] }.map { index in
      " \(labels[index]) := \(atoms.terms[index].map(\.description) ?? "(auxiliary variable)")"
    }
    return (["a possible counterexample may satisfy the constraints"] + constraints + ["where"] + meanings)
      .joined(separator: "\n")
  }

  private static func label(_ index: Int) -> String {
    let letter = Character(UnicodeScalar(UInt8(97 + index % 26)))
    return index < 26 ? String(letter) : "\(letter)_\(index / 26)"
  }

  private static func describe(_ row: OmegaRow, _ labels: [String]) -> String {
    var text = ""
    for (index, value) in row.coefficients.enumerated() where value != 0 {
      if text.isEmpty {
        text += value > 0 ? "" : "- "
      } else {
        text += value > 0 ? " + " : " - "
      }
      text += value.magnitude == 1 ? labels[index] : "\(value.magnitude)*\(labels[index])"
    }
    switch (row.constraint.lower, row.constraint.upper) {
    case (nil, nil): return "\(text) is unconstrained"
    case (nil, let upper?): return "\(text) ≤ \(upper)"
    case (let lower?, nil): return "\(text) ≥ \(lower)"
    case (let lower?, let upper?): return "\(lower) ≤ \(text) ≤ \(upper)"
    }
  }
}
