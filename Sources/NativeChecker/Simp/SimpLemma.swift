import Kernel

/// A theorem prepared as a rewrite rule for `simp`, under its Lean name.
///
/// The statement is `∀ xs, lhs = rhs`, `∀ xs, (p ↔ q)`, `∀ xs, p` (used as `p = True`),
/// `∀ xs, ¬p` (`p = False`) or `∀ xs, a ≠ b` (`(a = b) = False`), with side conditions
/// `h → …` between or after the binders, as Lean's `simp` reads its lemmas. The `∀`-bound
/// variables become pattern variables; each must occur in the left side. Free variables of a
/// hypothesis theorem stay fixed. A lemma whose two sides are the same up to renaming its
/// variables (a permutation such as `a + b = b + a`) rewrites only to a smaller term. `Nat.succ x`
/// in the statement is read as `x + 1` (definitionally equal in Lean; see `SuccessorNormalization`).
public struct SimpLemma: Sendable {
  public let name: String
  public let theorem: Theorem
  /// Lean's simp priority (default 1000; `simp high` is 10000, `simp low` 10).
  public let priority: Int

  /// How the statement is peeled: a binder instantiated with a pattern variable, or a condition.
  enum Step: Sendable {
    /// The next binder, instantiated with the value of the pattern variable at this position.
    case variable(Int)
    case condition
  }

  /// How the conclusion turns into an equation.
  enum Form: Sendable {
    case equation
    case iff
    case proposition
    case negation
    case notEqual
  }

  let steps: [Step]
  let lhs: Term
  let rhs: Term
  let form: Form
  let patternVariables: [Term]
  let isPermutation: Bool
  let key: HeadKey
  /// Whether a pattern variable is a function (a predicate `p : ℕ → Prop`), so that instances
  /// contain β-redexes to reduce.
  var isHigherOrder: Bool { patternVariables.contains { $0.type.domain != nil } }

  public init(name: String, theorem: Theorem, priority: Int = 1000) throws(SimpFailure) {
    let normalized = try kernelStep(lemma: name) { () throws(KernelError) in
      try SuccessorNormalization.normalizeConclusion(theorem)
    }
    if normalized.conclusion != theorem.conclusion,
      let lemma = try? SimpLemma(prepared: name, theorem: normalized, priority: priority), lemma.lhs != lemma.rhs
    {
      self = lemma
    } else {
      try self.init(prepared: name, theorem: theorem, priority: priority)
    }
  }

  private init(prepared name: String, theorem: Theorem, priority: Int) throws(SimpFailure) {
    self.name = name
    self.theorem = theorem
    self.priority = priority
    var statement = theorem.conclusion
    var steps: [Step] = []
    var variables: [Term] = []
    while true {
      if let (quantifier, _) = statement.asQuantifier, case .forall(let type) = quantifier {
        let variable = Term.variable("?\(statement.binderName ?? "x").\(variables.count)", type)
        statement = try kernelStep(lemma: name) { () throws(KernelError) in
          try statement.instantiateBinder(with: variable)
        }
        steps.append(.variable(variables.count))
        variables.append(variable)
      } else if let (_, conclusion) = statement.operands(of: .implies) {
        steps.append(.condition)
        statement = conclusion
      } else {
        break
      }
    }
    let (lhs, rhs, form) = try Self.classify(statement, name: name)
    if case .variable = lhs.kind, variables.contains(where: { $0 === lhs }) {
      throw SimpFailure(.unusableLemma, "the left-hand side is a variable", lemma: name)
    }
    for variable in variables where !lhs.hasFreeVariable(variable) {
      throw SimpFailure(
        .unusableLemma, "the variable \(variable.variableName ?? "?") does not occur in the left-hand side \(lhs)",
        lemma: name)
    }
    self.steps = steps
    self.lhs = lhs
    self.rhs = rhs
    self.form = form
    self.patternVariables = variables
    self.key = HeadKey(lhs)
    var renaming = PatternMatcher(patternVariables: variables)
    self.isPermutation =
      form == .equation && renaming.match(lhs, rhs)
      && Set(renaming.bindings.compactMap { $0?.id }).count == variables.count
      && renaming.bindings.allSatisfy { value in variables.contains { $0 === value } }
  }

