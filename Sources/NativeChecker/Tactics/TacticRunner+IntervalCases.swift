import Kernel
import LeanSyntax
import ProverCore

/// One bound of `interval_cases`, as Mathlib's `IntervalCases.Bound`: a strict (`lt`) or non-strict
/// (`le`) numeral bound, with the hypothesis that states it (none for ℕ's `0 ≤ n`).
struct IntervalBound {
  var value: BigInt
  var strict: Bool
  var hypothesis: KTerm?

  /// The least value a lower bound allows (`3 < x` allows 4).
  var asLower: BigInt { strict ? value + BigInt(1) : value }
  /// The greatest value an upper bound allows (`x < 3` allows 2).
  var asUpper: BigInt { strict ? value - BigInt(1) : value }
}

extension TacticRunner {
  /// The most cases `interval_cases` makes; a wider interval is outside the native fragment.
  static let intervalCasesLimit = 4096

  /// Mathlib's `interval_cases x`, `interval_cases h : x`, `interval_cases (h : x)? using hl, hu`:
  /// one goal per integer between the best numeral bounds of the variable `x` (ℕ has `0 ≤ x`),
  /// with `x` replaced by the numeral in the target and the hypotheses that mention it (which move
  /// to the end of the context, as Lean's `generalize`/`subst` leave them; `x` itself stays). The
  /// case split is proved in the kernel from the two bounds by `omega`.
  func intervalCases(
    _ goal: GoalState, name: String?, target: Syntax?, bounds: [Syntax], _ range: SourceRange
  ) throws(CheckError) -> GoalStep {
    try requireMathlib("interval_cases", range)
    var explicit: [KTerm] = []
    for bound in bounds {
      explicit.append(try elaborator(goal).proof(bound, expected: nil).conclusion)
    }
    let variable: KTerm
    if let target {
      variable = try elaborator(goal).elaborate(target, expected: nil)
    } else if let first = explicit.first, let parsed = Self.parseBound(first) {
      variable = parsed.hi
    } else {
      throw .tactic("interval_cases failed: provided bound cannot be evaluated", at: range)
    }
    guard variable.type == .nat || variable.type == .int else {
      throw .tactic(
        "interval_cases failed: unsupported type \(variable.type == .prop ? "Prop" : "\(variable.type)")", at: range)
    }
    let shown = printer.term(variable, in: goal.context)
    for (index, bound) in explicit.enumerated() {
      let parsed = Self.parseBound(bound)
      guard let parsed, index == 0 ? parsed.hi === variable : parsed.lo === variable else {
        let form = index == 0 ? "_ < \(shown) or _ ≤ \(shown)" : "\(shown) < _ or \(shown) ≤ _"
        throw .tactic(
          "expected a term of the form \(form), got \(printer.term(bound, in: goal.context))", at: bounds[index].range)
      }
    }
    guard variable.variableName != nil,
      goal.context.entries.contains(where: { !$0.isHypothesis && $0.term === variable })
    else {
      throw .unsupported(
        "interval_cases on a term that is not a variable", at: range, detail: "name the term with `obtain ⟨x, hx⟩`")
    }
    var lower: IntervalBound? = variable.type == .nat ? IntervalBound(value: BigInt(0), strict: false) : nil
    var upper: IntervalBound?
    let candidates = bounds.isEmpty ? goal.context.hypotheses : explicit
    for (index, hypothesis) in candidates.enumerated() {
      guard let (lo, hi, strict) = Self.parseBound(hypothesis) else { continue }
      let isUpper = bounds.isEmpty ? lo === variable : index == 1
      guard isUpper || hi === variable else { continue }
      guard let value = Self.numeralValue(isUpper ? hi : lo) else {
        if !bounds.isEmpty {
          throw .tactic(
            "interval_cases failed: provided bound '\(printer.term(hypothesis, in: goal.context))' cannot be evaluated",
            at: range)
        }
        continue
      }
      let bound = IntervalBound(value: value, strict: strict, hypothesis: hypothesis)
      if isUpper {
        if upper.map({ bound.asUpper < $0.asUpper }) ?? true { upper = bound }
      } else if lower.map({ $0.asLower < bound.asLower }) ?? true {
        lower = bound
      }
    }
    guard let lower, let upper else {
      let missing = lower == nil && upper == nil ? "bounds" : lower == nil ? "lower bound" : "upper bound"
      throw .tactic("interval_cases failed: could not find \(missing) on \(shown)", at: range)
    }
    let facts = [lower.hypothesis, upper.hypothesis].compactMap { $0 }
    let low = lower.asLower
    let high = upper.asUpper
    if high < low {
      let proved = try omegaFact(KTerm.falseProposition, from: facts, range)
      let target = goal.target
      return .closed(try rule(range) { () throws(KernelError) in try Theorem.falseElim(proved, target) })
    }
    guard let width = (high - low).asInt, width < Self.intervalCasesLimit else {
      throw .unsupported(
        "interval_cases with more than \(Self.intervalCasesLimit) cases", at: range,
        detail: "bound the variable more tightly first")
    }
    var cases: [(value: KTerm, step: GoalStep)] = []
    for offset in 0...width {
      let value = try numeral(low + BigInt(offset), variable.type, range)
      cases.append((value, try intervalCase(goal, variable, value, name: name, range)))
    }
    let subgoals = cases.flatMap(\.step.subgoals)
    let steps = cases.map(\.step)
    let split = IntervalSplit(runner: self, variable: variable, low: low, range: range)
    return GoalStep(subgoals: subgoals) { (theorems) throws(CheckError) -> Theorem in
      var proved: [Theorem] = []
      var start = 0
      for step in steps {
        let count = step.subgoals.count
        proved.append(try step.justify(Array(theorems[start..<(start + count)])))
        start += count
      }
      return try split.combine(proved, facts: facts, from: 0, to: proved.count - 1)
    }
  }

