import Kernel

/// Everything a goal's printed form depends on, with terms by their intern ids (which are never
/// reused): the key under which the backend keeps a printed goal to print it once.
struct PrintedGoalKey: Hashable {
  /// One context entry: its name, its term's id and how it prints.
  struct Entry: Hashable {
    var name: String
    var term: UInt64
    var isHypothesis: Bool
    var accessible: Bool
  }

  var mathlib: Bool
  var factorialNotation: Bool
  var tag: String?
  var target: UInt64
  var entries: [Entry]

  init(_ state: GoalState, mathlib: Bool, factorialNotation: Bool = false) {
    self.mathlib = mathlib
    self.factorialNotation = factorialNotation
    self.tag = state.tag
    self.target = state.target.id
    self.entries = state.context.entries.map {
      Entry(name: $0.name, term: $0.term.id, isHypothesis: $0.isHypothesis, accessible: $0.accessible)
    }
  }
}
