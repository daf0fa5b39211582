import Kernel
import NativeChecker
import Testing

/// How `simp` reads lemmas and hypotheses, and the behaviours Lean's `simp` has: `simp only`
/// without simprocs, erased lemmas, permutation lemmas, no progress, budgets, binders.
@Suite struct SimplifierBehaviourTests {
  static let natAddZero = Theorem.axiom(.natAddZero)

  /// The built-in propositional lemmas are Lean core `@[simp]` lemmas, proved by the kernel's
  /// rules alone (nothing admitted, no oracle), closed, and each one rewrites.
  @Test func coreLogicLemmasAreLeanSimpLemmasProvedInTheKernel() throws {
    #expect(SimpLemma.coreLogic.count >= 40)
    for lemma in SimpLemma.coreLogic {
      #expect(SimpFixtures.isLeanSimpName(lemma.name), "\(lemma.name)")
      #expect(lemma.theorem.hypotheses.isEmpty && lemma.theorem.conclusion.freeVariables.isEmpty)
      #expect(lemma.theorem.dependencies.isEmpty, "\(lemma.name) rests on \(lemma.theorem.dependencies)")
    }
    let p = Kernel.Term.variable("p", .prop)
    let goal = try Kernel.Term.implies(Kernel.Term.not(Kernel.Term.not(p)), Kernel.Term.or(p, p))
    let result = try #require(try Simplifier(set: SimpSet(SimpLemma.coreLogic)).simplify(goal))
    try SimpAssertions.checkProof(result, of: goal)
    #expect(result.isTrue)
    #expect(result.usedLemmas == ["Classical.not_not", "or_self", "imp_self"])
  }

  /// A side condition that is not discharged leaves no trace: what simp did while trying is not
  /// reported, and is redone (and reported) where the same subterm occurs in the goal.
  @Test func failedDischargeIsForgotten() throws {
    let goal = try SimpFixtures.goal("(2 * y) / (2 * y) = 1 ∨ 0 < 2 * y", ["y": .nat])
    let result = try #require(try Simplifier(set: SimpFixtures.defaultSet).simplify(goal))
    try SimpAssertions.checkProof(result, of: goal)
    #expect(!result.usedLemmas.contains("Nat.div_self"))
    #expect(result.usedLemmas.contains("Nat.mul_pos_iff_of_pos_left"), "\(result.usedLemmas)")
    #expect(result.result == (try SimpFixtures.goal("(2 * y) / (2 * y) = 1 ∨ 0 < y", ["y": .nat])))
  }

