import Kernel
import LeanSyntax
import ProverCore

/// The default simp set of Lean core: the prelude lemmas tagged `@[simp]` and the core logic
/// lemmas, prepared once.
enum DefaultSimpSet {
  static let core: SimpSet = {
    var lemmas = SimpLemma.coreLogic
    for entry in Prelude.core.lemmas.values.sorted(by: { $0.name < $1.name }) where entry.isSimp {
      if let prepared = try? SimpLemma.lemmas(name: entry.name, theorem: entry.theorem) { lemmas += prepared }
    }
    return SimpSet(lemmas)
  }()
}

extension TacticRunner {
  /// `simp`, `simp only [...]`, `simp at h`, `simp [h] at h ⊢` through the Simplifier.
  func simplify(_ goal: GoalState, _ call: SimpCall, _ range: SourceRange) throws(CheckError) -> GoalStep {
    let (simplifier, hypotheses) = try simpContext(goal, call, range)
    switch call.location {
    case nil, .hypotheses([], goal: true):
      return try simplifyTarget(goal, simplifier, hypotheses, range)
    case .hypotheses(let names, let includesGoal):
      var step = GoalStep(subgoals: [goal]) { (theorems) throws(CheckError) -> Theorem in theorems[0] }
      for name in names {
        step = try sequenceFirst(step) { (current) throws(CheckError) -> GoalStep in
          try simplifyHypothesis(current, name, simplifier, hypotheses.filter { $0.name != name }, range)
        }
      }
      if includesGoal {
        step = try sequenceFirst(step) { (current) throws(CheckError) -> GoalStep in
          try simplifyTarget(current, simplifier, hypotheses, range)
        }
      }
      return step
    case .wildcard:
      return try simplifyEverywhere(goal, simplifier, hypotheses, range)
    }
  }

  /// The simplifier of a simp call (the default set or `only`, with the lemmas in brackets and
  /// without the erased ones) and the hypotheses and proof terms given in brackets.
  func simpContext(_ goal: GoalState, _ call: SimpCall, _ range: SourceRange) throws(CheckError)
    -> (Simplifier, [(name: String, theorem: Theorem)])
  {
    var extra: [SimpLemma] = []
    var hypotheses: [(name: String, theorem: Theorem)] = []
    var erased: Set<String> = []
    for argument in call.arguments {
      switch argument {
      case .lemma(let term, let reversed):
        if reversed { throw .unsupported("simp [← h]", at: range) }
        if case .identifier(let name) = term.kind, let entry = goal.context.lookup(name), entry.isHypothesis {
          hypotheses.append((name, try rule(range) { () throws(KernelError) in try Theorem.assume(entry.term) }))
          continue
        }
        if case .identifier(let name) = term.kind, let entry = environment.lemma(named: name) {
          do throws(SimpFailure) { extra += try SimpLemma.lemmas(name: entry.name, theorem: entry.theorem) } catch {
            throw .tactic("invalid 'simp', proposition expected: \(error.description)", at: term.range)
          }
          continue
        }
        if case .identifier(let name) = term.kind, let family = mathlibFamily(name) {
          for entry in family {
            do throws(SimpFailure) { extra += try SimpLemma.lemmas(name: name, theorem: entry.theorem) } catch {
              throw .tactic("invalid 'simp', proposition expected: \(error.description)", at: term.range)
            }
          }
          continue
        }
        if case .identifier(let name) = term.kind, let family = GenericLemmas.lookup(name, in: environment) {
          for entry in family {
            do throws(SimpFailure) { extra += try SimpLemma.lemmas(name: entry.name, theorem: entry.theorem) } catch {
              throw .tactic("invalid 'simp', proposition expected: \(error.description)", at: term.range)
            }
          }
          continue
        }
        let proved = try elaborator(goal).proof(term, expected: nil)
        hypotheses.append((Printer.print(term), proved))
      case .allHypotheses:
        for entry in goal.context.entries where entry.isHypothesis {
          hypotheses.append((entry.name, try rule(range) { () throws(KernelError) in try Theorem.assume(entry.term) }))
        }
      case .erase(let term):
        if case .identifier(let name) = term.kind { erased.insert(environment.lemma(named: name)?.name ?? name) }
      }
    }
    var set = call.only ? SimpSet(extra) : DefaultSimpSet.core.adding(extra + fileSimpLemmas())
    if !erased.isEmpty { set = set.erasing(erased) }
    return (Simplifier(set: set, configuration: call.only ? .only() : .init()), hypotheses)
  }

