import Kernel
import LeanSyntax
import ProverCore

extension TacticRunner {
  /// `apply e` whose implicit arguments the goal does not determine (`apply Nat.le_trans` on
  /// `a ≤ c` leaves `m`): as Lean's `apply`, the premises become goals that mention `?m` (first),
  /// and `?m` becomes a goal of its own (`case m`, `⊢ ℕ`, last), until a later tactic assigns it by
  /// unification (`exact h₁` with `h₁ : a ≤ b`) or fills it (`case m => exact b`). Nil when
  /// elaborating with metavariables does not succeed either.
  func applyLeavingMetavariables(
    _ goal: GoalState, _ head: Syntax, _ arguments: [Syntax], layers: Int, _ range: SourceRange
  ) -> GoalStep? {
    guard let metavariables else { return nil }
    for count in (0...max(0, layers)).reversed() {
      let holes = HoleCollector()
      var elaborator = elaborator(goal, holes: holes)
      elaborator.allowsMetas = true
      let candidate = Syntax.application(
        head, arguments + (0..<count).map { _ in Syntax(.syntheticHole(nil), range: head.range) }, range: head.range)
      guard let proved = try? elaborator.proof(candidate, expected: goal.target), proved.conclusion == goal.target
      else { continue }
      let premises = holes.propositions
      var metas: [KTerm] = []
      for premise in premises {
        for variable in premise.freeVariables
        where Unifier.isMeta(variable) && metavariables.value(of: variable) == nil
          && !goal.target.hasFreeVariable(variable) && !metas.contains(where: { $0 === variable })
        {
          metas.append(variable)
        }
      }
      guard !metas.isEmpty else { continue }
      metas.sort { Self.creationNumber($0) < Self.creationNumber($1) }
      // Lean tags each new goal with its binder's name (`a` for an arrow's premise), after the
      // parent's tag when it has one.
      func tag(_ name: String) -> String { goal.tag.map { $0 + "." + name } ?? name }
      let premiseGoals = zip(premises, holes.tags).map {
        GoalState(context: goal.context, target: $0, tag: $1 ?? tag("a"))
      }
      let metaGoals = metas.map {
        GoalState(
          context: goal.context, target: $0, tag: tag(String(Unifier.displayName($0.variableName ?? "?m").dropFirst())))
      }
      let created = metas
      return GoalStep(subgoals: premiseGoals + metaGoals) { (theorems) throws(CheckError) -> Theorem in
        do throws(KernelError) {
          var result = proved
          for (premise, theorem) in zip(premises, theorems) {
            result = try Theorem.impElim(Theorem.impIntro(premise, result), theorem)
          }
          var pairs: [(variable: KTerm, value: KTerm)] = []
          for meta in created {
            guard let value = metavariables.value(of: meta) else {
              throw KernelError(rule: "apply", message: "a metavariable was never assigned", terms: [meta])
            }
            pairs.append((meta, value))
          }
          result = try Theorem.substitute(result, pairs)
          for (_, value) in pairs {
            result = try Theorem.impElim(Theorem.impIntro(KTerm.equal(value, value), result), Theorem.refl(value))
          }
          return result
        } catch { throw .kernel(error, at: range) }
      }
    }
    return nil
  }

  /// The counter in a metavariable's name (`12` in `?m·12`): the order the metavariables were made.
  static func creationNumber(_ meta: KTerm) -> Int {
    guard let name = meta.variableName, let separator = name.firstIndex(of: "·") else { return 0 }
    return Int(name[name.index(after: separator)...]) ?? 0
  }

  /// A tactic on a metavariable's own goal (`⊢ ℕ`): `exact e` assigns it; nothing else applies.
  func fillMetavariable(_ goal: GoalState, _ tactic: Tactic) throws(CheckError) -> GoalStep {
    guard case .exact(let term) = tactic.kind, let metavariables else {
      throw .tactic(
        "the goal is the metavariable \(printer.term(goal.target, in: goal.context)) of type "
          + "\(Delaborator(mathlib: environment.blackboardNotation, names: [:]).print(goal.target.type)); "
          + "the native fragment fills it only with `exact`", at: tactic.range)
    }
    let value = try elaborator(goal).elaborate(term, expected: goal.target.type)
    guard metavariables.assign(goal.target, value) else {
      throw .tactic("type mismatch: the metavariable is already assigned", at: tactic.range)
    }
    return .closed(Theorem.trueIntro())
  }
}

extension TacticState {
  /// The state with the goals of assigned metavariables removed and the assigned metavariables of
  /// the other goals' targets and hypotheses replaced by their values, as Lean shows them
  /// (`instantiateMVars`) after `exact h₁` or `case m => exact b` assigned `?m`; the proof of each
  /// rewritten goal is carried back to its original target and hypotheses.
  func pruned() throws(CheckError) -> TacticState {
    guard !metavariables.isEmpty else { return self }
    var state = self
    var index = 0
    let context = metavariables
    while index < state.goals.count {
      let goal = state.goals[index]
      if !goal.target.isProposition {
        if context.value(of: goal.target) != nil {
          state = state.replacing(index, with: []) { (_) throws(CheckError) -> Theorem in Theorem.trueIntro() }
          continue
        }
      } else {
        let changed = goal.context.entries.indices.filter {
          goal.context.entries[$0].isHypothesis && !context.assigned(in: goal.context.entries[$0].term).isEmpty
        }
        if !context.assigned(in: goal.target).isEmpty || !changed.isEmpty {
          let target = goal.target
          var next = goal
          next.target = context.instantiate(target)
          for position in changed {
            next.context.entries[position].term = context.instantiate(goal.context.entries[position].term)
          }
          let hypotheses = changed.map { (goal.context.entries[$0].term, next.context.entries[$0].term) }
          state = state.replacing(index, with: [next]) { (theorems) throws(CheckError) -> Theorem in
            do throws(KernelError) {
              return try Self.bridge(theorems[0], to: target, hypotheses: hypotheses, context)
            } catch {
              throw .kernel(error)
            }
          }
        }
      }
      index += 1
    }
    return state
  }

  /// `hypotheses ⊢ target` from `hypotheses' ⊢ target'`, where the primed terms have the assigned
  /// metavariables replaced by their values (under the assumptions `?m = value`, which the `apply`
  /// step that made each `?m` discharges): each `h'` is derived from `h` by the same rewriting.
  private static func bridge(
    _ theorem: Theorem, to target: KTerm, hypotheses: [(original: KTerm, instantiated: KTerm)],
    _ context: MetavariableContext
  ) throws(KernelError) -> Theorem {
    var result = try context.bridge(theorem, to: target)
    for (original, instantiated) in hypotheses {
      let identity = try Theorem.impIntro(instantiated, Theorem.assume(instantiated))
      let forward = try context.bridge(identity, to: KTerm.implies(original, instantiated))
      let derived = try Theorem.impElim(forward, Theorem.assume(original))
      result = try Theorem.impElim(Theorem.impIntro(instantiated, result), derived)
    }
    return result
  }
}