  @Test func lemmaWithVariableLeftSideIsRefused() throws {
    let n = Kernel.Term.variable("n", .nat)
    let instance = try Theorem.forallElim(Self.natAddZero, n)
    let reversed = try Theorem.forallIntro(n, Theorem.symm(instance))
    #expect {
      try SimpLemma(name: "reversed", theorem: reversed)
    } throws: { error in
      (error as? SimpFailure)?.code == .unusableLemma && "\(error)".contains("left-hand side is a variable")
    }
  }

  @Test func lemmaWithAVariableOutsideTheLeftSideIsRefused() {
    #expect(SimpFixtures.simpLemmas.refused.contains("Int.neg_eq_of_add_eq_zero"))
    let lemma = SimpFixtures.coreLemmas.first { $0.name == "Int.neg_eq_of_add_eq_zero" }
    if let lemma {
      #expect(throws: SimpFailure.self) { try SimpLemma(name: lemma.name, theorem: lemma.theorem) }
    }
  }

  @Test func permutationLemmaRewritesOnlyTowardsTheSmallerTerm() throws {
    let commutativity = try SimpLemma(name: "Int.add_comm", theorem: Theorem.axiom(.intAddComm))
    let simplifier = Simplifier(set: SimpSet([commutativity]), configuration: .only())
    let x = Kernel.Term.variable("x", .int)
    let y = Kernel.Term.variable("y", .int)
    let forward = try Kernel.Term.add(x, y)
    let backward = try Kernel.Term.add(y, x)
    let results = [try simplifier.simplify(forward), try simplifier.simplify(backward)]
    #expect(results.compactMap { $0 }.count == 1, "exactly one orientation is rewritten")
    for result in results.compactMap({ $0 }) {
      try SimpAssertions.checkProof(result, of: result.term)
      #expect(try simplifier.simplify(result.result) == nil, "the smaller term is a fixed point")
      #expect(result.usedLemmas == ["Int.add_comm"])
    }
    let equation = try Kernel.Term.equal(forward, backward)
    let closed = try #require(try simplifier.simplify(equation))
    #expect(closed.isTrue)
    #expect(closed.usedLemmas == ["Int.add_comm", "eq_self"])
  }

  @Test func simpOnlyUsesNoSimprocsUnlessNamed() throws {
    let goal = try SimpFixtures.goal("2 + 3 + 0 = 5")
    let lemma = try SimpLemma(name: "Nat.add_zero", theorem: Self.natAddZero)
    let only = try #require(try Simplifier(set: SimpSet([lemma]), configuration: .only()).simplify(goal))
    try SimpAssertions.checkProof(only, of: goal)
    #expect(only.result == (try SimpFixtures.goal("2 + 3 = 5")))
    #expect(only.usedLemmas == ["Nat.add_zero"])
    let named = try #require(
      try Simplifier(set: SimpSet([lemma]), configuration: .only(simprocs: [.natReduceAdd])).simplify(goal))
    #expect(named.isTrue)
    #expect(named.usedLemmas == ["Nat.reduceAdd", "Nat.add_zero", "eq_self"])
    #expect(Simproc(name: "Nat.reduceAdd") == .natReduceAdd)
    #expect(Simproc(name: "Nat.reduceAddd") == nil)
  }

  @Test func emptySetStillClosesReflexiveGoals() throws {
    let simplifier = Simplifier(set: .empty, configuration: .only())
    let equation = try SimpFixtures.goal("x + y = x + y", ["x": .nat, "y": .nat])
    let result = try #require(try simplifier.simplify(equation))
    #expect(result.isTrue && result.usedLemmas == ["eq_self"])
    let equivalence = try SimpFixtures.goal("(p ∧ q ↔ p ∧ q)", ["p": .prop, "q": .prop])
    #expect(try simplifier.simplify(equivalence)?.usedLemmas == ["iff_self"])
  }

  @Test func noProgressIsNil() throws {
    let simplifier = Simplifier(set: SimpFixtures.defaultSet)
    #expect(try simplifier.simplify(try SimpFixtures.goal("x = y", ["x": .nat, "y": .nat])) == nil)
    #expect(try simplifier.simplify(try SimpFixtures.goal("x + y < z", ["x": .int, "y": .int, "z": .int])) == nil)
    #expect(try simplifier.simplify(Kernel.Term.trueProposition) == nil)
  }

  @Test func erasedLemmaIsNotUsed() throws {
    let goal = try SimpFixtures.goal("x + 0 = x", ["x": .nat])
    let full = try #require(try Simplifier(set: SimpFixtures.defaultSet).simplify(goal))
    #expect(full.usedLemmas.contains("Nat.add_zero"))
    let erased = SimpFixtures.defaultSet.erasing(["Nat.add_zero"])
    #expect(!erased.names.contains("Nat.add_zero"))
    let result = try Simplifier(set: erased).simplify(goal)
    #expect(result?.usedLemmas.contains("Nat.add_zero") != true)
    if let result { try SimpAssertions.checkProof(result, of: goal) }
  }

  @Test func loopingHypothesisHitsTheBudget() throws {
    let x = Kernel.Term.variable("x", .nat)
    let loop = try Theorem.assume(Kernel.Term.equal(x, Kernel.Term.add(x, Kernel.Term.natLiteral(0))))
    let simplifier = Simplifier(set: .empty, configuration: SimpConfiguration(maxSteps: 2000, simprocs: []))
    #expect {
      try simplifier.simplify(try Kernel.Term.lessOrEqual(x, x), using: [loop])
    } throws: { error in
      let code = (error as? SimpFailure)?.code
      return code == .stepLimit || code == .depthLimit
    }
  }

  @Test func hypothesesOfEveryShapeRewrite() throws {
    let simplifier = Simplifier(set: SimpFixtures.defaultSet)
    let cases: [(goal: String, hypothesis: String, variables: [String: TermType])] = [
      ("p ∨ q → q", "¬p", ["p": .prop, "q": .prop]),
      ("x = 0 → False", "x ≠ 0", ["x": .nat]),
      ("x + y = 3", "x = 1 ∧ y = 2", ["x": .nat, "y": .nat]),
      ("x ≤ 5 ∧ True", "x ≤ 5", ["x": .int]),
      ("(q ∧ p) ∨ False", "p ↔ True", ["p": .prop, "q": .prop]),
    ]
    for (goal, hypothesis, variables) in cases {
      let statement = try SimpFixtures.goal(goal, variables)
      let assumption = try SimpFixtures.goal(hypothesis, variables)
      let result = try #require(
        try simplifier.simplify(statement, usingNamed: [("h", try Theorem.assume(assumption))]),
        "\(goal) [\(hypothesis)]")
      try SimpAssertions.checkProof(result, of: statement, hypotheses: [assumption])
      #expect(result.usedLemmas.contains("h"), "\(goal) [\(hypothesis)]: \(result.usedLemmas)")
      if goal != "(q ∧ p) ∨ False" {
        #expect(result.isTrue, "\(goal) [\(hypothesis)] ↦ \(result.result)")
      }
    }
  }

  @Test func binderVariableAvoidsTheHypothesesNames() throws {
    let y = Kernel.Term.variable("y", .nat)
    let hypothesis = try Kernel.Term.equal(y, Kernel.Term.natLiteral(3))
    let goal = try SimpFixtures.goal("∃ y : Nat, y + 0 = 5")
    let result = try #require(
      try Simplifier(set: SimpFixtures.defaultSet).simplify(goal, using: [try Theorem.assume(hypothesis)]))
    try SimpAssertions.checkProof(result, of: goal)
    #expect(result.isTrue)
    #expect(result.usedLemmas.contains("exists_eq"))
    #expect(!result.usedLemmas.contains("hypothesis 1"), "the bound y is not the hypothesis' y")
  }

  @Test func underBindersTheBoundNameIsKept() throws {
    let goal = try SimpFixtures.goal("∀ n : Nat, n * 1 < m + 0", ["m": .nat])
    let result = try #require(try Simplifier(set: SimpFixtures.defaultSet).simplify(goal))
    try SimpAssertions.checkProof(result, of: goal)
    #expect(result.result == (try SimpFixtures.goal("∀ n : Nat, n < m", ["m": .nat])))
    #expect(result.result.binderName == "n")
  }

  /// `not_exists` is stated `(¬∃ x, p x) ↔ ∀ x, ¬p x`: the result's binder is named `x`, as in Lean.
  @Test func notExistsKeepsLeansBinderName() throws {
    let goal = try SimpFixtures.goal("¬∃ y : Nat, y * y = z", ["z": .nat])
    let result = try #require(try Simplifier(set: SimpFixtures.defaultSet).simplify(goal))
    try SimpAssertions.checkProof(result, of: goal)
    #expect(result.result == (try SimpFixtures.goal("∀ x : Nat, ¬x * x = z", ["z": .nat])))
    #expect(result.result.binderName == "x")
    #expect(result.usedLemmas == ["not_exists"])
  }

  @Test func resultHelpersTransportProofs() throws {
    let goal = try SimpFixtures.goal("x * 1 = 2 + 1", ["x": .nat])
    let result = try #require(try Simplifier(set: SimpFixtures.defaultSet).simplify(goal))
    #expect(result.result == (try SimpFixtures.goal("x = 3", ["x": .nat])))
    let assumed = try Theorem.assume(goal)
    #expect(try result.forward(assumed).conclusion == result.result)
    let newGoal = try Theorem.assume(result.result)
    #expect(try result.backward(newGoal).conclusion == goal)
    #expect(throws: SimpFailure.self) { try result.proofOfTerm() }
  }
}

