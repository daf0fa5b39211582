import Kernel
import LeanSyntax
import ProverCore

extension TacticRunner {
  /// The tactics that exist only with `import Mathlib`.
  static let mathlibTactics: Set<String> = [
    "norm_num", "ring", "ring_nf", "linarith", "nlinarith", "positivity", "use", "push_neg", "by_contra", "zify",
    "field_simp",
  ]

  /// Runs one tactic on the main goal.
  func apply(_ tactic: Tactic, to goal: GoalState, state: TacticState) throws(CheckError) -> GoalStep {
    let range = tactic.range
    if !goal.target.isProposition { return try fillMetavariable(goal, tactic) }
    switch tactic.kind {
    case .atomic(let atomic):
      switch atomic {
      case .rfl: return .closed(try elaborator(goal).reflexivity(goal.target, Syntax(.identifier("rfl"), range: range)))
      case .constructor: return try constructor(goal, range)
      case .left, .right: return try side(goal, left: atomic == .left, range)
      case .assumption: return .closed(try assumption(goal, range))
      case .contradiction: return .closed(try contradiction(goal, range))
      case .exfalso: return try exfalso(goal, range)
      case .trivial: return .closed(try trivial(goal, range))
      case .decide, .omega, .positivity, .ring:
        return .closed(try oracle(atomic.rawValue, goal, hints: [], range))
      case .exactQuery: return .closed(try exactQuery(goal, range))
      case .sorry: throw .tactic("declaration uses `sorry`", at: range)
      }
    case .located(let located, let location):
      switch located {
      case .symm: return try symm(goal, location, range)
      case .ringNF:
        return try ringNF(goal, location, range)
      case .normCast:
        return try normCast(goal, location, range)
      case .pushNeg:
        return try pushNeg(goal, location, range)
      }
    case .intro(let patterns):
      return try intro(goal, patterns, range)
    case .intros(let names):
      return try intros(goal, names, range)
    case .rintro(let patterns, let type):
      if type != nil { throw .unsupported("rintro with a type ascription", at: range) }
      return try rintro(goal, patterns, range)
    case .exact(let term):
      return .closed(try elaborator(goal).proof(term, expected: goal.target))
    case .apply(let term):
      return try applyTactic(goal, term, range)
    case .refine(let term):
      return try refine(goal, term, range)
    case .exactModCast(let term):
      let proved = try elaborator(goal).proof(term, expected: nil)
      return .closed(try modCast(proved, goal, range))
    case .use(let terms):
      try requireMathlib("use", range)
      return try exists(goal, terms, range, discharger: true)
    case .exists(let terms):
      return try exists(goal, terms, range, discharger: true)
    case .cases(let name, let target, let alternatives):
      if name != nil { throw .unsupported("cases h : e", at: range) }
      return try cases(goal, target, alternatives, range)
    case .induction(let target, let generalizing, let alternatives):
      return try induction(goal, target, generalizing, alternatives, range)
    case .rcases(let target, let pattern):
      return try rcases(goal, target, pattern, range)
    case .obtain(let pattern, let type, let value):
      return try obtain(goal, pattern, type, value, range)
    case .rewrite(let rules, let location, let rewriteOnly):
      return try rewrite(goal, rules, location, closeWithRfl: !rewriteOnly, range)
    case .simp(let call):
      return try simp(goal, call, range)
    case .linarith(let call):
      try requireMathlib(call.name, range)
      guard ArithmeticOracles.oracle(named: call.name) != nil else {
        throw .unsupported(call.name, at: range, detail: "no decision procedure is registered for it")
      }
      let hints = try call.facts.map { (fact) throws(CheckError) -> KTerm in
        try elaborator(goal).proof(fact, expected: nil).conclusion
      }
      if call.only { throw .unsupported("\(call.name) only", at: range) }
      return .closed(try oracle(call.name, goal, hints: hints, facts: call.facts, range))
    case .byContra(let name):
      try requireMathlib("by_contra", range)
      return try byContra(goal, name, range)
    case .byCases(let name, let proposition):
      return try byCases(goal, name, proposition, range)
    case .show(let term):
      return try show(goal, term, range)
    case .have(let name, let type, let value):
      return try have(goal, name, type, value, range)
    case .specialize(let term):
      return try specialize(goal, term, range)
    case .subst(let terms):
      return try subst(goal, terms, range)
    case .unfold(let names, let location):
      return try unfold(goal, names, location, range)
    case .intervalCases(let name, let target, let bounds):
      return try intervalCases(goal, name: name, target: target, bounds: bounds, range)
    case .calc(let steps):
      let proved = try elaborator(goal).calc(steps, Syntax(.calc(steps), range: range))
      return .closed(try elaborator(goal).conform(proved, to: goal.target, Syntax(.calc(steps), range: range)))
    case .andThen, .focusDot, .first, .combinator, .namedCase, .next, .parenthesized:
      throw .tactic("unexpected combinator", at: range)
    }
  }

  func requireMathlib(_ name: String, _ range: SourceRange) throws(CheckError) {
    guard environment.mathlib else {
      throw .elaboration("unknown tactic '\(name)' (it needs `import Mathlib`)", at: range)
    }
  }
}
