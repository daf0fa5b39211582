import Kernel
import ProverCore

/// Prints goals exactly as Lean does: `case tag`, the context with consecutive entries of the same
/// type grouped (`a b : Nat`), inaccessible and shadowed names as `n✝`, then `⊢ target`.
struct GoalPrinter {
  var mathlib: Bool
  /// Whether `Nat.factorial n` prints as `n !` (Mathlib's notation, scoped in `Nat`).
  var factorialNotation = false

  func goal(_ state: GoalState) -> Goal {
    let delaborator = Delaborator(
      mathlib: mathlib, names: state.context.displayNames, factorialNotation: factorialNotation)
    let names = state.context.entryDisplayNames
    var hypotheses: [Hypothesis] = []
    for (index, entry) in state.context.entries.enumerated() {
      let type = entry.isHypothesis ? delaborator.print(entry.term) : delaborator.print(entry.term.type)
      if let last = hypotheses.last, last.type == type {
        hypotheses[hypotheses.count - 1].names.append(names[index])
      } else {
        hypotheses.append(Hypothesis(names: [names[index]], type: type))
      }
    }
    // A metavariable's own goal (`case m ⊢ ℕ`, left by `apply`) shows its type.
    let target = state.target.isProposition ? delaborator.print(state.target) : delaborator.print(state.target.type)
    return Goal(caseTag: state.tag, hypotheses: hypotheses, target: target)
  }

  /// Goals separated by blank lines, as in Lean's `unsolved goals` message.
  func text(_ states: [GoalState]) -> String {
    states.map { goal($0).description }.joined(separator: "\n\n")
  }

  /// One term in a goal's context.
  func term(_ term: KTerm, in context: LocalContext) -> String {
    Delaborator(mathlib: mathlib, names: context.displayNames, factorialNotation: factorialNotation).print(term)
  }
}
