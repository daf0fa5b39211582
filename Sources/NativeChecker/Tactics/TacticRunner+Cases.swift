import Kernel
import LeanSyntax
import ProverCore

extension TacticRunner {
  /// `step`, then `next` on each of its subgoals, with the justifications composed.
  func sequence(_ step: GoalStep, _ next: (GoalState) throws(CheckError) -> GoalStep) throws(CheckError) -> GoalStep {
    var state = TacticState(goals: step.subgoals, justify: step.justify)
    var index = 0
    for goal in step.subgoals {
      let inner = try next(goal)
      state = state.replacing(index, with: inner.subgoals, inner.justify)
      index += inner.subgoals.count
    }
    return GoalStep(subgoals: state.goals, justify: state.justify)
  }

  // MARK: rcases patterns

  /// Destructs the hypothesis `name` of the goal with `pattern`, clearing it, as `rcases h with …` does.
  func destructHypothesis(
    _ goal: GoalState, named name: String, _ pattern: RCasesPattern, _ range: SourceRange
  ) throws(CheckError) -> GoalStep {
    guard let entry = goal.context.lookup(name), entry.isHypothesis else {
      throw .elaboration("Unknown identifier `\(name)`", at: range)
    }
    let fact = try rule(range) { () throws(KernelError) in try Theorem.assume(entry.term) }
    var cleared = goal
    cleared.context.removeHypothesis(named: name)
    return try destruct(fact, pattern, cleared, range)
  }

  /// Splits `fact` by `pattern` into the goal's context: names, `⟨…⟩` for `∧`, `↔`, `∃`,
  /// alternatives `|` for `∨`, `rfl` to substitute an equation, `_` and `-`.
  func destruct(_ fact: Theorem, _ pattern: RCasesPattern, _ goal: GoalState, _ range: SourceRange)
    throws(CheckError) -> GoalStep
  {
    let proposition = fact.conclusion
    switch pattern.kind {
    case .name("rfl"):
      return try substituteEquation(fact, goal, range)
    case .name(let name):
      return cut(goal, name, fact, range)
    case .hole:
      var step = cut(goal, "h", fact, range)
      step.subgoals[0].context.entries[step.subgoals[0].context.entries.count - 1].accessible = false
      return step
    case .clear:
      return GoalStep(subgoals: [goal]) { (theorems) throws(CheckError) -> Theorem in theorems[0] }
    case .typed(let inner, let type):
      let stated = try elaborator(goal).proposition(type)
      guard let converted = try rule(range, { () throws(KernelError) in try Conversion.convert(fact, to: stated) })
      else {
        throw .tactic("type mismatch in pattern: \(printer.term(stated, in: goal.context))", at: pattern.range)
      }
      return try destruct(converted, inner, goal, range)
    case .tuple(let parts):
      if parts.count >= 2, let unfold = try rule(range, { () throws(KernelError) in try Conversion.whnf(proposition) })
      {
        let unfolded = try rule(range) { () throws(KernelError) in try Theorem.eqMP(unfold, fact) }
        return try destruct(unfolded, pattern, goal, range)
      }
      if parts.isEmpty { return try destruct(fact, RCasesPattern(.hole, range: pattern.range), goal, range) }
      if parts.count == 1 { return try destruct(fact, parts[0], goal, range) }
      let rest =
        parts.count == 2 ? parts[1] : RCasesPattern(.tuple(Array(parts.dropFirst())), range: pattern.range)
      if proposition.operands(of: .and) != nil || proposition.operands(of: .iff) != nil {
        let isAnd = proposition.operands(of: .and) != nil
        let left = try rule(range) { () throws(KernelError) in
          isAnd ? try Theorem.andLeft(fact) : try Theorem.iffMP(fact)
        }
        let right = try rule(range) { () throws(KernelError) in
          isAnd ? try Theorem.andRight(fact) : try Theorem.iffMPR(fact)
        }
        let first = try destruct(left, parts[0], goal, range)
        return try sequence(first) { (next) throws(CheckError) -> GoalStep in try destruct(right, rest, next, range) }
      }
      if let (quantifier, _) = proposition.asQuantifier, case .exists(let type) = quantifier {
        var next = goal
        let name: String
        var accessible = true
        switch parts[0].kind {
        case .name(let given): name = given
        default:
          name = proposition.binderName ?? "w"
          accessible = false
        }
        let witness = next.context.addVariable(name, type, accessible: accessible)
        let body = try rule(range) { () throws(KernelError) in try proposition.instantiateBinder(with: witness) }
        let assumed = try rule(range) { () throws(KernelError) in try Theorem.assume(body) }
        let inner = try destruct(assumed, rest, next, range)
        return GoalStep(subgoals: inner.subgoals) { (theorems) throws(CheckError) -> Theorem in
          let proved = try inner.justify(theorems)
          do throws(KernelError) { return try Theorem.existsElim(fact, witness, proved) } catch {
            throw .kernel(error, at: range)
          }
        }
      }
      throw .tactic(
        "rcases: the pattern ⟨…⟩ does not fit\n  \(printer.term(proposition, in: goal.context))", at: pattern.range)
    case .alternatives(let alternatives):
      if alternatives.count == 1 { return try destruct(fact, alternatives[0], goal, range) }
      guard let (p, q) = proposition.operands(of: .or) else {
        throw .tactic(
          "rcases: the pattern | does not fit\n  \(printer.term(proposition, in: goal.context))", at: pattern.range)
      }
      let rest =
        alternatives.count == 2
        ? alternatives[1] : RCasesPattern(.alternatives(Array(alternatives.dropFirst())), range: pattern.range)
      var leftGoal = goal
      leftGoal.tag = "inl"
      var rightGoal = goal
      rightGoal.tag = "inr"
      let left = try destruct(
        try rule(range) { () throws(KernelError) in try Theorem.assume(p) }, alternatives[0], leftGoal, range)
      let right = try destruct(
        try rule(range) { () throws(KernelError) in try Theorem.assume(q) }, rest, rightGoal, range)
      let count = left.subgoals.count
      return GoalStep(subgoals: left.subgoals + right.subgoals) { (theorems) throws(CheckError) -> Theorem in
        let l = try left.justify(Array(theorems[..<count]))
        let r = try right.justify(Array(theorems[count...]))
        do throws(KernelError) { return try Theorem.orElim(fact, l, r) } catch { throw .kernel(error, at: range) }
      }
    }
  }

