import DecisionProcedures
import Kernel
import ProverCore

extension NativeBackend: RefutingBackend {
  /// A counterexample to the first goal of `state` that has one: values of the context's ℕ, ℤ and
  /// `Prop` variables (and of the target's leading `∀` binders) under which Lean's evaluation makes
  /// every hypothesis true and the target false. Goals with metavariables, function variables or terms outside the evaluator are left
  /// alone.
  public func refute(_ state: ProofStateID) async -> Refutation? {
    guard let stored = states[state.rawValue] else { return nil }
    let search = CounterexampleSearch()
    for (index, goal) in stored.state.goals.enumerated() where goal.target.isProposition {
      let variables = goal.context.entries.filter { !$0.isHypothesis }
      let hypotheses = goal.context.entries.filter(\.isHypothesis).map(\.term)
      guard
        let found = search.counterexample(
          variables: variables.map(\.term), hypotheses: hypotheses, conclusion: goal.target)
      else { continue }
      let names = goal.context.displayNames
      let named = variables.map { (names[$0.term] ?? $0.name, $0.term) } + found.opened
      let bindings = named.compactMap { name, variable -> Refutation.Binding? in
        found.values[variable].map { Refutation.Binding(name: name, value: Self.leanValue($0)) }
      }
      return Refutation(goal: index, bindings: bindings)
    }
    return nil
  }

  /// A value as Lean prints it in a goal: `3`, `-3`, `True`.
  static func leanValue(_ value: Value) -> String {
    switch value {
    case .nat(let number), .int(let number): "\(number)"
    case .truth(let truth): truth ? "True" : "False"
    }
  }
}
