import Kernel
import LeanSyntax
import ProverCore

extension TacticRunner {
  /// Mathlib's `zify`, `zify at h`, `zify [h₁, …] at h ⊢` (`simp -decide only [zify_simps,
  /// push_cast, h₁, …]`): ℕ relations moved to ℤ and casts pushed by `CastPusher`; the bracketed
  /// facts (ℕ `≤`/`<` facts for `Nat.cast_sub`) and the hypotheses discharge `Nat.cast_sub`.
  /// Like `simp`, it fails with `simp made no progress` when no location changes.
  func zify(_ goal: GoalState, _ call: SimpCall, _ range: SourceRange) throws(CheckError) -> GoalStep {
    try requireMathlib("zify", range)
    var facts: [Theorem] = []
    for entry in goal.context.entries where entry.isHypothesis {
      facts.append(try rule(range) { () throws(KernelError) in try Theorem.assume(entry.term) })
    }
    var bracketed: [KTerm] = []
    for argument in call.arguments {
      guard case .lemma(let term, reversed: false) = argument else {
        throw .unsupported("zify with the simp argument \(argument)", at: range)
      }
      let proved = try elaborator(goal).proof(term, expected: nil)
      guard let (constant, lhs, _) = proved.conclusion.asBinaryOperation, lhs.type == .nat,
        constant == .natLe || constant == .natLt || constant == .natGe
      else {
        throw .unsupported("zify [\(Printer.print(term))]", at: term.range, detail: "only ℕ ≤ and < facts are modelled")
      }
      facts.append(proved)
      bracketed.append(proved.conclusion)
    }
    let pusher = CastPusher(facts: facts)
    return try transformAt(
      goal, call.location, tactic: "zify", noProgress: .whole("simp made no progress"), closesTrueGoal: true, range
    ) { (proposition) throws(CheckError) -> RewrittenProposition? in
      if let fact = bracketed.first(where: { Self.occurs($0, in: proposition) }) {
        throw .unsupported("zify [h] at a location that mentions \(fact)", at: range)
      }
      guard let proof = try pusher.rewrite(proposition) else { return nil }
      return RewrittenProposition(result: proof.conclusion.asEquation!.rhs, proof: proof, definitional: false)
    }
  }

  /// Whether `needle` occurs in `term` (up to α), under binders too.
  static func occurs(_ needle: KTerm, in term: KTerm) -> Bool {
    if term == needle { return true }
    switch term.kind {
    case .application(let function, let argument):
      return occurs(needle, in: function) || occurs(needle, in: argument)
    case .lambda(let name, let type):
      let variable = KTerm.freshVariable(name, type, avoiding: [term, needle])
      guard let body = try? term.instantiateBinder(with: variable) else { return false }
      return occurs(needle, in: body)
    default:
      return false
    }
  }
}
