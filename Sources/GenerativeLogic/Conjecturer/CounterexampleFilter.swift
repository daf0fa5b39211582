/// Evaluates a candidate on every assignment of 0…bound to its variables and keeps it only when it
/// holds on all of them (and, for an implication, when its premises hold somewhere).
public struct CounterexampleFilter: Sendable {
  public let bound: Int

  public init(bound: Int) {
    self.bound = bound
  }

  /// A counterexample, or nil when the statement survives.
  public func counterexample(_ statement: Statement) -> [String: Int]? {
    let variables = statement.variables
    var values = Dictionary(uniqueKeysWithValues: variables.map { ($0, 0) })
    var premisesHeld = statement.premises.isEmpty
    while true {
      let premisesHold = statement.premises.allSatisfy { equationHolds($0, values) }
      if premisesHold {
        premisesHeld = true
        if !equationHolds(statement.conclusion, values) { return values }
      }
      var position = variables.count - 1
      while position >= 0 {
        let name = variables[position]
        if values[name]! < bound {
          values[name]! += 1
          break
        }
        values[name] = 0
        position -= 1
      }
      if position < 0 { break }
    }
    return premisesHeld ? nil : [:]
  }

  public func survives(_ statement: Statement) -> Bool { counterexample(statement) == nil }

  func equationHolds(_ equation: Equation, _ values: [String: Int]) -> Bool {
    guard let left = equation.lhs.evaluate(values), let right = equation.rhs.evaluate(values) else { return false }
    return left == right
  }
}
