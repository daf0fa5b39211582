import DecisionProcedures
import Kernel
import LeanSyntax
import ProverCore

extension TacticRunner {
  /// An equation to rewrite with: `lhs = rhs` (or `p ↔ q`, used through `propext`), its proof
  /// whose hypotheses may include side conditions, and the metavariables still to be solved.
  private struct RewriteEquation {
    var proof: Theorem
    var unifier: Unifier
    /// Instantiations still to apply to `proof`, in order.
    var steps: [RewriteStep]
    var conclusion: KTerm
  }

  private enum RewriteStep {
    case value(KTerm)
    case premise(KTerm)
  }

  /// `rw [rules] at loc` (`rewrite` when `closeWithRfl` is false): each rule rewrites every instance
  /// of its left side (instantiated at the first match, in Lean's traversal order); `rw` then tries
  /// `rfl` on the main goal.
  func rewrite(
    _ goal: GoalState, _ rules: [RewriteRule], _ location: Location?, closeWithRfl: Bool, _ range: SourceRange
  ) throws(CheckError) -> GoalStep {
    var step = GoalStep(subgoals: [goal]) { (theorems) throws(CheckError) -> Theorem in theorems[0] }
    for rewriteRule in rules {
      step = try sequenceFirst(step) { (current) throws(CheckError) -> GoalStep in
        switch location {
        case nil, .hypotheses([], goal: true):
          return try rewriteTarget(current, rewriteRule, range)
        case .hypotheses(let names, let includesGoal):
          var inner = GoalStep(subgoals: [current]) { (theorems) throws(CheckError) -> Theorem in theorems[0] }
          for name in names {
            inner = try sequenceFirst(inner) { (next) throws(CheckError) -> GoalStep in
              try rewriteHypothesis(next, name, rewriteRule, range)
            }
          }
          if includesGoal {
            inner = try sequenceFirst(inner) { (next) throws(CheckError) -> GoalStep in
              try rewriteTarget(next, rewriteRule, range)
            }
          }
          return inner
        case .wildcard:
          return try rewriteEverywhere(current, rewriteRule, range)
        }
      }
    }
    if closeWithRfl, let main = step.subgoals.first, let closed = try? syntacticRfl(main, range) {
      let inner = GoalStep.closed(closed)
      return try sequenceFirst(step) { (_) throws(CheckError) -> GoalStep in inner }
    }
    return step
  }

  /// `next` on the first subgoal of `step` only.
  func sequenceFirst(_ step: GoalStep, _ next: (GoalState) throws(CheckError) -> GoalStep) throws(CheckError)
    -> GoalStep
  {
    guard let first = step.subgoals.first else { return step }
    let inner = try next(first)
    let state = TacticState(goals: step.subgoals, justify: step.justify).replacing(
      0, with: inner.subgoals, inner.justify)
    return GoalStep(subgoals: state.goals, justify: state.justify)
  }

  /// `with_reducible rfl`: `a = a` and `p ↔ p` up to α only.
  func syntacticRfl(_ goal: GoalState, _ range: SourceRange) throws(CheckError) -> Theorem {
    if let (a, b) = goal.target.asEquation, a == b { return Theorem.refl(a) }
    if let (p, q) = goal.target.operands(of: .iff), p == q {
      return try rule(range) { () throws(KernelError) in
        let identity = try Theorem.impIntro(p, Theorem.assume(p))
        return try Theorem.iffIntro(identity, identity)
      }
    }
    throw .tactic("rfl failed", at: range)
  }

  /// The equations a rewrite rule stands for: one, or one per instance of a lemma over a type `α`
  /// (`not_exists` at `Nat`, `Int`, `Prop`), tried in order.
  private func equations(_ goal: GoalState, _ rule: RewriteRule, _ range: SourceRange) throws(CheckError)
    -> [RewriteEquation]
  {
    let syntax = rule.equation
    switch syntax.kind {
    case .identifier(let name) where goal.context.lookup(name) == nil:
      if let entry = environment.lemma(named: name) {
        return [try equation(goal, entry.theorem, syntax, range)]
      }
      if let family = GenericLemmas.lookup(name, in: environment) ?? MathlibPowerLemmas.family(name, in: environment) {
        return try family.map { (entry) throws(CheckError) -> RewriteEquation in
          try equation(goal, entry.theorem, syntax, range)
        }
      }
      return [try equation(goal, try elaborator(goal).proof(syntax, expected: nil), syntax, range)]
    default:
      var metaElaborator = elaborator(goal, holes: HoleCollector())
      metaElaborator.allowsMetas = true
      return [try equation(goal, try metaElaborator.proof(syntax, expected: nil), syntax, range)]
    }
  }

