import Kernel
import LeanSyntax
import ProverCore

extension Elaborator {
  /// A `calc` chain: each step `_ R c := proof` continues from the previous right-hand side, and
  /// consecutive relations compose as Lean's `Trans` instances do (`=` with anything, `≤`/`<` on
  /// ℕ and ℤ through `Nat.le_trans`, `Nat.lt_of_le_of_lt`, …, `↔` with `↔`).
  func calc(_ steps: [CalcStep], _ syntax: Syntax) throws(CheckError) -> Theorem {
    var chain: Theorem?
    for step in steps {
      var inner = self
      var relation = step.relation
      if let previous = chain?.conclusion.asBinaryOperation?.rhs,
        case .binary(let op, let lhs, let rhs) = relation.kind, case .hole = lhs.kind
      {
        inner.context.entries.append(
          LocalContext.Entry(name: "␣calc", term: previous, isHypothesis: false, accessible: true))
        relation = Syntax(.binary(op, Syntax(.identifier("␣calc"), range: lhs.range), rhs), range: relation.range)
      }
      let stated = try inner.proposition(relation)
      let proved: Theorem
      if let proofSyntax = step.proof {
        proved = try inner.proof(proofSyntax, expected: stated)
      } else {
        guard let (lhs, rhs) = stated.asEquation, lhs == rhs else {
          throw .elaboration("calc: the first step needs a proof", at: step.range)
        }
        proved = Theorem.refl(lhs)
      }
      if let previous = chain {
        chain = try compose(previous, proved, step.range)
      } else {
        chain = proved
      }
    }
    guard let chain else { throw .elaboration("empty calc", at: syntax.range) }
    return chain
  }

  private func compose(_ first: Theorem, _ second: Theorem, _ range: SourceRange) throws(CheckError) -> Theorem {
    guard let (r1, a, _) = first.conclusion.asBinaryOperation, let (r2, _, c) = second.conclusion.asBinaryOperation
    else { throw .elaboration("invalid 'calc' step, relation expected", at: range) }
    if case .equal = r1, case .equal = r2 {
      return try rule(range) { () throws(KernelError) in try Theorem.trans(first, second) }
    }
    if case .equal = r1 {
      return try rule(range) { () throws(KernelError) in
        let variable = KTerm.freshVariable("z", a.type, avoiding: [second.conclusion])
        let body = try KTerm.apply(KTerm.constant(r2), [variable, c])
        let motive = try KTerm.lambda(variable, body)
        let bridge = try Conversion.substitute(motive, Theorem.symm(first))
        return try Theorem.eqMP(betaBoth(bridge), second)
      }
    }
    if case .equal = r2 {
      return try rule(range) { () throws(KernelError) in
        let variable = KTerm.freshVariable("z", a.type, avoiding: [first.conclusion])
        let body = try KTerm.apply(KTerm.constant(r1), [a, variable])
        let motive = try KTerm.lambda(variable, body)
        let bridge = try Conversion.substitute(motive, second)
        return try Theorem.eqMP(betaBoth(bridge), first)
      }
    }
    if r1 == .iff, r2 == .iff {
      return try rule(range) { () throws(KernelError) in
        let (p, _) = first.conclusion.operands(of: .iff)!
        let (_, r) = second.conclusion.operands(of: .iff)!
        let forward = try Theorem.impElim(
          Theorem.iffMP(second), Theorem.impElim(Theorem.iffMP(first), Theorem.assume(p)))
        let backward = try Theorem.impElim(
          Theorem.iffMPR(first), Theorem.impElim(Theorem.iffMPR(second), Theorem.assume(r)))
        return try Theorem.iffIntro(Theorem.impIntro(p, forward), Theorem.impIntro(r, backward))
      }
    }
    let prefix: String
    switch (r1, r2) {
    case (.natLe, .natLe), (.natLe, .natLt), (.natLt, .natLe), (.natLt, .natLt): prefix = "Nat."
    case (.intLe, .intLe), (.intLe, .intLt), (.intLt, .intLe), (.intLt, .intLt): prefix = "Int."
    default: throw .elaboration("invalid 'calc' step, failed to synthesize `Trans` instance", at: range)
    }
    let name: String
    switch (r1, r2) {
    case (.natLe, .natLe), (.intLe, .intLe): name = "le_trans"
    case (.natLt, .natLt), (.intLt, .intLt): name = "lt_trans"
    case (.natLe, .natLt), (.intLe, .intLt): name = "lt_of_le_of_lt"
    default: name = "lt_of_lt_of_le"
    }
    guard let entry = environment.lemmas[prefix + name] else {
      throw .elaboration("Unknown constant `\(prefix + name)`", at: range)
    }
    let b = first.conclusion.asBinaryOperation!.rhs
    return try rule(range) { () throws(KernelError) in
      let instance = try Theorem.axiomLike(entry.theorem, [a, b, c])
      return try Theorem.impElim(Theorem.impElim(instance, first), second)
    }
  }

  /// `⊢ p' = q'` from `⊢ (λ…) x = (λ…) y` already β-reduced by `Conversion.substitute`.
  private func betaBoth(_ theorem: Theorem) -> Theorem { theorem }
}

extension Theorem {
  /// The theorem instantiated at its leading universal binders, in order.
  static func axiomLike(_ theorem: Theorem, _ arguments: [KTerm]) throws(KernelError) -> Theorem {
    var result = theorem
    for argument in arguments { result = try Theorem.forallElim(result, argument) }
    return result
  }
}
