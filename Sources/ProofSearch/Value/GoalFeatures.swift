import ProverCore

/// The numeric features of a proof state that the value models read: number of goals, sizes of
/// targets and contexts, counts of symbols and connectives, depth, the kinds of hypotheses, and
/// shape signals: targets a hypothesis states, targets without variables, nonlinear products,
/// existential targets, the total length of the hypotheses and the longest numeral.
public struct GoalFeatures: Hashable, Sendable, Codable {
  public static let names = [
    "goals", "target_length", "hypotheses", "depth", "quantifiers", "connectives", "arithmetic", "powers",
    "numerals", "variables", "prop_hypotheses", "negations", "case_tags", "max_target_length",
    "target_in_context", "closed_targets", "nonlinear_products", "existential_targets", "hypothesis_length",
    "longest_numeral",
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
    var inContext = 0.0
    var closed = 0.0
    var nonlinear = 0.0
    var existential = 0.0
    var hypothesisLength = 0.0
    var longestNumeral = 0.0
    for goal in goals {
      let shape = Self.shape(of: goal)
      if shape.targetInContext { inContext += 1 }
      if shape.closed { closed += 1 }
      nonlinear += shape.nonlinear
      if goal.target.hasPrefix("∃") { existential += 1 }
      hypothesisLength += shape.hypothesisLength
      longestNumeral = max(longestNumeral, shape.longestNumeral)
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
      numerals, variables, props, negations, tags, maxTarget, inContext, closed, nonlinear, existential,
      hypothesisLength, longestNumeral,
    ]
  }

  /// The shape signals of one goal, read off its printed text.
  static func shape(of goal: Goal) -> (
    targetInContext: Bool, closed: Bool, nonlinear: Double, hypothesisLength: Double, longestNumeral: Double
  ) {
    var variables: Set<Substring> = []
    var inContext = false
    var hypothesisLength = 0.0
    for hypothesis in goal.hypotheses {
      switch hypothesis.type {
      case "Nat", "ℕ", "Int", "ℤ": variables.formUnion(hypothesis.names.map { Substring($0) })
      default:
        if hypothesis.type == goal.target { inContext = true }
        hypothesisLength += Double(hypothesis.type.unicodeScalars.count * hypothesis.names.count)
      }
    }
    let words = goal.target.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "'") }
    let closed = words.allSatisfy { !variables.contains($0) }
    let tokens = goal.target.split(separator: " ")
    var nonlinear = 0.0
    var longestNumeral = 0.0
    for (index, token) in tokens.enumerated() {
      if token.allSatisfy(\.isNumber) { longestNumeral = max(longestNumeral, Double(token.count)) }
      guard token == "*" || token == "^", index > 0, index + 1 < tokens.count else { continue }
      let before = tokens[index - 1].last.map { $0.isLetter || $0 == ")" } ?? false
      let after = tokens[index + 1].first.map { $0.isLetter || $0 == "(" } ?? false
      if before && (after || token == "^") { nonlinear += 1 }
    }
    return (inContext, closed, nonlinear, hypothesisLength, longestNumeral)
  }
}