  /// The goal where `variable = value`: the hypotheses that mention the variable substituted and
  /// moved to the end (after `h : x = value` when named), the variable kept; the justification
  /// proves the goal's target from the case's theorem under the assumption `variable = value`.
  private func intervalCase(_ goal: GoalState, _ variable: KTerm, _ value: KTerm, name: String?, _ range: SourceRange)
    throws(CheckError) -> GoalStep
  {
    let equation = try rule(range) { () throws(KernelError) in try KTerm.equal(variable, value) }
    let assumed = try rule(range) { () throws(KernelError) in try Theorem.assume(equation) }
    var step = try substituteEquation(assumed, goal, range)
    step.subgoals[0].context = try rebuiltContext(goal, variable, value, name: name, range)
    let base = goal.tag.map { $0 + "." } ?? ""
    step.subgoals[0].tag = base + "«\(Self.numeralText(value))»"
    return step
  }

  /// The context of one case, built from the goal's entries in Lean's order.
  private func rebuiltContext(_ goal: GoalState, _ variable: KTerm, _ value: KTerm, name: String?, _ range: SourceRange)
    throws(CheckError) -> LocalContext
  {
    var kept = LocalContext()
    var moved: [LocalContext.Entry] = []
    for entry in goal.context.entries {
      if entry.isHypothesis, entry.term.hasFreeVariable(variable) {
        var substituted = entry
        substituted.term = try rule(range) { () throws(KernelError) in try entry.term.substituting([(variable, value)])
        }
        moved.append(substituted)
      } else {
        kept.entries.append(entry)
      }
    }
    if let name {
      kept.addHypothesis(name, try rule(range) { () throws(KernelError) in try KTerm.equal(variable, value) })
    }
    kept.entries += moved
    return kept
  }

  /// `hypotheses ⊢ proposition` by the omega oracle.
  func omegaFact(_ proposition: KTerm, from hypotheses: [KTerm], _ range: SourceRange) throws(CheckError) -> Theorem {
    guard let oracle = ArithmeticOracles.oracle(named: "omega") else {
      throw .unsupported("interval_cases", at: range, detail: "no decision procedure is registered for omega")
    }
    let proved: Theorem
    do {
      proved = try oracle.prove(hypotheses: hypotheses, target: proposition, hints: [])
    } catch {
      throw .tactic("interval_cases failed: the case split could not be proved (\(error))", at: range)
    }
    guard proved.conclusion == proposition, proved.hypotheses.allSatisfy({ hypotheses.contains($0) }) else {
      throw .tactic("interval_cases failed: the case split could not be proved", at: range)
    }
    return proved
  }

