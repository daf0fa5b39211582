import Kernel
import LeanSyntax
import ProverCore

/// Runs tactic scripts on proof states, as Lean's tactic framework does: each tactic acts on the
/// main goal (the first one) and replaces it by subgoals; combinators (`<;>`, `·`, `first`,
/// `try`, `repeat`, `all_goals`, `any_goals`, `case`, `next`) act on the goal list. Error
/// messages start as Lean's do.
struct TacticRunner {
  var environment: Environment
  /// Receives the state at each `sorry` tactic (for the backend's holes); nil when checking, where
  /// `sorry` is an error.
  var sorryRecorder: SorryRecorder?
  /// The metavariables of the state being run (set for each tactic from its state).
  var metavariables: MetavariableContext?

  init(environment: Environment, sorryRecorder: SorryRecorder? = nil) {
    self.environment = environment
    self.sorryRecorder = sorryRecorder
  }

  var printer: GoalPrinter {
    GoalPrinter(mathlib: environment.blackboardNotation, factorialNotation: environment.factorialNotation)
  }

  /// Proves a goal with a tactic block that must close it, and returns the replayed theorem.
  func prove(_ goal: GoalState, _ block: TacticBlock) throws(CheckError) -> Theorem {
    let final = try run(block, on: TacticState(goal: goal)).pruned()
    guard final.goals.isEmpty else {
      throw .tactic("unsolved goals\n" + printer.text(final.goals), at: block.range)
    }
    let theorem = try final.justify([])
    guard theorem.conclusion == goal.target else {
      throw .tactic("kernel replay failed: the proof proves\n  \(theorem.conclusion)", at: block.range)
    }
    return theorem
  }

  func run(_ block: TacticBlock, on state: TacticState) throws(CheckError) -> TacticState {
    var current = state
    for tactic in block.tactics {
      current = try run(tactic, on: current)
    }
    return current
  }

  func run(_ tactic: Tactic, on unpruned: TacticState) throws(CheckError) -> TacticState {
    let state = try unpruned.pruned()
    switch tactic.kind {
    case .andThen(let first, let second):
      let afterFirst = try run(first, on: state.focus(0))
      var result = afterFirst
      var index = 0
      for _ in afterFirst.goals {
        let inner = try run(second, on: result.focus(index))
        result = result.replacing(index, with: inner)
        index += inner.goals.count
      }
      return state.replacingFocused(result)
    case .focusDot(let block):
      guard !state.goals.isEmpty else { throw .tactic("No goals to be solved", at: tactic.range) }
      let inner = try run(block, on: state.focus(0))
      guard inner.goals.isEmpty else {
        throw .tactic("unsolved goals\n" + printer.text(inner.goals), at: tactic.range)
      }
      return state.replacing(0, with: inner)
    case .parenthesized(let block):
      return try run(block, on: state)
    case .first(let alternatives):
      var lastError: CheckError?
      for alternative in alternatives {
        do { return try run(alternative, on: state) } catch { lastError = error }
      }
      throw lastError ?? .tactic("first: no alternative", at: tactic.range)
    case .combinator(let combinator, let block):
      return try combine(combinator, block, state, tactic)
    case .namedCase(let tag, let names, let body):
      guard let index = state.goals.firstIndex(where: { $0.tag == tag || $0.tag?.hasSuffix("." + tag) == true })
      else { throw .tactic("Case tag '\(tag)' not found.", at: tactic.range) }
      var focused = state.focus(index)
      focused.goals[0] = try rename(focused.goals[0], names, tactic.range)
      let inner = try run(body, on: focused)
      guard inner.goals.isEmpty else {
        throw .tactic("unsolved goals\n" + printer.text(inner.goals), at: tactic.range)
      }
      return state.replacing(index, with: inner)
    case .next(let names, let body):
      guard !state.goals.isEmpty else { throw .tactic("No goals to be solved", at: tactic.range) }
      var focused = state.focus(0)
      focused.goals[0] = try rename(focused.goals[0], names, tactic.range)
      let inner = try run(body, on: focused)
      guard inner.goals.isEmpty else {
        throw .tactic("unsolved goals\n" + printer.text(inner.goals), at: tactic.range)
      }
      return state.replacing(0, with: inner)
    default:
      guard let goal = state.goals.first else { throw .tactic("No goals to be solved", at: tactic.range) }
      if case .atomic(.sorry) = tactic.kind {
        guard let sorryRecorder else { throw .tactic("declaration uses `sorry`", at: tactic.range) }
        sorryRecorder.states.append((tactic.range, TacticState(goal: goal)))
        let placeholder = try rule(tactic.range) { () throws(KernelError) in try goal.admitted() }
        return state.replacing(0, with: [], { (_) throws(CheckError) -> Theorem in placeholder })
      }
      let step: GoalStep
      var runner = self
      runner.metavariables = state.metavariables
      do {
        step = try runner.apply(tactic, to: goal, state: state)
      } catch {
        throw error.located(tactic.range)
      }
      return state.replacing(0, with: step.subgoals, step.justify)
    }
  }