  /// The lemmas of a hypothesis or lemma, split at conjunctions as Lean's `simp` does
  /// (`h : a = 1 ∧ b = 2` gives two rewrite rules).
  public static func lemmas(name: String, theorem: Theorem, priority: Int = 1000) throws(SimpFailure) -> [SimpLemma] {
    if theorem.conclusion.operands(of: .and) != nil {
      let left = try kernelStep(lemma: name) { () throws(KernelError) in try Theorem.andLeft(theorem) }
      let right = try kernelStep(lemma: name) { () throws(KernelError) in try Theorem.andRight(theorem) }
      return try lemmas(name: name, theorem: left, priority: priority)
        + lemmas(name: name, theorem: right, priority: priority)
    }
    if theorem.conclusion === Term.trueProposition { return [] }
    return [try SimpLemma(name: name, theorem: theorem, priority: priority)]
  }

  private static func classify(_ statement: Term, name: String) throws(SimpFailure) -> (Term, Term, Form) {
    if let (lhs, rhs) = statement.asEquation { return (lhs, rhs, .equation) }
    if let (lhs, rhs) = statement.operands(of: .iff) { return (lhs, rhs, .iff) }
    if let operand = statement.negatedProposition { return (operand, Term.falseProposition, .negation) }
    if let (constant, lhs, rhs) = statement.asBinaryOperation, case .notEqual = constant {
      let equation = try kernelStep(lemma: name) { () throws(KernelError) in try Term.equal(lhs, rhs) }
      return (equation, Term.falseProposition, .notEqual)
    }
    if statement === Term.trueProposition || statement === Term.falseProposition {
      throw SimpFailure(.unusableLemma, "the conclusion \(statement) is not a rewrite rule", lemma: name)
    }
    return (statement, Term.trueProposition, .proposition)
  }

  /// `⊢ lhsσ = rhsσ` for the assignment found by matching, with each side condition proved by
  /// `discharge`; nil when a condition is not discharged.
  func instantiate(
    _ bindings: [Term?], discharge: (Term) throws(SimpFailure) -> Theorem?
  ) throws(SimpFailure) -> Theorem? {
    var current = theorem
    for step in steps {
      switch step {
      case .variable(let position):
        guard let value = bindings[position] else {
          throw SimpFailure(.kernel, "no value for a pattern variable", lemma: name)
        }
        current = try kernelStep(lemma: name) { () throws(KernelError) in try Theorem.forallElim(current, value) }
      case .condition:
        guard let (condition, _) = current.conclusion.operands(of: .implies) else {
          throw SimpFailure(.kernel, "a side condition disappeared", lemma: name)
        }
        guard let proof = try discharge(condition) else { return nil }
        current = try kernelStep(lemma: name) { () throws(KernelError) in try Theorem.impElim(current, proof) }
      }
    }
    let instance = current
    let reducesBeta = isHigherOrder
    return try kernelStep(lemma: name) { () throws(KernelError) in
      let equation: Theorem
      switch form {
      case .equation: equation = instance
      case .iff: equation = try Theorem.propext(instance)
      case .proposition: equation = try SimpProofs.equalsTrue(instance)
      case .negation: equation = try SimpProofs.equalsFalse(instance)
      case .notEqual:
        let unfolded = try Theorem.eqMP(Theorem.unfoldNotation(instance.conclusion), instance)
        equation = try SimpProofs.equalsFalse(unfolded)
      }
      return reducesBeta ? try BetaReduction.normalizeSides(equation) : equation
    }
  }
}