  /// The ℕ and ℤ instances of a Mathlib lemma stated for any (ordered) monoid or ring, all of
  /// which Lean's `simp [name]` can rewrite with.
  private func mathlibFamily(_ name: String) -> [LemmaEntry]? {
    if let family = MathlibPowerLemmas.family(name, in: environment) { return family }
    guard environment.mathlib, let typed = Elaborator.mathlibGeneric[name] else { return nil }
    let family = typed.compactMap { environment.lemma(named: $0) }
    return family.isEmpty ? nil : family
  }

  private func fileSimpLemmas() -> [SimpLemma] {
    environment.simpLemmas.values.filter { Prelude.core.lemmas[$0.name] == nil }.flatMap {
      (try? SimpLemma.lemmas(name: $0.name, theorem: $0.theorem)) ?? []
    }
  }

  func simplifyTarget(
    _ goal: GoalState, _ simplifier: Simplifier, _ hypotheses: [(name: String, theorem: Theorem)],
    _ range: SourceRange
  ) throws(CheckError) -> GoalStep {
    let result: SimpResult?
    do throws(SimpFailure) { result = try simplifier.simplify(goal.target, usingNamed: hypotheses) } catch {
      throw .tactic("simp failed: \(error.description)", at: range)
    }
    guard let result else { throw .tactic("simp made no progress", at: range) }
    if result.isTrue {
      do throws(SimpFailure) { return .closed(try result.proofOfTerm()) } catch {
        throw .tactic("simp failed: \(error.description)", at: range)
      }
    }
    var next = goal
    next.target = result.result
    return GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in
      do throws(SimpFailure) { return try result.backward(theorems[0]) } catch {
        throw .tactic("simp failed: \(error.description)", at: range)
      }
    }
  }

  private func simplifyHypothesis(
    _ goal: GoalState, _ name: String, _ simplifier: Simplifier, _ hypotheses: [(name: String, theorem: Theorem)],
    _ range: SourceRange
  ) throws(CheckError) -> GoalStep {
    guard let index = goal.context.entries.lastIndex(where: { $0.isHypothesis && $0.accessible && $0.name == name })
    else { throw .elaboration("Unknown identifier `\(name)`", at: range) }
    return try simplifyHypothesis(goal, at: index, simplifier, hypotheses, range)
  }

  /// Simplifies the hypothesis at `index`: it keeps its place, is removed when it becomes `True`,
  /// and closes the goal when it becomes `False`.
  func simplifyHypothesis(
    _ goal: GoalState, at index: Int, _ simplifier: Simplifier, _ hypotheses: [(name: String, theorem: Theorem)],
    _ range: SourceRange
  ) throws(CheckError) -> GoalStep {
    let original = goal.context.entries[index].term
    let result: SimpResult?
    do throws(SimpFailure) { result = try simplifier.simplify(original, usingNamed: hypotheses) } catch {
      throw .tactic("simp failed: \(error.description)", at: range)
    }
    guard let result else { throw .tactic("simp made no progress", at: range) }
    let assumed = try rule(range) { () throws(KernelError) in try Theorem.assume(original) }
    let derived: Theorem
    do throws(SimpFailure) { derived = try result.forward(assumed) } catch {
      throw .tactic("simp failed: \(error.description)", at: range)
    }
    if result.result === KTerm.falseProposition {
      let target = goal.target
      return .closed(try rule(range) { () throws(KernelError) in try Theorem.falseElim(derived, target) })
    }
    var next = goal
    let rewritten = result.result
    if rewritten === KTerm.trueProposition {
      next.context.entries.remove(at: index)
      return GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in theorems[0] }
    }
    next.context.entries[index].term = rewritten
    return GoalStep(subgoals: [next]) { (theorems) throws(CheckError) -> Theorem in
      do throws(KernelError) {
        return try Theorem.impElim(Theorem.impIntro(rewritten, theorems[0]), derived)
      } catch { throw .kernel(error, at: range) }
    }
  }
}