  // MARK: rcases, obtain, rintro, cases

  func rcases(_ goal: GoalState, _ target: Syntax, _ pattern: RCasesPattern?, _ range: SourceRange)
    throws(CheckError) -> GoalStep
  {
    let pattern = pattern ?? RCasesPattern(.hole, range: range)
    if case .identifier(let name) = target.kind, let entry = goal.context.lookup(name) {
      if entry.isHypothesis { return try destructHypothesis(goal, named: name, pattern, range) }
      if entry.term.type == .nat, case .alternatives(let alternatives) = pattern.kind, alternatives.count == 2 {
        var names: [String] = []
        if case .name(let given) = alternatives[1].kind { names = [given] }
        return try natCases(goal, entry.term, succNames: names, range)
      }
      throw .unsupported("rcases on a variable of type \(printer.term(entry.term, in: goal.context))", at: range)
    }
    let fact = try elaborator(goal).proof(target, expected: nil)
    return try destruct(fact, pattern, goal, range)
  }

  func obtain(_ goal: GoalState, _ pattern: RCasesPattern?, _ type: Syntax?, _ value: Syntax?, _ range: SourceRange)
    throws(CheckError) -> GoalStep
  {
    guard let value else { throw .unsupported("obtain without a value", at: range) }
    let pattern = pattern ?? RCasesPattern(.hole, range: range)
    let stated = try type.map { (syntax) throws(CheckError) -> KTerm in try elaborator(goal).proposition(syntax) }
    if stated == nil, case .identifier(let name) = value.kind, goal.context.lookup(name)?.isHypothesis == true {
      return try destructHypothesis(goal, named: name, pattern, range)
    }
    let fact = try elaborator(goal).proof(value, expected: stated)
    return try destruct(fact, pattern, goal, range)
  }

  func rintro(_ goal: GoalState, _ patterns: [RCasesPattern], _ range: SourceRange) throws(CheckError) -> GoalStep {
    var step = GoalStep(subgoals: [goal]) { (theorems) throws(CheckError) -> Theorem in theorems[0] }
    for pattern in patterns {
      step = try sequence(step) { (current) throws(CheckError) -> GoalStep in
        switch pattern.kind {
        case .name(let name) where name != "rfl":
          return try introOne(current, name: name, range).1
        case .hole:
          return try introOne(current, name: nil, range).1
        default:
          let (introduced, first) = try introOne(current, name: "␣rintro", range)
          _ = introduced
          return try sequence(first) { (next) throws(CheckError) -> GoalStep in
            try destructHypothesis(next, named: "␣rintro", pattern, range)
          }
        }
      }
    }
    return step
  }