  /// The numeral of `value` at ℕ or ℤ (`-3` is the negation of `3`, as Lean elaborates it).
  func numeral(_ value: BigInt, _ type: TermType, _ range: SourceRange) throws(CheckError) -> KTerm {
    try rule(range) { () throws(KernelError) -> KTerm in
      if type == .nat { return try KTerm.natLiteral(value) }
      if value.isNegative { return try KTerm.negate(KTerm.intLiteral(BigInt(0) - value)) }
      return KTerm.intLiteral(value)
    }
  }

  static func numeralText(_ value: KTerm) -> String {
    (value.natLiteralValue ?? value.intLiteralValue).map(\.description) ?? "?"
  }

  /// Mathlib's `parseBound`: `(lo, hi, strict)` for `lo ≤ hi`, `lo < hi` (also written `≥`, `>`,
  /// or as `¬hi < lo`, `¬hi ≤ lo`).
  static func parseBound(_ proposition: KTerm) -> (lo: KTerm, hi: KTerm, strict: Bool)? {
    if let inner = proposition.negatedProposition {
      guard let (lo, hi, strict) = relation(inner) else { return nil }
      return (hi, lo, !strict)
    }
    return relation(proposition)
  }

  private static func relation(_ proposition: KTerm) -> (lo: KTerm, hi: KTerm, strict: Bool)? {
    if let (a, b) = proposition.operands(of: .natLe) ?? proposition.operands(of: .intLe) { return (a, b, false) }
    if let (a, b) = proposition.operands(of: .natLt) ?? proposition.operands(of: .intLt) { return (a, b, true) }
    if let (a, b) = proposition.operands(of: .natGe) ?? proposition.operands(of: .intGe) { return (b, a, false) }
    if let (a, b) = proposition.operands(of: .natGt) ?? proposition.operands(of: .intGt) { return (b, a, true) }
    return nil
  }

  /// The value of a closed ℕ/ℤ term that `norm_num` evaluates to a numeral.
  static func numeralValue(_ term: KTerm) -> BigInt? {
    guard term.freeVariables.isEmpty else { return nil }
    if let value = term.natLiteralValue ?? term.intLiteralValue { return value }
    guard let evaluated = try? Conversion.evaluateLiterals(term), let (_, value) = evaluated.conclusion.asEquation
    else { return nil }
    return value.natLiteralValue ?? value.intLiteralValue
  }
}

/// The kernel proof of `interval_cases`' split: the interval is bisected (`x < m ∨ m ≤ x`, by
/// omega) down to single values, where `x = k` follows from the accumulated bounds by omega and
/// discharges the assumption of that case's theorem.
private struct IntervalSplit {
  var runner: TacticRunner
  var variable: KTerm
  var low: BigInt
  var range: SourceRange

  func combine(_ cases: [Theorem], facts: [KTerm], from first: Int, to last: Int) throws(CheckError) -> Theorem {
    if first == last {
      let value = try runner.numeral(low + BigInt(first), variable.type, range)
      let equation = try runner.rule(range) { () throws(KernelError) in try KTerm.equal(variable, value) }
      let proved = try runner.omegaFact(equation, from: facts, range)
      let theorem = cases[first]
      return try runner.rule(range) { () throws(KernelError) in
        try Theorem.impElim(Theorem.impIntro(equation, theorem), proved)
      }
    }
    let middle = first + (last - first + 1) / 2
    let pivot = try runner.numeral(low + BigInt(middle), variable.type, range)
    let below = try runner.rule(range) { () throws(KernelError) in try KTerm.lessThan(variable, pivot) }
    let above = try runner.rule(range) { () throws(KernelError) in try KTerm.lessOrEqual(pivot, variable) }
    let disjunction = try runner.rule(range) { () throws(KernelError) in try KTerm.or(below, above) }
    let split = try runner.omegaFact(disjunction, from: [], range)
    let left = try combine(cases, facts: facts + [below], from: first, to: middle - 1)
    let right = try combine(cases, facts: facts + [above], from: middle, to: last)
    return try runner.rule(range) { () throws(KernelError) in try Theorem.orElim(split, left, right) }
  }
}