  /// A rewrite rule's proof opened: leading `∀` become metavariables, premises become side goals.
  private func equation(_ goal: GoalState, _ head: Theorem, _ syntax: Syntax, _ range: SourceRange)
    throws(CheckError) -> RewriteEquation
  {
    var unifier = Unifier()
    var steps: [RewriteStep] = []
    var conclusion = head.conclusion
    while true {
      if let (quantifier, _) = conclusion.asQuantifier, case .forall(let type) = quantifier {
        let meta = unifier.fresh(type)
        steps.append(.value(meta))
        conclusion = try self.rule(range) { () throws(KernelError) in try conclusion.instantiateBinder(with: meta) }
      } else if let (premise, rest) = conclusion.operands(of: .implies),
        rest.asEquation != nil || rest.operands(of: .iff) != nil
          || rest.asQuantifier != nil || rest.operands(of: .implies) != nil
      {
        steps.append(.premise(premise))
        conclusion = rest
      } else {
        break
      }
    }
    if conclusion.asEquation == nil, conclusion.operands(of: .iff) == nil {
      throw .tactic(
        "equality or iff proof expected\n  \(printer.term(conclusion, in: goal.context))", at: syntax.range)
    }
    return RewriteEquation(proof: head, unifier: unifier, steps: steps, conclusion: conclusion)
  }

  /// The first subterm (pre-order, function before argument) that unifies with `pattern`.
  private func findInstance(_ pattern: KTerm, in term: KTerm, _ unifier: inout Unifier, bound: [KTerm]) -> KTerm? {
    guard TacticBudget.spend() else { return nil }
    if !term.freeVariables.contains(where: { variable in bound.contains { $0 === variable } }),
      term.type == pattern.type, unifier.unify(pattern, term)
    {
      return term
    }
    switch term.kind {
    case .application(let function, let argument):
      return findInstance(pattern, in: function, &unifier, bound: bound)
        ?? findInstance(pattern, in: argument, &unifier, bound: bound)
    case .lambda(let name, let type):
      let variable = KTerm.freshVariable("␣b" + name, type, avoiding: [term, pattern])
      guard let body = try? term.instantiateBinder(with: variable) else { return nil }
      return findInstance(pattern, in: body, &unifier, bound: bound + [variable])
    default:
      return nil
    }
  }

  /// The term with every instance of `old` (not under a binder that it mentions) replaced by `new`.
  static func replace(_ old: KTerm, with new: KTerm, in term: KTerm) throws(KernelError) -> KTerm {
    guard TacticBudget.spend() else { throw KernelError(rule: "rewrite", message: TacticBudget.message) }
    if term == old { return new }
    switch term.kind {
    case .application(let function, let argument):
      let f = try replace(old, with: new, in: function)
      let a = try replace(old, with: new, in: argument)
      if f === function, a === argument { return term }
      return try KTerm.application(f, a)
    case .lambda(let name, let type):
      let variable = KTerm.freshVariable("␣r" + name, type, avoiding: [term, old, new])
      let body = try term.instantiateBinder(with: variable)
      let replaced = try replace(old, with: new, in: body)
      if replaced === body { return term }
      return try KTerm.lambda(variable, replaced)
    default:
      return term
    }
  }

