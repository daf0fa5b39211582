import DecisionProcedures
import Kernel

/// Lean core's `norm_cast` (`Lean.Elab.Tactic.NormCast.derive`) for ℕ → ℤ casts, in its three
/// passes: (1) every ℤ numeral `n` becomes `↑(n : ℕ)`; (2) bottom-up, to a fixed point, casts move
/// up through the move lemmas read backwards (`↑a + ↑b` to `↑(a + b)`, `↑a * ↑b`, `↑a ^ n`,
/// `↑a - ↑b` to `↑(a - b)` when `b ≤ a` is a hypothesis, as `Nat.cast_sub`'s discharger finds it)
/// and are eliminated (`↑a = ↑b` to `a = b`, `≤`, `<`, `∣`); (3) the casts of numerals left over
/// are squashed back (`↑(5 : ℕ)` to `5`). Each step is a kernel axiom (`Int.natCast_add`,
/// `Int.natCast_mul`, `Int.ofNat_inj`, `Int.ofNat_le`), a prelude lemma (`Int.natCast_pow`,
/// `Int.ofNat_sub`, `Int.ofNat_lt`, `Int.natCast_dvd_natCast`) or a literal evaluation.
enum CastNormalizer {
  /// `⊢ term = normal` (resting on the hypotheses among `facts` it used); nil when nothing changes.
  static func normalize(_ term: KTerm, facts: [KTerm] = []) throws(KernelError) -> Theorem? {
    var proof: Theorem?
    var current = term
    func advance(_ step: Theorem?) throws(KernelError) {
      guard let step else { return }
      proof = try Conversion.chain(proof, step)
      current = step.conclusion.asEquation!.rhs
    }
    try advance(try Conversion.bottomUp(current, numeralToCast))
    for _ in 0..<64 {
      guard let step = try Conversion.bottomUp(current, { (node) throws(KernelError) in try moveUp(node, facts) })
      else { break }
      try advance(step)
    }
    try advance(try Conversion.bottomUp(current, squash))
    guard current != term else { return nil }
    return proof
  }

  /// A subterm whose normal form Lean's `norm_cast` may reach with lemmas this checker lacks
  /// (`Nat.cast_div`, `Nat.cast_ne`, `Nat.cast_min`, …): the caller refuses such a term.
  static func unsupportedPattern(in term: KTerm) -> KTerm? {
    if let (constant, lhs, rhs) = term.asBinaryOperation {
      switch constant {
      case .intDiv, .intMod, .intMin, .intMax, .notEqual(.int), .intGe, .intGt:
        if castOperand(lhs) != nil || castOperand(rhs) != nil { return term }
      default: break
      }
    }
    if let (constant, operand) = term.asUnaryOperation, constant == .intNatAbs || constant == .intToNat,
      castOperand(operand) != nil
    {
      return term
    }
    if let (function, argument) = term.asApplication {
      return unsupportedPattern(in: function) ?? unsupportedPattern(in: argument)
    }
    return nil
  }

  static func castOperand(_ term: KTerm) -> KTerm? {
    if let (constant, operand) = term.asUnaryOperation, constant == .intOfNat { return operand }
    return nil
  }

  /// Pass 1: `n : ℤ` (a non-negative numeral) as `↑(n : ℕ)`.
  private static func numeralToCast(_ term: KTerm) throws(KernelError) -> Theorem? {
    guard case .intLiteral(let value) = term.kind, !value.isNegative else { return nil }
    let cast = try KTerm.natCast(try KTerm.natLiteral(value))
    return try Theorem.symm(Theorem.evaluate(cast))
  }

  /// Pass 3: `↑(n : ℕ)` as the ℤ numeral `n`.
  private static func squash(_ term: KTerm) throws(KernelError) -> Theorem? {
    guard let operand = castOperand(term), operand.natLiteralValue != nil else { return nil }
    return try Theorem.evaluate(term)
  }

  /// Pass 2 at one node: a move lemma read backwards or an elimination lemma.
  private static func moveUp(_ term: KTerm, _ facts: [KTerm]) throws(KernelError) -> Theorem? {
    guard let (constant, lhs, rhs) = term.asBinaryOperation else { return nil }
    if constant == .intPow, let a = castOperand(lhs) {
      return try Theorem.symm(lemma("Int.natCast_pow", [a, rhs]))
    }
    guard let a = castOperand(lhs), let b = castOperand(rhs) else { return nil }
    switch constant {
    case .intAdd: return try Theorem.symm(Theorem.axiom(.intNatCastAdd, [a, b]))
    case .intMul: return try Theorem.symm(Theorem.axiom(.intNatCastMul, [a, b]))
    case .intSub:
      let condition = try KTerm.lessOrEqual(b, a)
      guard facts.contains(where: { $0 == condition }) else { return nil }
      return try Theorem.symm(castSubtraction(a, b, Theorem.assume(condition)))
    case .equal(.int): return try Theorem.propext(Theorem.axiom(.intOfNatInj, [a, b]))
    case .intLe: return try Theorem.propext(Theorem.axiom(.intOfNatLe, [a, b]))
    case .intLt: return try Theorem.propext(lemma("Int.ofNat_lt", [a, b]))
    case .intDvd: return try Theorem.propext(lemma("Int.natCast_dvd_natCast", [a, b]))
    default: return nil
    }
  }

  /// `⊢ ↑(a - b) = ↑a - ↑b` from a proof of `b ≤ a` (`Nat.cast_sub`, core's `Int.ofNat_sub`): the
  /// prelude's lemma when it has it, else the instance proved by `omega`.
  static func castSubtraction(_ a: KTerm, _ b: KTerm, _ condition: Theorem) throws(KernelError) -> Theorem {
    if Prelude.core.lemmas["Int.ofNat_sub"] != nil {
      return try Theorem.impElim(lemma("Int.ofNat_sub", [b, a]), condition)
    }
    let target = try KTerm.equal(
      KTerm.natCast(KTerm.subtract(a, b)), KTerm.subtract(KTerm.natCast(a), KTerm.natCast(b)))
    let proved: Theorem
    do {
      proved = try Omega.prove(hypotheses: [condition.conclusion], target: target)
    } catch {
      throw KernelError(rule: "Nat.cast_sub", message: "omega did not prove the instance: \(error)", terms: [target])
    }
    return try Theorem.impElim(Theorem.impIntro(condition.conclusion, proved), condition)
  }

  /// A prelude lemma instantiated at `arguments`, in the order of its binders.
  static func lemma(_ name: String, _ arguments: [KTerm]) throws(KernelError) -> Theorem {
    guard let theorem = Prelude.core.lemmas[name]?.theorem else {
      throw KernelError(rule: "norm_cast", message: "\(name) is missing from the prelude")
    }
    var result = theorem
    for argument in arguments { result = try Theorem.forallElim(result, argument) }
    return result
  }
}
