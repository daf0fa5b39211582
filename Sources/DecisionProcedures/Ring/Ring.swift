import Kernel

/// Mathlib's `ring` and `ring_nf` on ℕ (a commutative semiring) and ℤ (a commutative ring):
/// normal forms of polynomials with numeral exponents. On ℕ, truncated `-`, `/` and `%` are atoms,
/// so `ring` fails where their semantics is needed, as Mathlib's does.
public enum Ring {
  /// `⊢ target` for an equation `a = b` over ℕ or ℤ whose sides have the same normal form.
  public static func prove(_ target: Term) throws(DecisionFailure) -> Theorem {
    guard let (lhs, rhs) = target.asEquation, lhs.type == .nat || lhs.type == .int else {
      throw DecisionFailure(
        tactic: "ring", reason: .unsupported, message: "ring failed: the goal is not an equality of ℕ or ℤ terms",
        goal: target)
    }
    var parser = PolynomialParser(tactic: "ring", evaluatesClosedTerms: true, normalizesInsideAtoms: true)
    let left = try parser.parse(lhs)
    let right = try parser.parse(rhs)
    guard left == right else {
      let printer = PolynomialPrinter(tactic: "ring", atoms: parser.atoms)
      let residue = try? Term.equal(printer.term(left, type: lhs.type), printer.term(right, type: rhs.type))
      throw DecisionFailure(
        tactic: "ring", reason: .failed,
        message: "ring failed, ring_nf subsidiary goal:\n⊢ \(residue.map(\.description) ?? "?")", goal: target)
    }
    return try oracle(conclusion: target, hypotheses: [])
  }

  /// `ring_nf`: every maximal ℕ/ℤ subterm of the proposition `target` put in normal form, and an
  /// equation whose sides become identical replaced by `True`. The proof is the sequent
  /// `normalized ⊢ target`. Fails when nothing changes.
  public static func normalize(_ target: Term) throws(DecisionFailure) -> (normalized: Term, proof: Theorem) {
    guard target.isProposition else {
      throw DecisionFailure(
        tactic: "ring_nf", reason: .unsupported, message: "ring_nf failed: the goal is not a proposition",
        goal: target)
    }
    var parser = PolynomialParser(tactic: "ring_nf", evaluatesClosedTerms: true, normalizesInsideAtoms: true)
    let normalized = try normalizeProposition(target, &parser)
    guard normalized !== target else {
      throw DecisionFailure(tactic: "ring_nf", reason: .failed, message: "ring_nf failed", goal: target)
    }
    return (normalized, try oracle(conclusion: target, hypotheses: [normalized]))
  }

  /// The ring normal form of one ℕ or ℤ term, atoms numbered by `parser`'s table.
  static func normalForm(_ term: Term, _ parser: inout PolynomialParser) throws(DecisionFailure) -> Term {
    let polynomial = try parser.parse(term)
    return try PolynomialPrinter(tactic: "ring_nf", atoms: parser.atoms).term(polynomial, type: term.type)
  }

  private static func normalizeProposition(
    _ proposition: Term, _ parser: inout PolynomialParser
  ) throws(DecisionFailure) -> Term {
    do {
      if let (quantifier, _) = proposition.asQuantifier, let type = proposition.binderType {
        let fresh = Term.freshVariable(proposition.binderName ?? "x", type, avoiding: [proposition])
        let body = try normalizeProposition(try proposition.instantiateBinder(with: fresh), &parser)
        if case .forall = quantifier { return try Term.forall(fresh, body) }
        return try Term.exists(fresh, body)
      }
      if let operand = proposition.negatedProposition {
        return try Term.not(normalizeProposition(operand, &parser))
      }
      guard let (constant, lhs, rhs) = proposition.asBinaryOperation else { return proposition }
      switch constant {
      case .and, .or, .implies, .iff:
        return try Term.apply(
          Term.constant(constant), [normalizeProposition(lhs, &parser), normalizeProposition(rhs, &parser)])
      default: break
      }
      guard lhs.type == .nat || lhs.type == .int else { return proposition }
      let left = try normalForm(lhs, &parser)
      let right = try normalForm(rhs, &parser)
      if case .equal = constant, left === right { return Term.trueProposition }
      return try Term.apply(Term.constant(constant), [left, right])
    } catch {
      throw DecisionFailure.wrapping("ring_nf", error, goal: proposition)
    }
  }

  private static func oracle(conclusion: Term, hypotheses: [Term]) throws(DecisionFailure) -> Theorem {
    do {
      return try Theorem.oracle(.ring, conclusion: conclusion, hypotheses: hypotheses)
    } catch {
      throw DecisionFailure.kernel("ring", error, goal: conclusion)
    }
  }
}
