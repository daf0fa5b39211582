import Kernel
import LeanSyntax
import ProverCore

extension TacticRunner {
  /// The target with `≠` unfolded to `¬ =` (what `intro` and `constructor` see through).
  func whnf(_ target: KTerm, _ range: SourceRange) throws(CheckError) -> (KTerm, Theorem?) {
    guard let unfold = try rule(range, { () throws(KernelError) in try Conversion.whnf(target) }) else {
      return (target, nil)
    }
    return (unfold.conclusion.asEquation!.rhs, unfold)
  }

  /// `⊢ original` from `⊢ unfolded`, where `unfold : original = unfolded`.
  static func fold(_ theorem: Theorem, _ unfold: Theorem?) throws(CheckError) -> Theorem {
    guard let unfold else { return theorem }
    do throws(KernelError) { return try Theorem.eqMP(Theorem.symm(unfold), theorem) } catch { throw .kernel(error) }
  }

  // MARK: intro

  /// Introduces one binder of the target: `∀ x`, `p →`, `¬p`, `a ≠ b`.
  func introOne(_ goal: GoalState, name: String?, _ range: SourceRange) throws(CheckError) -> (GoalState, GoalStep) {
    let (target, unfold) = try whnf(goal.target, range)
    var next = goal
    if let (quantifier, _) = target.asQuantifier, case .forall(let type) = quantifier {
      let hint = target.binderName ?? "x"
      let variable = next.context.addVariable(name ?? hint, type, accessible: name != nil)
      next.target = try rule(range) { () throws(KernelError) in try target.instantiateBinder(with: variable) }
      let step = GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in
        let proved: Theorem
        do throws(KernelError) { proved = try Theorem.forallIntro(variable, theorems[0]) } catch {
          throw .kernel(error, at: range)
        }
        return try TacticRunner.fold(proved, unfold)
      }
      return (next, step)
    }
    let premise: KTerm
    let negation: Bool
    if let (p, q) = target.operands(of: .implies) {
      premise = p
      negation = false
      next.target = q
    } else if let p = target.negatedProposition {
      premise = p
      negation = true
      next.target = KTerm.falseProposition
    } else {
      throw .tactic("no additional binders or let-bindings in the goal to introduce", at: range)
    }
    next.context.addHypothesis(name ?? "a", premise, accessible: name != nil)
    let step = GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in
      let proved: Theorem
      do throws(KernelError) {
        let implication = try Theorem.impIntro(premise, theorems[0])
        proved = negation ? try Theorem.notIntro(implication) : implication
      } catch { throw .kernel(error, at: range) }
      return try TacticRunner.fold(proved, unfold)
    }
    return (next, step)
  }

  func intro(_ goal: GoalState, _ patterns: [Syntax], _ range: SourceRange) throws(CheckError) -> GoalStep {
    if patterns.isEmpty { return try introOne(goal, name: nil, range).1 }
    var state = TacticState(goal: goal)
    for pattern in patterns {
      guard let current = state.goals.first else { break }
      switch pattern.kind {
      case .identifier(let name):
        let step = try introOne(current, name: name, range).1
        state = state.replacing(0, with: step.subgoals, step.justify)
      case .hole:
        let step = try introOne(current, name: nil, range).1
        state = state.replacing(0, with: step.subgoals, step.justify)
      case .anonymousConstructor:
        let (introduced, step) = try introOne(current, name: "␣intro", range)
        state = state.replacing(0, with: step.subgoals, step.justify)
        let rcasesPattern = try Self.pattern(from: pattern)
        let destructed = try destructHypothesis(introduced, named: "␣intro", rcasesPattern, range)
        state = state.replacing(0, with: destructed.subgoals, destructed.justify)
      default:
        throw .unsupported("intro pattern \(Printer.print(pattern))", at: pattern.range)
      }
    }
    return GoalStep(subgoals: state.goals, justify: state.justify)
  }

  /// An `rcases` pattern read from a term pattern of `intro` (`⟨a, b⟩`, `_`, names).
  static func pattern(from syntax: Syntax) throws(CheckError) -> RCasesPattern {
    switch syntax.kind {
    case .identifier(let name): return RCasesPattern(.name(name), range: syntax.range)
    case .hole: return RCasesPattern(.hole, range: syntax.range)
    case .anonymousConstructor(let parts):
      var converted: [RCasesPattern] = []
      for part in parts { converted.append(try pattern(from: part)) }
      return RCasesPattern(.tuple(converted), range: syntax.range)
    default:
      throw .unsupported("intro pattern \(Printer.print(syntax))", at: syntax.range)
    }
  }

  func intros(_ goal: GoalState, _ names: [String], _ range: SourceRange) throws(CheckError) -> GoalStep {
    var state = TacticState(goal: goal)
    if names.isEmpty {
      while let current = state.goals.first, let step = try? introOne(current, name: nil, range).1 {
        if case .notEqual = current.target.asBinaryOperation?.constant ?? .true { break }
        if current.target.negatedProposition != nil { break }
        state = state.replacing(0, with: step.subgoals, step.justify)
      }
    } else {
      for name in names {
        let step = try introOne(state.goals[0], name: name == "_" ? nil : name, range).1
        state = state.replacing(0, with: step.subgoals, step.justify)
      }
    }
    return GoalStep(subgoals: state.goals, justify: state.justify)
  }

  // MARK: constructor, left, right, exfalso

  func constructor(_ goal: GoalState, _ range: SourceRange) throws(CheckError) -> GoalStep {
    let target = try whnf(goal.target, range).0
    if target === KTerm.trueProposition { return .closed(Theorem.trueIntro()) }
    if let (p, q) = target.operands(of: .and) {
      let left = GoalState(context: goal.context, target: p, tag: "left")
      let right = GoalState(context: goal.context, target: q, tag: "right")
      return GoalStep(subgoals: [left, right]) { (theorems) throws(CheckError) -> Theorem in
        do throws(KernelError) { return try Theorem.andIntro(theorems[0], theorems[1]) } catch {
          throw .kernel(error, at: range)
        }
      }
    }
    if let (p, q) = target.operands(of: .iff) {
      let forward = try rule(range) { () throws(KernelError) in try KTerm.implies(p, q) }
      let backward = try rule(range) { () throws(KernelError) in try KTerm.implies(q, p) }
      let mp = GoalState(context: goal.context, target: forward, tag: "mp")
      let mpr = GoalState(context: goal.context, target: backward, tag: "mpr")
      return GoalStep(subgoals: [mp, mpr]) { (theorems) throws(CheckError) -> Theorem in
        do throws(KernelError) { return try Theorem.iffIntro(theorems[0], theorems[1]) } catch {
          throw .kernel(error, at: range)
        }
      }
    }
    if target.asQuantifier.map({ if case .exists = $0.quantifier { true } else { false } }) ?? false {
      throw .unsupported("constructor on ∃ (the witness would be a metavariable goal)", at: range)
    }
    throw .tactic(
      "tactic 'constructor' failed, target is not an inductive datatype\n" + printer.text([goal]), at: range)
  }

  func side(_ goal: GoalState, left: Bool, _ range: SourceRange) throws(CheckError) -> GoalStep {
    guard let (p, q) = goal.target.operands(of: .or) else {
      throw .tactic(
        "tactic '\(left ? "left" : "right")' failed, target is not an inductive datatype with two constructors\n"
          + printer.text([goal]), at: range)
    }
    let next = GoalState(context: goal.context, target: left ? p : q, tag: "h")
    return GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in
      do throws(KernelError) {
        return left ? try Theorem.orIntroLeft(theorems[0], q) : try Theorem.orIntroRight(p, theorems[0])
      } catch { throw .kernel(error, at: range) }
    }
  }

  func exfalso(_ goal: GoalState, _ range: SourceRange) throws(CheckError) -> GoalStep {
    var next = goal
    next.target = KTerm.falseProposition
    let target = goal.target
    return GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in
      do throws(KernelError) { return try Theorem.falseElim(theorems[0], target) } catch {
        throw .kernel(error, at: range)
      }
    }
  }

  // MARK: assumption, contradiction, trivial

  func assumption(_ goal: GoalState, _ range: SourceRange) throws(CheckError) -> Theorem {
    for entry in goal.context.entries.reversed() where entry.isHypothesis {
      if Conversion.equivalent(entry.term, goal.target) {
        let assumed = try rule(range) { () throws(KernelError) in try Theorem.assume(entry.term) }
        if let converted = try rule(
          range, { () throws(KernelError) in try Conversion.convert(assumed, to: goal.target) })
        {
          return converted
        }
      }
    }
    throw .tactic("tactic 'assumption' failed\n" + printer.text([goal]), at: range)
  }

  func contradiction(_ goal: GoalState, _ range: SourceRange) throws(CheckError) -> Theorem {
    let hypotheses = goal.context.hypotheses
    let target = goal.target
    for hypothesis in hypotheses {
      if let proved = try rule(
        range,
        { () throws(KernelError) -> Theorem? in
          let assumed = try Theorem.assume(hypothesis)
          if hypothesis === KTerm.falseProposition { return try Theorem.falseElim(assumed, target) }
          var negation = assumed
          if let (constant, _, _) = hypothesis.asBinaryOperation, case .notEqual = constant {
            negation = try Theorem.eqMP(Theorem.unfoldNotation(hypothesis), assumed)
          }
          if let p = negation.conclusion.negatedProposition {
            if let (a, b) = p.asEquation, a == b {
              return try Theorem.falseElim(Theorem.notElim(negation, Theorem.refl(a)), target)
            }
            if let other = hypotheses.first(where: { $0 == p }) {
              return try Theorem.falseElim(Theorem.notElim(negation, Theorem.assume(other)), target)
            }
          }
          return nil
        })
      {
        return proved
      }
    }
    throw .tactic("tactic 'contradiction' failed\n" + printer.text([goal]), at: range)
  }

  /// Lean core's `trivial`: `assumption`, `rfl`, `True.intro`, `And.intro <;> trivial`, `decide`.
  func trivial(_ goal: GoalState, _ range: SourceRange) throws(CheckError) -> Theorem {
    if let proved = try? assumption(goal, range) { return proved }
    if let proved = try? elaborator(goal).reflexivity(goal.target, Syntax(.identifier("rfl"), range: range)) {
      return proved
    }
    if goal.target === KTerm.trueProposition { return Theorem.trueIntro() }
    if let (p, q) = goal.target.operands(of: .and),
      let left = try? trivial(GoalState(context: goal.context, target: p), range),
      let right = try? trivial(GoalState(context: goal.context, target: q), range)
    {
      return try rule(range) { () throws(KernelError) in try Theorem.andIntro(left, right) }
    }
    if goal.target.freeVariables.isEmpty, let proved = try? oracle("decide", goal, hints: [], range) {
      return proved
    }
    throw .tactic("tactic 'trivial' failed\n" + printer.text([goal]), at: range)
  }

  // MARK: symm

  func symm(_ goal: GoalState, _ location: Location?, _ range: SourceRange) throws(CheckError) -> GoalStep {
    guard location == nil else { throw .unsupported("symm at", at: range) }
    if let (a, b) = goal.target.asEquation {
      var next = goal
      next.target = try rule(range) { () throws(KernelError) in try KTerm.equal(b, a) }
      return GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in
        do throws(KernelError) { return try Theorem.symm(theorems[0]) } catch { throw .kernel(error, at: range) }
      }
    }
    if let (p, q) = goal.target.operands(of: .iff) {
      var next = goal
      next.target = try rule(range) { () throws(KernelError) in try KTerm.iff(q, p) }
      return GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in
        do throws(KernelError) {
          return try Theorem.iffIntro(Theorem.iffMPR(theorems[0]), Theorem.iffMP(theorems[0]))
        } catch { throw .kernel(error, at: range) }
      }
    }
    if let (constant, a, b) = goal.target.asBinaryOperation, case .notEqual = constant {
      var next = goal
      next.target = try rule(range) { () throws(KernelError) in try KTerm.notEqual(b, a) }
      let environment = self.environment
      let context = goal.context
      return GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in
        try Elaborator(environment: environment, context: context).proofField(
          theorems[0], "symm", [], Syntax(.hole, range: range), expected: nil)
      }
    }
    throw .tactic("symm: the goal is not a symmetric relation\n" + printer.text([goal]), at: range)
  }

  // MARK: apply, refine, exists

  /// `refine e`: every `?_` in `e` becomes a new goal, in order.
  func refine(_ goal: GoalState, _ term: Syntax, _ range: SourceRange) throws(CheckError) -> GoalStep {
    let holes = HoleCollector()
    let proved = try elaborator(goal, holes: holes).proof(term, expected: goal.target)
    let premises = holes.propositions
    let subgoals = zip(premises, holes.tags).map { GoalState(context: goal.context, target: $0, tag: $1 ?? goal.tag) }
    return GoalStep(subgoals: subgoals) { (theorems) throws(CheckError) -> Theorem in
      var result = proved
      for (premise, theorem) in zip(premises, theorems) {
        do throws(KernelError) {
          result = try Theorem.impElim(Theorem.impIntro(premise, result), theorem)
        } catch { throw .kernel(error, at: range) }
      }
      return result
    }
  }

  /// `apply e`: `refine e ?_ … ?_` with as many new goals as needed for the conclusion to match.
  func applyTactic(_ goal: GoalState, _ term: Syntax, _ range: SourceRange) throws(CheckError) -> GoalStep {
    let (head, arguments): (Syntax, [Syntax]) =
      if case .application(let function, let given) = term.kind { (function, given) } else { (term, []) }
    var firstError: CheckError?
    // At most one hole per leading `∀`, `→`, `¬` or `≠` layer of the head.
    var layers = 6
    var headResolved = false
    if case .identifier(let name) = head.kind,
      let statement = goal.context.lookup(name).map(\.term) ?? environment.lemma(named: name)?.statement
    {
      headResolved = true
      layers = 0
      let kinds = goal.context.lookup(name) == nil ? environment.lemma(named: name)?.argumentKinds ?? [] : []
      var index = 0
      var current: KTerm? = statement
      while let term = current {
        defer { index += 1 }
        if let (quantifier, _) = term.asQuantifier, case .forall = quantifier {
          if index >= kinds.count || kinds[index] == .explicit { layers += 1 }
          current = try? term.instantiateBinder(with: KTerm.variable("␣apply", term.binderType ?? .nat))
        } else if let (_, rest) = term.operands(of: .implies) {
          layers += 1
          current = rest
        } else {
          if term.negatedProposition != nil
            || term.asBinaryOperation.map({
              if case .notEqual = $0.constant { true } else { false }
            }) == true
          {
            layers += 1
          }
          current = nil
        }
      }
    }
    // With fewer holes than the layers the given arguments leave, the term's type still begins
    // with `∀` or `→` (or, one layer short, is a negation), which no goal that is not itself one
    // can be unified with: those attempts are skipped. The error reported is the first attempt's
    // either way.
    let highest = max(0, min(6, layers))
    let lowest = headResolved && Self.isAtomic(goal.target) ? max(0, min(highest, layers - arguments.count) - 1) : 0
    for count in (lowest...highest).reversed() {
      let holes = (0..<count).map { _ in Syntax(.syntheticHole(nil), range: term.range) }
      let candidate = Syntax.application(head, arguments + holes, range: term.range)
      do {
        return try refine(goal, candidate, range)
      } catch {
        if count == 0 || firstError == nil || error.message.hasPrefix("type mismatch") == false {
          if firstError == nil || !(error.message.hasPrefix("function expected")) { firstError = firstError ?? error }
        }
      }
    }
    let message = firstError?.message ?? ""
    if message.hasPrefix("don't know how to synthesize"),
      let step = applyLeavingMetavariables(goal, head, arguments, layers: min(6, layers), range)
    {
      return step
    }
    if message.hasPrefix("type mismatch") || message.hasPrefix("function expected") {
      throw .tactic(
        "tactic 'apply' failed, could not unify the conclusion of\n  \(Printer.print(term))\n"
          + "with the goal\n" + printer.text([goal]), at: range)
    }
    throw firstError ?? .tactic("tactic 'apply' failed", at: range)
  }

  /// Whether a target is none of `∀`, `∃`, `→`, `¬` and `≠`: a proposition that no term whose type
  /// begins with a binder or an arrow can prove.
  static func isAtomic(_ target: KTerm) -> Bool {
    guard target.asQuantifier == nil, target.operands(of: .implies) == nil, target.negatedProposition == nil
    else { return false }
    if let (constant, _, _) = target.asBinaryOperation, case .notEqual = constant { return false }
    return true
  }

  /// `exists a, b` (core) and `use a, b` (Mathlib): the witnesses, then `trivial` on what is left.
  func exists(_ goal: GoalState, _ terms: [Syntax], _ range: SourceRange, discharger: Bool) throws(CheckError)
    -> GoalStep
  {
    let (unfoldedTarget, unfold) = try whnf(goal.target, range)
    var target = unfoldedTarget
    var witnesses: [(KTerm, KTerm)] = []
    for term in terms {
      guard let (quantifier, _) = target.asQuantifier, case .exists(let type) = quantifier else {
        throw .tactic("invalid 'exists': the goal is not an existential\n" + printer.text([goal]), at: range)
      }
      let witness = try elaborator(goal).elaborate(term, expected: type)
      witnesses.append((target, witness))
      target = try rule(range) { () throws(KernelError) in try target.instantiateBinder(with: witness) }
    }
    let remaining = GoalState(context: goal.context, target: target)
    let instances = witnesses
    let close: @Sendable ([Theorem]) throws(CheckError) -> Theorem = { (theorems) throws(CheckError) -> Theorem in
      var result = theorems[0]
      for (statement, witness) in instances.reversed() {
        do throws(KernelError) {
          result = try Theorem.existsIntro(statement, witness: witness, result)
        } catch { throw .kernel(error, at: range) }
      }
      return try TacticRunner.fold(result, unfold)
    }
    if discharger, let proved = try? trivial(remaining, range) {
      let closed = try close([proved])
      return .closed(closed)
    }
    return GoalStep(subgoals: [remaining], justify: close)
  }

  // MARK: by_cases, by_contra, show, have, specialize

  /// `⊢ p ∨ ¬p`, derived by contradiction.
  static func excludedMiddle(_ p: KTerm) throws(KernelError) -> Theorem {
    let notP = try KTerm.not(p)
    let disjunction = try KTerm.or(p, notP)
    let negation = try KTerm.not(disjunction)
    let fromP = try Theorem.notElim(Theorem.assume(negation), Theorem.orIntroLeft(Theorem.assume(p), notP))
    let notPProof = try Theorem.notIntro(Theorem.impIntro(p, fromP))
    let contradiction = try Theorem.notElim(Theorem.assume(negation), Theorem.orIntroRight(p, notPProof))
    return try Theorem.byContradiction(Theorem.impIntro(negation, contradiction))
  }

  func byCases(_ goal: GoalState, _ name: String?, _ proposition: Syntax, _ range: SourceRange) throws(CheckError)
    -> GoalStep
  {
    let p = try elaborator(goal).proposition(proposition)
    let notP = try rule(range) { () throws(KernelError) in try KTerm.not(p) }
    var positive = goal
    positive.context.addHypothesis(name ?? "h", p, accessible: name != nil)
    positive.tag = "pos"
    var negative = goal
    negative.context.addHypothesis(name ?? "h", notP, accessible: name != nil)
    negative.tag = "neg"
    return GoalStep(subgoals: [positive, negative]) { (theorems) throws(CheckError) -> Theorem in
      do throws(KernelError) {
        return try Theorem.orElim(TacticRunner.excludedMiddle(p), theorems[0], theorems[1])
      } catch { throw .kernel(error, at: range) }
    }
  }

  /// Mathlib's `by_contra h`: `h : ¬p` and goal `False`; on a goal `¬q`, `h : q` (not `¬¬q`).
  func byContra(_ goal: GoalState, _ name: String?, _ range: SourceRange) throws(CheckError) -> GoalStep {
    let target = goal.target
    if let positive = target.negatedProposition {
      var next = goal
      next.context.addHypothesis(name ?? "h", positive, accessible: name != nil)
      next.target = KTerm.falseProposition
      return GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in
        do throws(KernelError) {
          return try Theorem.notIntro(Theorem.impIntro(positive, theorems[0]))
        } catch { throw .kernel(error, at: range) }
      }
    }
    let negation = try rule(range) { () throws(KernelError) in try KTerm.not(target) }
    var next = goal
    next.context.addHypothesis(name ?? "h", negation, accessible: name != nil)
    next.target = KTerm.falseProposition
    return GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in
      do throws(KernelError) {
        return try Theorem.byContradiction(Theorem.impIntro(negation, theorems[0]))
      } catch { throw .kernel(error, at: range) }
    }
  }

  func show(_ goal: GoalState, _ term: Syntax, _ range: SourceRange) throws(CheckError) -> GoalStep {
    let stated = try elaborator(goal).proposition(term)
    guard Conversion.equivalent(stated, goal.target) else {
      throw .tactic(
        "type mismatch\n  \(printer.term(stated, in: goal.context))\nis not definitionally equal to the goal\n"
          + printer.text([goal]), at: range)
    }
    var next = goal
    next.target = stated
    let target = goal.target
    return GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in
      let converted: Theorem?
      do throws(KernelError) {
        converted = try Conversion.convert(theorems[0], to: target)
      } catch { throw .kernel(error, at: range) }
      guard let converted else { throw CheckError.tactic("show: conversion failed", at: range) }
      return converted
    }
  }

  /// Adds `name : proposition` proved by `proof` to the goal (a cut).
  func cut(_ goal: GoalState, _ name: String?, _ proof: Theorem, _ range: SourceRange) -> GoalStep {
    var next = goal
    let proposition = proof.conclusion
    next.context.addHypothesis(name ?? "this", proposition)
    return GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in
      do throws(KernelError) {
        return try Theorem.impElim(Theorem.impIntro(proposition, theorems[0]), proof)
      } catch { throw .kernel(error, at: range) }
    }
  }

  func have(_ goal: GoalState, _ name: String?, _ type: Syntax?, _ value: Syntax?, _ range: SourceRange)
    throws(CheckError) -> GoalStep
  {
    let stated = try type.map { (syntax) throws(CheckError) -> KTerm in try elaborator(goal).proposition(syntax) }
    guard let value else {
      guard let stated else { throw .tactic("have: a type or a value is needed", at: range) }
      try requireMathlib("have without a value", range)
      var side = goal
      side.target = stated
      side.tag = nil
      var main = goal
      main.context.addHypothesis(name ?? "this", stated)
      return GoalStep(subgoals: [side, main]) { (theorems) throws(CheckError) -> Theorem in
        do throws(KernelError) {
          return try Theorem.impElim(Theorem.impIntro(stated, theorems[1]), theorems[0])
        } catch { throw .kernel(error, at: range) }
      }
    }
    let proved = try elaborator(goal).proof(value, expected: stated)
    return cut(goal, name, proved, range)
  }

  func specialize(_ goal: GoalState, _ term: Syntax, _ range: SourceRange) throws(CheckError) -> GoalStep {
    guard case .application(let head, _) = term.kind, case .identifier(let name) = head.kind,
      let entry = goal.context.lookup(name), entry.isHypothesis
    else {
      throw .tactic(
        "'specialize' requires a term of the form `h x_1 .. x_n` where `h` appears in the local context", at: range)
    }
    let proved = try elaborator(goal).proof(term, expected: nil)
    var reduced = goal
    reduced.context.removeHypothesis(named: name)
    return cut(reduced, name, proved, range)
  }

  // MARK: oracles, exact?, casts, simp

  func oracle(
    _ name: String, _ goal: GoalState, hints: [KTerm], facts: [Syntax] = [], _ range: SourceRange
  ) throws(CheckError) -> Theorem {
    if Self.mathlibTactics.contains(name) { try requireMathlib(name, range) }
    guard let oracle = ArithmeticOracles.oracle(named: name) else {
      throw .unsupported(name, at: range, detail: "no decision procedure is registered for it")
    }
    let hypotheses = goal.context.hypotheses
    let factProofs = try facts.map { (fact) throws(CheckError) -> Theorem in
      try elaborator(goal).proof(fact, expected: nil)
    }
    let proved: Theorem
    do {
      proved = try oracle.prove(hypotheses: hypotheses + hints, target: goal.target, hints: hints)
    } catch let error as CheckError {
      throw error.located(range)
    } catch {
      throw .tactic("\(name) failed: \(error)\n" + printer.text([goal]), at: range)
    }
    guard proved.conclusion == goal.target else {
      throw .tactic("\(name): the procedure proved another proposition", at: range)
    }
    var result = proved
    for fact in factProofs {
      result = try rule(range) { () throws(KernelError) in
        try Theorem.impElim(Theorem.impIntro(fact.conclusion, result), fact)
      }
    }
    let allowed = Set(hypotheses)
    guard result.hypotheses.allSatisfy({ allowed.contains($0) }) else {
      throw .tactic("\(name): the procedure used a hypothesis that is not in the context", at: range)
    }
    return result
  }

  /// `exact?`: the first prelude or file lemma that closes the goal applied to hypotheses.
  func exactQuery(_ goal: GoalState, _ range: SourceRange) throws(CheckError) -> Theorem {
    let hypotheses = goal.context.entries.filter(\.isHypothesis).map(\.name)
    for entry in environment.allLemmas.sorted(by: { $0.name < $1.name }) {
      let head = Syntax(.identifier(entry.name), range: range)
      for count in 0...min(2, hypotheses.count) {
        let candidates: [[String]] =
          count == 0
          ? [[]] : count == 1 ? hypotheses.map { [$0] } : hypotheses.flatMap { a in hypotheses.map { [a, $0] } }
        for names in candidates {
          let arguments = names.map { Syntax(.identifier($0), range: range) }
          if let proved = try? elaborator(goal).proof(
            Syntax.application(head, arguments, range: range), expected: goal.target)
          {
            let call = ([entry.name] + names).joined(separator: " ")
            sorryRecorder?.suggestions.append("Try this:\n  [apply] exact \(call)")
            return proved
          }
        }
      }
    }
    throw .tactic("`exact?` could not close the goal. Try `apply?` to see partial suggestions.", at: range)
  }

  /// `exact_mod_cast`: the proof's proposition and the goal agree once ℕ casts are moved outward.
  func modCast(_ proved: Theorem, _ goal: GoalState, _ range: SourceRange) throws(CheckError) -> Theorem {
    if let converted = try rule(range, { () throws(KernelError) in try Conversion.convert(proved, to: goal.target) }) {
      return converted
    }
    let facts = goal.context.hypotheses
    let left = try rule(range) { () throws(KernelError) in
      try CastNormalizer.normalize(proved.conclusion, facts: facts)
    }
    let right = try rule(range) { () throws(KernelError) in try CastNormalizer.normalize(goal.target, facts: facts) }
    let leftNormal = left?.conclusion.asEquation!.rhs ?? proved.conclusion
    let rightNormal = right?.conclusion.asEquation!.rhs ?? goal.target
    guard leftNormal == rightNormal else {
      throw .tactic("exact_mod_cast: the types do not agree up to casts\n" + printer.text([goal]), at: range)
    }
    return try rule(range) { () throws(KernelError) in
      var result = proved
      if let left { result = try Theorem.eqMP(left, result) }
      if let right { result = try Theorem.eqMP(Theorem.symm(right), result) }
      return result
    }
  }

  func simp(_ goal: GoalState, _ call: SimpCall, _ range: SourceRange) throws(CheckError) -> GoalStep {
    switch call.variant {
    case .normNum:
      try requireMathlib("norm_num", range)
      if call.arguments.isEmpty, call.location == nil {
        return .closed(try oracle("norm_num", goal, hints: [], range))
      }
      return try normNumWithArguments(goal, call, range)
    case .zify:
      return try zify(goal, call, range)
    case .fieldSimp:
      try requireMathlib(call.variant.rawValue, range)
      throw .unsupported(call.variant.rawValue, at: range)
    case .simp:
      return try simplify(goal, call, range)
    case .simpAll:
      return try simplifyAll(goal, call, range)
    }
  }
}