  /// Rewrites `proposition` with the rule: the new proposition, `⊢ proposition = new` (with side
  /// hypotheses), and the side goals.
  private func rewriteProposition(
    _ proposition: KTerm, _ goal: GoalState, _ rewriteRule: RewriteRule, _ range: SourceRange
  ) throws(CheckError) -> (KTerm, Theorem, [KTerm]) {
    let candidates = try equations(goal, rewriteRule, range)
    var found: (RewriteEquation, Unifier, KTerm)?
    for candidate in candidates {
      var (lhs, rhs) = candidate.conclusion.asEquation ?? candidate.conclusion.operands(of: .iff)!
      if rewriteRule.reversed { swap(&lhs, &rhs) }
      var unifier = candidate.unifier
      if let instance = findInstance(lhs, in: proposition, &unifier, bound: []) {
        found = (candidate, unifier, instance)
        break
      }
    }
    guard let (equation, unifier, instance) = found else {
      let first = candidates[0]
      var (lhs, rhs) = first.conclusion.asEquation ?? first.conclusion.operands(of: .iff)!
      if rewriteRule.reversed { swap(&lhs, &rhs) }
      throw .tactic(
        "tactic 'rewrite' failed, did not find instance of the pattern in the target expression\n  "
          + printer.term(first.unifier.instantiate(lhs), in: goal.context) + "\n" + printer.text([goal]), at: range)
    }
    let steps = equation.steps
    if steps.contains(where: { if case .value(let v) = $0 { !unifier.unassigned(v).isEmpty } else { false } }) {
      throw .tactic("motive is not type correct: rewrite left metavariables unassigned", at: range)
    }
    // Instantiate the proof, leaving premises as assumptions (side goals).
    var proof = equation.proof
    var sideGoals: [KTerm] = []
    for step in steps {
      switch step {
      case .value(let meta):
        let value = unifier.instantiate(meta)
        proof = try rule(range) { () throws(KernelError) in try Theorem.forallElim(proof, value) }
        if Unifier.hasLambda(value) {
          proof = try rule(range) { () throws(KernelError) in try BetaReduction.normalizeConclusion(proof) }
        }
      case .premise:
        guard let (premise, _) = proof.conclusion.operands(of: .implies) else { break }
        sideGoals.append(premise)
        proof = try rule(range) { () throws(KernelError) in try Theorem.impElim(proof, Theorem.assume(premise)) }
      }
    }
    proof = try rule(range) { () throws(KernelError) in try unifier.instantiate(proof) }
    if proof.conclusion.freeVariables.contains(where: Unifier.isMeta) {
      throw .tactic("motive is not type correct: the rewrite left metavariables unassigned", at: range)
    }
    let eqProof: Theorem = try rule(range) { () throws(KernelError) in
      var eq = proof
      if eq.conclusion.operands(of: .iff) != nil { eq = try Theorem.propext(eq) }
      if rewriteRule.reversed { eq = try Theorem.symm(eq) }
      // The instance met in the term may differ from the pattern by offset unification
      // (`n + 1` for `Nat.succ ?m`): bridge it by the definitional unfolding.
      let pattern = eq.conclusion.asEquation!.lhs
      if pattern != instance, let bridge = try Definitional.equation(instance, pattern) {
        eq = try Theorem.trans(bridge, eq)
      }
      return eq
    }
    let (from, to) = eqProof.conclusion.asEquation!
    let placeholder = KTerm.freshVariable("␣motive", from.type, avoiding: [proposition, from, to])
    let abstracted = try rule(range) { () throws(KernelError) in
      try TacticRunner.replace(from, with: placeholder, in: proposition)
    }
    guard abstracted.hasFreeVariable(placeholder) else {
      throw .tactic("motive is not type correct", at: range)
    }
    let motive = try rule(range) { () throws(KernelError) in try KTerm.lambda(placeholder, abstracted) }
    let bridge = try rule(range) { () throws(KernelError) in try Conversion.substitute(motive, eqProof) }
    let rewritten = bridge.conclusion.asEquation!.rhs
    return (rewritten, bridge, sideGoals)
  }

  func rewriteTarget(_ goal: GoalState, _ rule: RewriteRule, _ range: SourceRange) throws(CheckError)
    -> GoalStep
  {
    let (rewritten, bridge, sideGoals) = try rewriteProposition(goal.target, goal, rule, range)
    var main = goal
    main.target = rewritten
    let sides = sideGoals.map { GoalState(context: goal.context, target: $0) }
    return GoalStep(subgoals: [main] + sides) { (theorems) throws(CheckError) -> Theorem in
      do throws(KernelError) {
        var result = try Theorem.eqMP(Theorem.symm(bridge), theorems[0])
        for (premise, proved) in zip(sideGoals, theorems.dropFirst()) {
          result = try Theorem.impElim(Theorem.impIntro(premise, result), proved)
        }
        return result
      } catch { throw .kernel(error, at: range) }
    }
  }

  private func rewriteHypothesis(_ goal: GoalState, _ name: String, _ rule: RewriteRule, _ range: SourceRange)
    throws(CheckError) -> GoalStep
  {
    guard let index = goal.context.entries.lastIndex(where: { $0.isHypothesis && $0.accessible && $0.name == name })
    else { throw .elaboration("Unknown identifier `\(name)`", at: range) }
    return try rewriteHypothesis(goal, at: index, rule, range)
  }

  /// Rewrites the hypothesis at `index` of the goal's context, which keeps its place.
  func rewriteHypothesis(_ goal: GoalState, at index: Int, _ rule: RewriteRule, _ range: SourceRange)
    throws(CheckError) -> GoalStep
  {
    let original = goal.context.entries[index].term
    let (rewritten, bridge, sideGoals) = try rewriteProposition(original, goal, rule, range)
    var main = goal
    main.context.entries[index].term = rewritten
    let sides = sideGoals.map { GoalState(context: goal.context, target: $0) }
    return GoalStep(subgoals: [main] + sides) { (theorems) throws(CheckError) -> Theorem in
      do throws(KernelError) {
        let derived = try Theorem.eqMP(bridge, Theorem.assume(original))
        var result = try Theorem.impElim(Theorem.impIntro(rewritten, theorems[0]), derived)
        for (premise, proved) in zip(sideGoals, theorems.dropFirst()) {
          result = try Theorem.impElim(Theorem.impIntro(premise, result), proved)
        }
        return result
      } catch { throw .kernel(error, at: range) }
    }
  }
}
