import Kernel
import LeanSyntax
import ProverCore

extension TacticRunner {
  /// The definitions of the fragment that `unfold` can unfold, by Lean name, each with its one-step
  /// unfolding of a term whose head it is (`⊢ term = body`): Lean core's `Ne` (`a ≠ b` is
  /// `¬a = b`), `GE.ge` (`a ≥ b` is `b ≤ a`) and `GT.gt` (`a > b` is `b < a`), all reducible
  /// definitions whose unfolding the kernel states as `unfoldNotation`.
  static let unfoldings: [String: @Sendable (KTerm) throws(KernelError) -> Theorem?] = [
    "Ne": { (term) throws(KernelError) -> Theorem? in
      guard case .notEqual = term.asBinaryOperation?.constant else { return nil }
      return try Theorem.unfoldNotation(term)
    },
    "GE.ge": { (term) throws(KernelError) -> Theorem? in
      guard let constant = term.asBinaryOperation?.constant, [Constant.natGe, .intGe].contains(constant) else {
        return nil
      }
      return try Theorem.unfoldNotation(term)
    },
    "GT.gt": { (term) throws(KernelError) -> Theorem? in
      guard let constant = term.asBinaryOperation?.constant, [Constant.natGt, .intGt].contains(constant) else {
        return nil
      }
      return try Theorem.unfoldNotation(term)
    },
  ]

  /// `unfold f g at loc`: every occurrence of each definition, one name after the other, as Lean's
  /// `unfoldTarget`/`unfoldLocalDecl` do; a name with nothing to unfold at a place is an error
  /// there (`tactic 'unfold' failed to unfold 'Ne' at …`), and with `at *` only where it applies
  /// nowhere.
  func unfold(_ goal: GoalState, _ names: [String], _ location: Location?, _ range: SourceRange) throws(CheckError)
    -> GoalStep
  {
    var step = GoalStep(subgoals: [goal]) { (theorems) throws(CheckError) -> Theorem in theorems[0] }
    for name in names {
      guard let unfolding = Self.unfoldings[name] ?? (environment.mathlib ? Self.mathlibUnfoldings[name] : nil) else {
        throw .unsupported(
          "unfold \(name)", at: range, detail: "only Ne, GE.ge and GT.gt can be unfolded in the native fragment")
      }
      step = try sequenceFirst(step) { (current) throws(CheckError) -> GoalStep in
        switch location {
        case nil, .hypotheses([], goal: true):
          return try unfoldTarget(current, name, unfolding, range)
        case .hypotheses(let hypotheses, let includesGoal):
          var inner = GoalStep(subgoals: [current]) { (theorems) throws(CheckError) -> Theorem in theorems[0] }
          for hypothesis in hypotheses {
            inner = try sequenceFirst(inner) { (next) throws(CheckError) -> GoalStep in
              guard
                let index = next.context.entries.lastIndex(where: {
                  $0.isHypothesis && $0.accessible && $0.name == hypothesis
                })
              else { throw .elaboration("Unknown identifier `\(hypothesis)`", at: range) }
              return try unfoldHypothesis(next, at: index, name, unfolding, range)
            }
          }
          if includesGoal {
            inner = try sequenceFirst(inner) { (next) throws(CheckError) -> GoalStep in
              try unfoldTarget(next, name, unfolding, range)
            }
          }
          return inner
        case .wildcard:
          var inner = GoalStep(subgoals: [current]) { (theorems) throws(CheckError) -> Theorem in theorems[0] }
          var worked = false
          if let unfolded = try? sequenceFirst(
            inner,
            { (next) throws(CheckError) -> GoalStep in
              try unfoldTarget(next, name, unfolding, range)
            })
          {
            inner = unfolded
            worked = true
          }
          for index in current.context.entries.indices.reversed() where current.context.entries[index].isHypothesis {
            if let unfolded = try? sequenceFirst(
              inner,
              { (next) throws(CheckError) -> GoalStep in
                try unfoldHypothesis(next, at: index, name, unfolding, range)
              })
            {
              inner = unfolded
              worked = true
            }
          }
          guard worked else {
            throw .tactic(
              "tactic 'unfold' failed to unfold '\(name)' at\n  " + printer.term(current.target, in: current.context),
              at: range)
          }
          return inner
        }
      }
    }
    return step
  }

  /// `⊢ term = term'` with every occurrence unfolded, or Lean's error when there is none.
  private func unfolded(
    _ term: KTerm, _ name: String, _ unfolding: @Sendable (KTerm) throws(KernelError) -> Theorem?,
    _ context: LocalContext, _ range: SourceRange
  ) throws(CheckError) -> Theorem {
    let proof = try rule(range) { () throws(KernelError) in try SimpProofs.bottomUp(term, unfolding) }
    guard let proof else {
      throw .tactic("tactic 'unfold' failed to unfold '\(name)' at\n  " + printer.term(term, in: context), at: range)
    }
    return proof
  }

  private func unfoldTarget(
    _ goal: GoalState, _ name: String, _ unfolding: @Sendable (KTerm) throws(KernelError) -> Theorem?,
    _ range: SourceRange
  ) throws(CheckError) -> GoalStep {
    let equation = try unfolded(goal.target, name, unfolding, goal.context, range)
    var next = goal
    next.target = equation.conclusion.asEquation!.rhs
    return GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in
      do throws(KernelError) { return try Theorem.eqMP(Theorem.symm(equation), theorems[0]) } catch {
        throw .kernel(error, at: range)
      }
    }
  }

  private func unfoldHypothesis(
    _ goal: GoalState, at index: Int, _ name: String, _ unfolding: @Sendable (KTerm) throws(KernelError) -> Theorem?,
    _ range: SourceRange
  ) throws(CheckError) -> GoalStep {
    let original = goal.context.entries[index].term
    let equation = try unfolded(original, name, unfolding, goal.context, range)
    let rewritten = equation.conclusion.asEquation!.rhs
    var next = goal
    next.context.entries[index].term = rewritten
    return GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in
      do throws(KernelError) {
        let derived = try Theorem.eqMP(equation, Theorem.assume(original))
        return try Theorem.impElim(Theorem.impIntro(rewritten, theorems[0]), derived)
      } catch { throw .kernel(error, at: range) }
    }
  }
}