  func cases(_ goal: GoalState, _ target: Syntax, _ alternatives: [InductionAlternative], _ range: SourceRange)
    throws(CheckError) -> GoalStep
  {
    if case .identifier(let name) = target.kind, let entry = goal.context.lookup(name), !entry.isHypothesis {
      guard entry.term.type == .nat else {
        throw .unsupported("cases on a variable of type \(printer.term(entry.term, in: goal.context))", at: range)
      }
      let succ = alternatives.first { $0.constructor == "succ" }
      let step = try natCases(goal, entry.term, succNames: succ?.names ?? [], range)
      return try runAlternatives(step, alternatives, range)
    }
    let fact: Theorem
    var base = goal
    if case .identifier(let name) = target.kind, let entry = goal.context.lookup(name), entry.isHypothesis {
      fact = try rule(range) { () throws(KernelError) in try Theorem.assume(entry.term) }
      base.context.removeHypothesis(named: name)
    } else {
      fact = try elaborator(goal).proof(target, expected: nil)
    }
    let proposition = fact.conclusion
    func names(_ constructor: String, _ count: Int) -> [RCasesPattern] {
      let given = alternatives.first { $0.constructor == constructor }?.names ?? []
      return (0..<count).map { index in
        index < given.count && given[index] != "_"
          ? RCasesPattern(.name(given[index]), range: range) : RCasesPattern(.hole, range: range)
      }
    }
    let pattern: RCasesPattern
    if proposition.operands(of: .or) != nil {
      pattern = RCasesPattern(
        .alternatives([
          RCasesPattern(.tuple(names("inl", 1)), range: range), RCasesPattern(.tuple(names("inr", 1)), range: range),
        ]), range: range)
    } else if proposition.operands(of: .and) != nil || proposition.operands(of: .iff) != nil
      || proposition.asQuantifier.map({ if case .exists = $0.quantifier { true } else { false } }) == true
    {
      pattern = RCasesPattern(.tuple(names("intro", 2)), range: range)
    } else if proposition === KTerm.falseProposition {
      let target = goal.target
      return .closed(try rule(range) { () throws(KernelError) in try Theorem.falseElim(fact, target) })
    } else {
      throw .unsupported("cases on \(printer.term(proposition, in: goal.context))", at: range)
    }
    var step = try destruct(fact, pattern, base, range)
    if proposition.operands(of: .or) == nil {
      for index in step.subgoals.indices { step.subgoals[index].tag = "intro" }
    }
    return try runAlternatives(step, alternatives, range)
  }

  /// Runs the `| ctor names => tactics` alternatives on the goals of a case split, by tag.
  func runAlternatives(_ step: GoalStep, _ alternatives: [InductionAlternative], _ range: SourceRange)
    throws(CheckError) -> GoalStep
  {
    guard !alternatives.isEmpty else { return step }
    var state = TacticState(goals: step.subgoals, justify: step.justify)
    var index = 0
    for goal in step.subgoals {
      guard
        let alternative = alternatives.first(where: { $0.constructor == goal.tag })
          ?? alternatives.first(where: { $0.constructor == "_" })
      else {
        throw .tactic("alternative '\(goal.tag ?? "?")' has not been provided", at: range)
      }
      let inner = try run(alternative.body, on: TacticState(goal: goal))
      guard inner.goals.isEmpty else {
        throw .tactic("unsolved goals\n" + printer.text(inner.goals), at: alternative.range)
      }
      state = state.replacing(index, with: inner)
    }
    index += 0
    return GoalStep(subgoals: state.goals, justify: state.justify)
  }

  // MARK: induction on ℕ

  /// `cases n` on a ℕ variable: induction without the hypothesis.
  func natCases(_ goal: GoalState, _ variable: KTerm, succNames: [String], _ range: SourceRange) throws(CheckError)
    -> GoalStep
  {
    try natInduction(goal, variable, generalizing: [], succNames: succNames, withHypothesis: false, range)
  }