  private func combine(
    _ combinator: TacticCombinator, _ block: TacticBlock, _ state: TacticState, _ tactic: Tactic
  ) throws(CheckError) -> TacticState {
    switch combinator {
    case .try:
      return (try? run(block, on: state)) ?? state
    case .repeat:
      var budget = 256
      return repeatRun(block, state, budget: &budget)
    case .allGoals, .anyGoals:
      var current = state
      var index = 0
      var succeeded = false
      var firstError: CheckError?
      for _ in state.goals {
        do {
          let inner = try run(block, on: current.focus(index))
          current = current.replacing(index, with: inner)
          index += inner.goals.count
          succeeded = true
        } catch {
          if combinator == .allGoals { throw error }
          firstError = firstError ?? error
          index += 1
        }
      }
      if combinator == .anyGoals, !succeeded { throw firstError ?? .tactic("any_goals failed", at: tactic.range) }
      return current
    case .focus:
      guard !state.goals.isEmpty else { throw .tactic("No goals to be solved", at: tactic.range) }
      let inner = try run(block, on: state.focus(0))
      return state.replacing(0, with: inner)
    }
  }

  /// Lean's `repeat t`: `first | (t; all_goals repeat t) | skip`, with a bound on the applications.
  private func repeatRun(_ block: TacticBlock, _ state: TacticState, budget: inout Int) -> TacticState {
    guard !state.goals.isEmpty, budget > 0, let next = try? run(block, on: state.focus(0)) else { return state }
    budget -= 1
    var inner = next
    var index = 0
    while index < inner.goals.count {
      let expanded = repeatRun(block, inner.focus(index), budget: &budget)
      inner = inner.replacing(index, with: expanded)
      index += expanded.goals.count
    }
    return state.replacing(0, with: inner)
  }

  /// `case tag x y =>` / `next x y =>`: renames the most recent inaccessible entries.
  private func rename(_ goal: GoalState, _ names: [String], _ range: SourceRange) throws(CheckError) -> GoalState {
    var goal = goal
    var inaccessible = goal.context.entries.indices.filter { !goal.context.entries[$0].accessible }
    guard names.count <= inaccessible.count else {
      throw .tactic("too many variable names provided", at: range)
    }
    inaccessible = Array(inaccessible.suffix(names.count))
    for (index, name) in zip(inaccessible, names) where name != "_" {
      goal.context.entries[index].name = name
      goal.context.entries[index].accessible = true
    }
    return goal
  }

  func rule<T>(_ range: SourceRange?, _ body: () throws(KernelError) -> T) throws(CheckError) -> T {
    do throws(KernelError) { return try body() } catch { throw CheckError.kernel(error, at: range) }
  }

  func elaborator(_ goal: GoalState, holes: HoleCollector? = nil) -> Elaborator {
    var result = Elaborator(environment: environment, context: goal.context, holes: holes)
    result.sorryRecorder = sorryRecorder
    result.metavariables = metavariables
    return result
  }
}

/// Collects what a tactic run reports besides its result, for the backend: the proof states met at
/// `sorry` tactics and terms (its holes), and the suggestions Lean logs as info messages (`exact?`'s
/// "Try this").
final class SorryRecorder: @unchecked Sendable {
  var states: [(range: SourceRange, state: TacticState)] = []
  var suggestions: [String] = []
}

extension TacticState {
  /// The state of goal `index` alone.
  func focus(_ index: Int) -> TacticState {
    TacticState(goal: goals[index], metavariables: metavariables)
  }

  /// This state's first goal replaced by a state rooted at it.
  func replacingFocused(_ inner: TacticState) -> TacticState {
    replacing(0, with: inner)
  }
}
