import ProverCore

/// The numeric features of a proof state that the value models read: number of goals, sizes of
/// targets and contexts, counts of symbols and connectives, depth, and the kinds of hypotheses.
public struct GoalFeatures: Hashable, Sendable, Codable {
  public static let names = [
    "goals", "target_length", "hypotheses", "depth", "quantifiers", "connectives", "arithmetic", "powers",
    "numerals", "variables", "prop_hypotheses", "negations", "case_tags", "max_target_length",
  ]

  public var values: [Double]

  public init(goals: [Goal], depth: Int) {
    var targetLength = 0.0
    var maxTarget = 0.0
    var hypotheses = 0.0
    var quantifiers = 0.0
    var connectives = 0.0
    var arithmetic = 0.0
    var powers = 0.0
    var numerals = 0.0
    var variables = 0.0
    var props = 0.0
    var negations = 0.0
    var tags = 0.0
    for goal in goals {
      let length = Double(goal.target.unicodeScalars.count)
      targetLength += length
      maxTarget = max(maxTarget, length)
      if goal.caseTag != nil { tags += 1 }
      for hypothesis in goal.hypotheses {
        let count = Double(hypothesis.names.count)
        hypotheses += count
        switch hypothesis.type {
        case "Nat", "ℕ", "Int", "ℤ": variables += count
        default: props += count
        }
      }
      var previousDigit = false
      for scalar in goal.target.unicodeScalars {
        switch scalar {
        case "∀", "∃": quantifiers += 1
        case "∧", "∨", "→", "↔": connectives += 1
        case "+", "-", "*", "/", "%", "∣": arithmetic += 1
        case "^": powers += 1
        case "¬", "≠": negations += 1
        default: break
        }
        let isDigit = ("0"..."9").contains(scalar)
        if isDigit && !previousDigit { numerals += 1 }
        previousDigit = isDigit
      }
    }
    values = [
      Double(goals.count), targetLength, hypotheses, Double(depth), quantifiers, connectives, arithmetic, powers,
      numerals, variables, props, negations, tags, maxTarget,
    ]
  }
}