  func induction(
    _ goal: GoalState, _ target: Syntax, _ generalizing: [String], _ alternatives: [InductionAlternative],
    _ range: SourceRange
  ) throws(CheckError) -> GoalStep {
    guard case .identifier(let name) = target.kind, let entry = goal.context.lookup(name), !entry.isHypothesis else {
      throw .unsupported("induction on a term that is not a variable", at: target.range)
    }
    guard entry.term.type == .nat else {
      throw .unsupported("induction on a variable of type \(printer.term(entry.term, in: goal.context))", at: range)
    }
    let succ = alternatives.first { $0.constructor == "succ" }
    let step = try natInduction(
      goal, entry.term, generalizing: generalizing, succNames: succ?.names ?? [], withHypothesis: true, range)
    return try runAlternatives(step, alternatives, range)
  }

  private func natInduction(
    _ goal: GoalState, _ variable: KTerm, generalizing: [String], succNames: [String], withHypothesis: Bool,
    _ range: SourceRange
  ) throws(CheckError) -> GoalStep {
    // Entries to revert: generalized variables and every hypothesis that mentions a reverted variable.
    var reverted: [KTerm] = [variable]
    for name in generalizing {
      guard let entry = goal.context.lookup(name), !entry.isHypothesis else {
        throw .elaboration("Unknown identifier `\(name)`", at: range)
      }
      reverted.append(entry.term)
    }
    var base = goal.context
    base.entries = []
    var moved: [LocalContext.Entry] = []
    for entry in goal.context.entries {
      if entry.isHypothesis {
        if reverted.contains(where: { entry.term.hasFreeVariable($0) }) {
          moved.append(entry)
        } else {
          base.entries.append(entry)
        }
      } else if reverted.contains(where: { $0 === entry.term }) {
        if entry.term !== variable { moved.append(entry) }
      } else {
        base.entries.append(entry)
      }
    }
    // The motive's body: ∀ generalized, hypotheses → target, over the induction variable.
    var body = goal.target
    for entry in moved.reversed() {
      let current = body
      body = try rule(range) { () throws(KernelError) in
        entry.isHypothesis ? try KTerm.implies(entry.term, current) : try KTerm.forall(entry.term, current)
      }
    }
    let motive = try rule(range) { () throws(KernelError) in try KTerm.lambda(variable, body) }
    let zero = try rule(range) { () throws(KernelError) in try motive.instantiateBinder(with: KTerm.natLiteral(0)) }
    var succContext = base
    let predecessorName = succNames.first.flatMap { $0 == "_" ? nil : $0 }
    let predecessor = succContext.addVariable(
      predecessorName ?? "n", .nat,
      accessible: predecessorName != nil)
    let hypothesis = try rule(range) { () throws(KernelError) in try motive.instantiateBinder(with: predecessor) }
    if withHypothesis {
      let ihName = succNames.count > 1 && succNames[1] != "_" ? succNames[1] : nil
      succContext.addHypothesis(ihName ?? "a", hypothesis, accessible: ihName != nil)
    }
    let successor = try rule(range) { () throws(KernelError) in
      try KTerm.add(predecessor, try KTerm.natLiteral(1))
    }
    let succTarget = try rule(range) { () throws(KernelError) in try motive.instantiateBinder(with: successor) }
    // Each case re-introduces the reverted entries under their names.
    func reintroduce(_ context: LocalContext, _ target: KTerm, tag: String) throws(CheckError) -> GoalStep {
      var step = GoalStep(subgoals: [GoalState(context: context, target: target, tag: tag)]) {
        (theorems) throws(CheckError) -> Theorem in theorems[0]
      }
      for entry in moved {
        step = try sequence(step) { (current) throws(CheckError) -> GoalStep in
          try introOne(current, name: entry.name, range).1
        }
      }
      for index in step.subgoals.indices { step.subgoals[index].tag = tag }
      return step
    }
    let zeroStep = try reintroduce(base, zero, tag: "zero")
    let succStep = try reintroduce(succContext, succTarget, tag: "succ")
    let count = zeroStep.subgoals.count
    let movedEntries = moved
    let originalVariable = variable
    return GoalStep(subgoals: zeroStep.subgoals + succStep.subgoals) { (theorems) throws(CheckError) -> Theorem in
      let zeroProof = try zeroStep.justify(Array(theorems[..<count]))
      let succProof = try succStep.justify(Array(theorems[count...]))
      do throws(KernelError) {
        let step = try Theorem.forallIntro(predecessor, Theorem.impIntro(hypothesis, succProof))
        var result = try Theorem.forallElim(
          Theorem.natInduction(motive: motive, zero: zeroProof, succ: step), originalVariable)
        for entry in movedEntries {
          result =
            entry.isHypothesis
            ? try Theorem.impElim(result, Theorem.assume(entry.term)) : try Theorem.forallElim(result, entry.term)
        }
        return result
      } catch { throw .kernel(error, at: range) }
    }
  }