/// Deep and wide terms: the traversal neither overflows nor gives up below Lean's limits.
@Suite struct SimplifierDepthTests {
  @Test func deepSumOfLiteralsEvaluates() throws {
    var term = try Kernel.Term.natLiteral(1)
    for _ in 0..<300 { term = try Kernel.Term.add(Kernel.Term.natLiteral(1), term) }
    let goal = try Kernel.Term.equal(term, Kernel.Term.natLiteral(301))
    let result = try #require(try Simplifier(set: SimpFixtures.defaultSet).simplify(goal))
    try SimpAssertions.checkProof(result, of: goal)
    #expect(result.isTrue)
  }

  @Test func tooDeepTermFailsWithTheDepthLimit() throws {
    let x = Kernel.Term.variable("x", .nat)
    var term = x
    for _ in 0..<100 { term = try Kernel.Term.add(term, Kernel.Term.natLiteral(0)) }
    let shallow = Simplifier(set: SimpFixtures.defaultSet, configuration: SimpConfiguration(maxDepth: 50))
    #expect {
      try shallow.simplify(term)
    } throws: { error in
      (error as? SimpFailure)?.code == .depthLimit
    }
    let result = try #require(try Simplifier(set: SimpFixtures.defaultSet).simplify(term))
    #expect(result.result == x)
  }
}

