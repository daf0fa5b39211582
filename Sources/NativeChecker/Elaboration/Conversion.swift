import DecisionProcedures
import Kernel

/// Derived equality reasoning on top of the kernel's rules: rewriting every subterm bottom-up
/// with a local rule (under binders too, with `abstraction`), and the definitional conversions
/// that Lean's `isDefEq` performs and that the checker mirrors: the notations `≠`, `≥`, `>`
/// unfolded, `Nat.succ n` as `n + 1`, and closed literal arithmetic evaluated.
enum Conversion {
  /// `⊢ term = term'` where every subterm was rewritten by `rule` (innermost first, once);
  /// nil when nothing changed.
  static func bottomUp(_ term: KTerm, _ rule: (KTerm) throws(KernelError) -> Theorem?) throws(KernelError) -> Theorem? {
    guard TacticBudget.spend() else { throw KernelError(rule: "conversion", message: TacticBudget.message) }
    var changed: Theorem?
    switch term.kind {
    case .application(let function, let argument):
      let left = try bottomUp(function, rule)
      let right = try bottomUp(argument, rule)
      if left != nil || right != nil {
        changed = try Theorem.congruence(left ?? Theorem.refl(function), right ?? Theorem.refl(argument))
      }
    case .lambda(let name, let type):
      let variable = KTerm.freshVariable(name.isEmpty ? "x" : name, type, avoiding: [term])
      let body = try term.instantiateBinder(with: variable)
      if let inner = try bottomUp(body, rule) {
        changed = try Theorem.abstraction(variable, inner)
      }
    default:
      break
    }
    let current = changed.map { $0.conclusion.asEquation!.rhs } ?? term
    guard let step = try rule(current) else { return changed }
    guard let changed else { return step }
    return try Theorem.trans(changed, step)
  }

  /// The definitional normal form used to compare propositions: `≠`, `≥`, `>` unfolded and
  /// `Nat.succ n` written `n + 1`.
  static func unfoldNotations(_ term: KTerm) throws(KernelError) -> Theorem? {
    try bottomUp(term) { (subterm) throws(KernelError) -> Theorem? in
      if let (constant, _, _) = subterm.asBinaryOperation {
        switch constant {
        case .notEqual, .natGe, .natGt, .intGe, .intGt:
          let unfolded = try Theorem.unfoldNotation(subterm)
          let next = unfolded.conclusion.asEquation!.rhs
          if let more = try definition(next) { return try Theorem.trans(unfolded, more) }
          return unfolded
        default: return try definition(subterm)
        }
      }
      if let (constant, operand) = subterm.asUnaryOperation, constant == .natSucc {
        return try Theorem.axiom(.natSuccEqAddOne, [operand])
      }
      return try parityDefinition(subterm)
    }
  }

  /// Lean's definitions of `<` and `∣` on ℕ and ℤ, which `isDefEq` unfolds: `a < b` is
  /// `a + 1 ≤ b` (`Nat.lt`, `Int.lt`) and `a ∣ b` is `∃ c, b = a * c`.
  static func definition(_ term: KTerm) throws(KernelError) -> Theorem? {
    if let unfolded = try parityDefinition(term) { return unfolded }
    guard let (constant, lhs, rhs) = term.asBinaryOperation else { return nil }
    switch constant {
    case .natLt: return try Theorem.propext(Theorem.axiom(.natLtIffAddOneLe, [lhs, rhs]))
    case .intLt: return try Theorem.propext(Theorem.axiom(.intLtIffAddOneLe, [lhs, rhs]))
    case .natDvd: return try Theorem.axiom(.natDvdDef, [lhs, rhs])
    case .intDvd: return try Theorem.axiom(.intDvdDef, [lhs, rhs])
    default: return nil
    }
  }

  /// The head of a proposition unfolded for matching on its shape (`intro`, `⟨…⟩`, `rcases`):
  /// `a ≠ b` as `¬a = b`, `a ∣ b` as `∃ c, b = a * c`; nil when the head is no notation.
  static func whnf(_ term: KTerm) throws(KernelError) -> Theorem? {
    if let unfolded = try parityDefinition(term) { return unfolded }
    guard let (constant, _, _) = term.asBinaryOperation else { return nil }
    switch constant {
    case .notEqual: return try Theorem.unfoldNotation(term)
    case .natDvd, .intDvd: return try definition(term)
    default: return nil
    }
  }

  /// `⊢ term = value` with every closed ℕ/ℤ subterm evaluated with GMP (never a proposition:
  /// `2 < 3` is not `True` by definition); nil when nothing is evaluable.
  static func evaluateLiterals(_ term: KTerm) throws(KernelError) -> Theorem? {
    try bottomUp(term) { (subterm) throws(KernelError) -> Theorem? in
      guard subterm.freeVariables.isEmpty, subterm.type == .nat || subterm.type == .int else { return nil }
      if subterm.natLiteralValue != nil || subterm.intLiteralValue != nil { return nil }
      return try? Theorem.evaluate(subterm)
    }
  }

  /// `⊢ p` from `⊢ q` when `p` and `q` are the same up to the conversions above.
  static func convert(_ theorem: Theorem, to target: KTerm) throws(KernelError) -> Theorem? {
    if theorem.conclusion == target { return theorem }
    guard let (source, sourceProof) = try normalForm(theorem.conclusion),
      let (wanted, wantedProof) = try normalForm(target), source == wanted
    else { return nil }
    var bridge = sourceProof
    if let wantedProof { bridge = try chain(bridge, Theorem.symm(wantedProof)) }
    guard let bridge else { return theorem }
    return try Theorem.eqMP(bridge, theorem)
  }

  /// Whether two terms are the same up to the conversions.
  static func equivalent(_ lhs: KTerm, _ rhs: KTerm) -> Bool {
    if lhs == rhs { return true }
    guard let (a, _) = try? normalForm(lhs), let (b, _) = try? normalForm(rhs) else { return false }
    return a == b
  }

  /// The normal form of a term and the proof `⊢ term = normal` (nil when it is already normal).
  static func normalForm(_ term: KTerm) throws(KernelError) -> (KTerm, Theorem?)? {
    let cache = ConversionCache.current
    if let cached = cache?.entry(for: term) { return (cached.normal, cached.proof) }
    var proof = try unfoldNotations(term)
    let unfolded = proof.map { $0.conclusion.asEquation!.rhs } ?? term
    if let evaluated = try evaluateLiterals(unfolded) {
      proof = try chain(proof, evaluated)
    }
    let normal = proof.map { $0.conclusion.asEquation!.rhs } ?? term
    cache?.store(ConversionCache.Entry(normal: normal, proof: proof), for: term)
    return (normal, proof)
  }

  static func chain(_ first: Theorem?, _ second: Theorem?) throws(KernelError) -> Theorem? {
    guard let first else { return second }
    guard let second else { return first }
    return try Theorem.trans(first, second)
  }

  /// `⊢ motive[a] = motive[b]` from `⊢ a = b`, for `motive` a λ (by congruence and β).
  static func substitute(_ motive: KTerm, _ equation: Theorem) throws(KernelError) -> Theorem {
    guard let (a, b) = equation.conclusion.asEquation else {
      throw KernelError(rule: "Conversion.substitute", message: "not an equation", terms: [equation.conclusion])
    }
    let congruent = try Theorem.congruence(Theorem.refl(motive), equation)
    let left = try Theorem.beta(try KTerm.application(motive, a))
    let right = try Theorem.beta(try KTerm.application(motive, b))
    return try Theorem.trans(Theorem.trans(Theorem.symm(left), congruent), right)
  }
}