  // MARK: subst

  func subst(_ goal: GoalState, _ terms: [Syntax], _ range: SourceRange) throws(CheckError) -> GoalStep {
    var step = GoalStep(subgoals: [goal]) { (theorems) throws(CheckError) -> Theorem in theorems[0] }
    for term in terms {
      step = try sequence(step) { (current) throws(CheckError) -> GoalStep in
        guard case .identifier(let name) = term.kind, let entry = current.context.lookup(name) else {
          throw .tactic("subst: a hypothesis or variable name is expected", at: term.range)
        }
        if entry.isHypothesis {
          let fact = try rule(range) { () throws(KernelError) in try Theorem.assume(entry.term) }
          var cleared = current
          cleared.context.removeHypothesis(named: name)
          return try substituteEquation(fact, cleared, range)
        }
        guard
          let equation = current.context.entries.last(where: { candidate in
            guard candidate.isHypothesis, let (a, b) = candidate.term.asEquation else { return false }
            return a === entry.term || b === entry.term
          })
        else { throw .tactic("subst: no equation for '\(name)'", at: term.range) }
        let fact = try rule(range) { () throws(KernelError) in try Theorem.assume(equation.term) }
        var cleared = current
        cleared.context.entries.removeAll { $0.isHypothesis && $0.name == equation.name && $0.term === equation.term }
        return try substituteEquation(fact, cleared, range)
      }
    }
    return step
  }

  /// Eliminates an equation `a = b` where one side is a variable of the context (the right side
  /// preferred, as Lean's `subst`), replacing it everywhere.
  func substituteEquation(_ fact: Theorem, _ goal: GoalState, _ range: SourceRange) throws(CheckError) -> GoalStep {
    guard let (a, b) = fact.conclusion.asEquation else {
      throw .tactic("subst: the hypothesis is not an equation", at: range)
    }
    func isLocal(_ term: KTerm) -> Bool {
      term.variableName != nil && goal.context.entries.contains { !$0.isHypothesis && $0.term === term }
    }
    let variable: KTerm
    let value: KTerm
    let equation: Theorem
    if isLocal(b), !a.hasFreeVariable(b) {
      variable = b
      value = a
      equation = try rule(range) { () throws(KernelError) in try Theorem.symm(fact) }
    } else if isLocal(a), !b.hasFreeVariable(a) {
      variable = a
      value = b
      equation = fact
    } else {
      throw .tactic(
        "tactic 'subst' failed, invalid equality proof, it is not of the form (x = t) or (t = x)\n  "
          + printer.term(fact.conclusion, in: goal.context), at: range)
    }
    var next = goal
    next.context.entries.removeAll { !$0.isHypothesis && $0.term === variable }
    var dependent: [KTerm] = []
    for index in next.context.entries.indices where next.context.entries[index].isHypothesis {
      let proposition = next.context.entries[index].term
      if proposition.hasFreeVariable(variable) {
        dependent.append(proposition)
        next.context.entries[index].term = try rule(range) { () throws(KernelError) in
          try proposition.substituting([(variable, value)])
        }
      }
    }
    let target = goal.target
    next.target = try rule(range) { () throws(KernelError) in try target.substituting([(variable, value)]) }
    let dependents = dependent
    return GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in
      do throws(KernelError) {
        var statement = target
        for hypothesis in dependents.reversed() { statement = try KTerm.implies(hypothesis, statement) }
        let placeholder = KTerm.freshVariable("z", variable.type, avoiding: [statement, value])
        let motive = try KTerm.lambda(placeholder, try statement.substituting([(variable, placeholder)]))
        var proved = theorems[0]
        for hypothesis in dependents.reversed() {
          proved = try Theorem.impIntro(try hypothesis.substituting([(variable, value)]), proved)
        }
        let bridge = try Conversion.substitute(motive, equation)
        var result = try Theorem.eqMP(Theorem.symm(bridge), proved)
        for hypothesis in dependents { result = try Theorem.impElim(result, Theorem.assume(hypothesis)) }
        return result
      } catch { throw .kernel(error, at: range) }
    }
  }
}