/// Lean's offset simprocs: `Nat.reduceEqDiff`, `Nat.reduceLeDiff` and `Nat.reduceSubDiff` cancel a
/// common literal of ℕ offsets, with Lean's orientation of the result.
@Suite struct OffsetSimprocTests {
  static let variables: [String: TermType] = ["x": .nat, "y": .nat, "n": .nat, "m": .nat, "p": .prop]

  static let cases: [(goal: String, result: String)] = [
    ("x + 2 = 5", "x = 3"), ("5 = x + 2", "x = 3"), ("x + 5 = 3", "False"), ("3 = x + 5", "False"),
    ("x + 1 = y + 3", "x = y + 2"), ("x + 3 = y + 1", "x + 2 = y"), ("x + 3 ≤ 5", "x ≤ 2"),
    ("x + 5 ≤ 3", "False"), ("3 ≤ x + 5", "True"), ("5 ≤ x + 3", "2 ≤ x"), ("x + 1 ≤ y + 3", "x ≤ y + 2"),
    ("x + 3 ≤ y + 1", "x + 2 ≤ y"), ("x + 1 + 2 = 5", "x = 2"), ("Nat.succ (x + 1) = 3", "x = 1"),
    ("x + 2 ≥ 3", "1 ≤ x"), ("x + 2 = 2 + 3", "x = 3"), ("x + 1 ≤ 0 ∨ p", "p"),
    ("n + 2 - 1 = m", "n + 1 = m"), ("x + 5 - 2 = y", "x + 3 = y"), ("x + 2 - 5 = y", "x - 3 = y"),
    ("x + 3 - (y + 1) = n", "x + 2 - y = n"), ("7 - (y + 2) = n", "5 - y = n"),
    ("x + 1 - (y + 3) = n", "x - (y + 2) = n"), ("2 - (y + 5) = n", "0 = n"),
  ]

  @Test func offsetsAreCancelledAsLeanDoes() throws {
    let simplifier = Simplifier(set: SimpFixtures.defaultSet)
    for (goal, expected) in Self.cases {
      let statement = try SimpFixtures.goal(goal, Self.variables)
      let result = try #require(try simplifier.simplify(statement), "\(goal)")
      try SimpAssertions.checkProof(result, of: statement)
      #expect(result.result == (try SimpFixtures.goal(expected, Self.variables)), "\(goal) ↦ \(result.result)")
      // `n + 2 - 1` meets `Nat.add_succ_sub_one` first: `Nat.succ ?n` unifies with `2` (offset).
      #expect(result.usedLemmas.contains { $0.hasSuffix("Diff") || $0 == "Nat.add_succ_sub_one" }, "\(goal)")
    }
  }

  @Test func simpOnlyHasNoOffsetSimprocs() throws {
    let goal = try SimpFixtures.goal("x + 2 + 0 = 5", ["x": .nat])
    let set = SimpSet(SimpFixtures.defaultSet.lemmas(named: "Nat.add_zero"))
    let result = try #require(try Simplifier(set: set, configuration: .only()).simplify(goal))
    #expect(result.result == (try SimpFixtures.goal("x + 2 = 5", ["x": .nat])))
  }

  @Test func offsetsThatLeanLeavesAloneAreKept() throws {
    let goal = try SimpFixtures.goal("x + 2 = y ∧ x < 5", ["x": .nat, "y": .nat])
    #expect(try Simplifier(set: SimpFixtures.defaultSet).simplify(goal) == nil)
  }
}
