import Kernel

/// One `ring_nf` call over several locations (`ring_nf at h ⊢`), as Mathlib's `RingNF` runs it:
/// one atom table shared by every location, in the order the locations are visited, so that atoms
/// are numbered by first appearance across the call; every maximal ℕ/ℤ side of a relation is put
/// in `ring_nf`'s sum-of-products form (`x * 2 + x ^ 2`, `a - b * 3`), and `a = a` and `p ↔ p`
/// become `True` (`eq_self`, `iff_self`).
///
/// The normal form is Lean's only where the atoms are variables or casts `↑x` of variables and
/// the exponents numerals; any other atom (`f x`, `a / b`, ℕ subtraction) or power (`x ^ n`) is
/// refused as outside the fragment, since Lean numbers and normalises such atoms in its own order.
/// With `opaqueAtoms` they are accepted, atoms normalised inside (`f (x + 0)` is `f x`): the
/// result may then print differently from Lean's and only says whether a goal becomes `True`
/// (the goal `ring_nf` that closes it), where the order of the atoms cannot matter.
public struct RingNormalizer: Sendable {
  private var parser: PolynomialParser
  private let opaqueAtoms: Bool

  public init(opaqueAtoms: Bool = false) {
    self.opaqueAtoms = opaqueAtoms
    parser = PolynomialParser(
      tactic: "ring_nf", evaluatesClosedTerms: true, normalizesInsideAtoms: opaqueAtoms, symbolicExponents: true)
  }

  /// The normalised proposition and `⊢ proposition = normalised` (from the `ring` oracle); nil
  /// when nothing changes.
  public mutating func normalize(_ proposition: Term) throws(DecisionFailure) -> (normalized: Term, proof: Theorem)? {
    guard proposition.isProposition else {
      throw DecisionFailure(
        tactic: "ring_nf", reason: .unsupported, message: "ring_nf: not a proposition", goal: proposition)
    }
    let normalized: Term
    do {
      normalized = try normalizeProposition(proposition)
    } catch {
      throw DecisionFailure.wrapping("ring_nf", error, goal: proposition)
    }
    guard normalized != proposition else { return nil }
    do {
      let equation = try Term.equal(proposition, normalized)
      return (normalized, try Theorem.oracle(.ring, conclusion: equation, hypotheses: []))
    } catch {
      throw DecisionFailure.kernel("ring_nf", error, goal: proposition)
    }
  }

  private mutating func normalizeProposition(_ proposition: Term) throws -> Term {
    if proposition.asQuantifier != nil, let type = proposition.binderType, let quantifier = proposition.asQuantifier {
      let fresh = Term.freshVariable(proposition.binderName ?? "x", type, avoiding: [proposition])
      let body = try normalizeProposition(try proposition.instantiateBinder(with: fresh))
      if case .forall = quantifier.quantifier { return try Term.forall(fresh, body) }
      return try Term.exists(fresh, body)
    }
    if let operand = proposition.negatedProposition {
      return try Term.not(normalizeProposition(operand))
    }
    guard let (constant, lhs, rhs) = proposition.asBinaryOperation else { return proposition }
    switch constant {
    case .and, .or, .implies:
      return try Term.apply(Term.constant(constant), [normalizeProposition(lhs), normalizeProposition(rhs)])
    case .iff:
      let (left, right) = (try normalizeProposition(lhs), try normalizeProposition(rhs))
      if left == right { return Term.trueProposition }
      return try Term.iff(left, right)
    default:
      break
    }
    guard lhs.type == .nat || lhs.type == .int else { return proposition }
    let left = try side(lhs)
    let right = try side(rhs)
    if case .equal = constant, left == right { return Term.trueProposition }
    return try Term.apply(Term.constant(constant), [left, right])
  }

  /// One side of a relation: a numeral or an atom stays as it is (Lean's `ring_nf` does not
  /// rewrite atoms); anything else is parsed and printed back.
  private mutating func side(_ term: Term) throws -> Term {
    let polynomial = try parser.parse(term)
    if !opaqueAtoms {
      for atom in parser.atoms.atoms where !Self.isPlainAtom(atom) {
        throw DecisionFailure(
          tactic: "ring_nf", reason: .unsupported,
          message: "the atom \(atom) is not a variable", goal: term)
      }
      guard polynomial.isPolynomial else {
        throw DecisionFailure(
          tactic: "ring_nf", reason: .unsupported, message: "\(term) has a power with a symbolic exponent", goal: term)
      }
    }
    if term.numeralValue != nil { return term }
    if case .variable = term.kind { return term }
    return try PolynomialPrinter(tactic: "ring_nf", atoms: parser.atoms).term(polynomial, type: term.type)
  }

  /// Whether Lean's `ring_nf` rebuilds some part of `proposition` even when it prints the same: a
  /// side of an ℕ/ℤ relation that is a numeral or a ring operation (Lean's result then carries
  /// `ring`'s instances, so the location counts as changed). A proposition whose sides are all
  /// variables is left untouched (`ring_nf made no progress`).
  public static func rebuilds(_ proposition: Term) -> Bool {
    if proposition.asQuantifier != nil, let type = proposition.binderType,
      let body = try? proposition.instantiateBinder(with: Term.freshVariable("x", type, avoiding: [proposition]))
    {
      return rebuilds(body)
    }
    if let operand = proposition.negatedProposition { return rebuilds(operand) }
    guard let (constant, lhs, rhs) = proposition.asBinaryOperation else { return false }
    switch constant {
    case .and, .or, .implies, .iff: return rebuilds(lhs) || rebuilds(rhs)
    default: break
    }
    guard lhs.type == .nat || lhs.type == .int else { return false }
    return !isPlainAtom(lhs) || !isPlainAtom(rhs)
  }

  /// A variable or the cast `↑x` of a variable.
  static func isPlainAtom(_ term: Term) -> Bool {
    if case .variable = term.kind { return true }
    if let (constant, operand) = term.asUnaryOperation, constant == .intOfNat, case .variable = operand.kind {
      return true
    }
    return false
  }
}
