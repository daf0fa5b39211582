import Synchronization

// Everything the kernel trusts, in one file: the primitive rules, the axiom schemas (each a
// theorem of Lean 4 core, stated as Lean states it, binders in Lean's order, implicit ones made
// explicit), the oracle procedures, and the lemmas admitted at start-up by the prelude loader.
// `TrustedFacts.listing()` prints all of it.

/// The primitive inference rules; each name is what a `KernelError` reports.
public enum Rule: String, CaseIterable, Sendable {
  case refl, symm, trans, congruence, abstraction, beta, eqMP, propext, substitute
  case assume, trueIntro, falseElim, andIntro, andLeft, andRight, orIntroLeft, orIntroRight, orElim
  case impIntro, impElim, notIntro, notElim, iffIntro, iffMP, iffMPR, byContradiction
  case forallIntro, forallElim, existsIntro, existsElim
  case natInduction, axiom, evaluate, unfoldNotation, admit, oracle

  /// The Lean 4 fact that makes the rule sound.
  public var justification: String {
    switch self {
    case .refl: "Eq.refl"
    case .symm: "Eq.symm"
    case .trans: "Eq.trans"
    case .congruence: "congr : f = g → a = b → f a = g b"
    case .abstraction: "funext (x not free in the hypotheses)"
    case .beta: "β-reduction is definitional equality"
    case .eqMP: "Eq.mp"
    case .propext: "propext"
    case .substitute: "free variables of a theorem are universally quantified (instantiate the lambda-abstracted proof)"
    case .assume: "a hypothesis proves itself"
    case .trueIntro: "True.intro"
    case .falseElim: "False.elim"
    case .andIntro: "And.intro"
    case .andLeft: "And.left"
    case .andRight: "And.right"
    case .orIntroLeft: "Or.inl"
    case .orIntroRight: "Or.inr"
    case .orElim: "Or.elim"
    case .impIntro: "λ-abstraction over the proof of the discharged hypothesis"
    case .impElim: "application (modus ponens)"
    case .notIntro: "Not p is defined as p → False"
    case .notElim: "absurd / application of Not p"
    case .iffIntro: "Iff.intro"
    case .iffMP: "Iff.mp"
    case .iffMPR: "Iff.mpr"
    case .byContradiction: "Classical.byContradiction"
    case .forallIntro: "λ-abstraction (x not free in the hypotheses)"
    case .forallElim: "application to a term of the binder's type"
    case .existsIntro: "Exists.intro"
    case .existsElim: "Exists.elim (the witness variable is fresh)"
    case .natInduction: "Nat.rec, with the successor case stated as n + 1 like Lean's induction tactic"
    case .axiom: "the axiom schemas below, each a theorem of Lean core"
    case .unfoldNotation:
      "ne_eq, ge_iff_le, gt_iff_lt: Ne a b, GE.ge a b and GT.gt a b unfold to ¬a = b, b ≤ a and b < a by rfl"
    case .evaluate: "Lean's kernel evaluates ℕ literals with GMP; ℤ operations reduce to ℕ ones (exponent ≤ 2^24)"
    case .admit: "a prelude lemma registered at start-up (listed below)"
    case .oracle: "a trusted decision procedure (listed below)"
    }
  }
}

/// The axiom schemas: Lean core theorems, stated closed (∀ over Lean's arguments, in Lean's
/// order). `Theorem.axiom(_:)` proves the statement; `forallElim` instantiates it.
public enum Axiom: String, CaseIterable, Sendable {
  case natAddZero = "Nat.add_zero"
  case natAddSucc = "Nat.add_succ"
  case natMulZero = "Nat.mul_zero"
  case natMulSucc = "Nat.mul_succ"
  case natPowZero = "Nat.pow_zero"
  case natPowSucc = "Nat.pow_succ"
  case natSubZero = "Nat.sub_zero"
  case natSubSucc = "Nat.sub_succ'"
  case natSuccSubOne = "Nat.succ_sub_one"
  case natSuccNeZero = "Nat.succ_ne_zero"
  case natSuccInj = "Nat.succ.inj"
  case natSuccEqAddOne = "Nat.succ_eq_add_one"
  case natDivAddMod = "Nat.div_add_mod"
  case natModLt = "Nat.mod_lt"
  case natDivZero = "Nat.div_zero"
  case natModZero = "Nat.mod_zero"
  case natDivModUnique = "Nat.div_mod_unique"
  case natLeDest = "Nat.le.dest"
  case natLeIntro = "Nat.le.intro"
  case natLtIffAddOneLe = "Nat.lt_iff_add_one_le"
  case natDvdDef = "Nat.dvd_def"
  case natMinEqLeft = "Nat.min_eq_left"
  case natMinEqRight = "Nat.min_eq_right"
  case natMaxEqLeft = "Nat.max_eq_left"
  case natMaxEqRight = "Nat.max_eq_right"
  case natGcdZeroLeft = "Nat.gcd_zero_left"
  case natGcdRec = "Nat.gcd_rec"
  case intAddComm = "Int.add_comm"
  case intAddAssoc = "Int.add_assoc"
  case intAddZero = "Int.add_zero"
  case intAddLeftNeg = "Int.add_left_neg"
  case intMulComm = "Int.mul_comm"
  case intMulAssoc = "Int.mul_assoc"
  case intMulOne = "Int.mul_one"
  case intMulAdd = "Int.mul_add"
  case intSubEqAddNeg = "Int.sub_eq_add_neg"
  case intLeRefl = "Int.le_refl"
  case intLeTrans = "Int.le_trans"
  case intLeAntisymm = "Int.le_antisymm"
  case intLeTotal = "Int.le_total"
  case intAddLeAddLeft = "Int.add_le_add_left"
  case intMulNonneg = "Int.mul_nonneg"
  case intLtIffAddOneLe = "Int.lt_iff_add_one_le"
  case intLeDest = "Int.le.dest"
  case intLeIntro = "Int.le.intro"
  case intOfNatInj = "Int.ofNat_inj"
  case intNatCastAdd = "Int.natCast_add"
  case intNatCastMul = "Int.natCast_mul"
  case intNatCastNonneg = "Int.natCast_nonneg"
  case intOfNatLe = "Int.ofNat_le"
  case intEqNatOrNeg = "Int.eq_nat_or_neg"
  case intNatAbsNatCast = "Int.natAbs_natCast"
  case intNatAbsNeg = "Int.natAbs_neg"
  case intToNatEqMax = "Int.toNat_eq_max"
  case intEdivAddEmod = "Int.ediv_add_emod"
  case intEmodNonneg = "Int.emod_nonneg"
  case intEmodLt = "Int.emod_lt"
  case intEdivZero = "Int.ediv_zero"
  case intEmodZero = "Int.emod_zero"
  case intEdivEmodUnique = "Int.ediv_emod_unique"
  case intEdivNeg = "Int.ediv_neg"
  case intEmodNeg = "Int.emod_neg"
  case intDvdDef = "Int.dvd_def"
  case intPowZero = "Int.pow_zero"
  case intPowSucc = "Int.pow_succ"
  case intMinEqLeft = "Int.min_eq_left"
  case intMinEqRight = "Int.min_eq_right"
  case intMaxEqLeft = "Int.max_eq_left"
  case intMaxEqRight = "Int.max_eq_right"

  /// The Lean name.
  public var name: String { rawValue }

  /// The closed statement.
  public var statement: Term { Axiom.statements[self]! }

  private static let statements: [Axiom: Term] = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0, $0.build()) })

  // swift-format-ignore
  private func build() -> Term {
    let (n, m, k) = (Term.variable("n", .nat), Term.variable("m", .nat), Term.variable("k", .nat))
    let (x, y) = (Term.variable("x", .nat), Term.variable("y", .nat))
    let (na, nb, nc, nd) = (Term.variable("a", .nat), Term.variable("b", .nat), Term.variable("c", .nat), Term.variable("d", .nat))
    let (a, b, c) = (Term.variable("a", .int), Term.variable("b", .int), Term.variable("c", .int))
    let (q, r) = (Term.variable("q", .int), Term.variable("r", .int))
    let zero = S.nat(0)
    let one = S.nat(1)
    let izero = Term.intLiteral(0)
    let ione = Term.intLiteral(1)
    switch self {
    case .natAddZero: return S.all([n], S.eq(n + zero, n))
    case .natAddSucc: return S.all([n, m], S.eq(n + S.succ(m), S.succ(n + m)))
    case .natMulZero: return S.all([n], S.eq(n * zero, zero))
    case .natMulSucc: return S.all([n, m], S.eq(n * S.succ(m), n * m + n))
    case .natPowZero: return S.all([n], S.eq(S.pow(n, zero), one))
    case .natPowSucc: return S.all([n, m], S.eq(S.pow(n, S.succ(m)), S.pow(n, m) * n))
    case .natSubZero: return S.all([n], S.eq(n - zero, n))
    case .natSubSucc: return S.all([m, n], S.eq(m - S.succ(n), m - n - one))
    case .natSuccSubOne: return S.all([n], S.eq(S.succ(n) - one, n))
    case .natSuccNeZero: return S.all([n], S.not(S.eq(S.succ(n), zero)))
    case .natSuccInj: return S.all([n, m], S.imp(S.eq(S.succ(n), S.succ(m)), S.eq(n, m)))
    case .natSuccEqAddOne: return S.all([n], S.eq(S.succ(n), n + one))
    case .natDivAddMod: return S.all([m, n], S.eq(n * (m / n) + m % n, m))
    case .natModLt: return S.all([x, y], S.imp(S.lt(zero, y), S.lt(x % y, y)))
    case .natDivZero: return S.all([n], S.eq(n / zero, zero))
    case .natModZero: return S.all([na], S.eq(na % zero, na))
    case .natDivModUnique:
      return S.all([na, nb, nc, nd], S.imp(S.lt(zero, nb), S.iff(
        S.and(S.eq(na / nb, nd), S.eq(na % nb, nc)), S.and(S.eq(nc + nb * nd, na), S.lt(nc, nb)))))
    case .natLeDest: return S.all([n, m], S.imp(S.le(n, m), S.ex(k, S.eq(n + k, m))))
    case .natLeIntro: return S.all([n, m, k], S.imp(S.eq(n + k, m), S.le(n, m)))
    case .natLtIffAddOneLe: return S.all([m, n], S.iff(S.lt(m, n), S.le(m + one, n)))
    case .natDvdDef: return S.all([na, nb], S.eq(S.dvd(na, nb), S.ex(nc, S.eq(nb, na * nc))))
    case .natMinEqLeft: return S.all([na, nb], S.imp(S.le(na, nb), S.eq(S.min(na, nb), na)))
    case .natMinEqRight: return S.all([na, nb], S.imp(S.le(nb, na), S.eq(S.min(na, nb), nb)))
    case .natMaxEqLeft: return S.all([na, nb], S.imp(S.le(nb, na), S.eq(S.max(na, nb), na)))
    case .natMaxEqRight: return S.all([na, nb], S.imp(S.le(na, nb), S.eq(S.max(na, nb), nb)))
    case .natGcdZeroLeft: return S.all([y], S.eq(S.gcd(zero, y), y))
    case .natGcdRec: return S.all([m, n], S.eq(S.gcd(m, n), S.gcd(n % m, m)))
    case .intAddComm: return S.all([a, b], S.eq(a + b, b + a))
    case .intAddAssoc: return S.all([a, b, c], S.eq(a + b + c, a + (b + c)))
    case .intAddZero: return S.all([a], S.eq(a + izero, a))
    case .intAddLeftNeg: return S.all([a], S.eq(-a + a, izero))
    case .intMulComm: return S.all([a, b], S.eq(a * b, b * a))
    case .intMulAssoc: return S.all([a, b, c], S.eq(a * b * c, a * (b * c)))
    case .intMulOne: return S.all([a], S.eq(a * ione, a))
    case .intMulAdd: return S.all([a, b, c], S.eq(a * (b + c), a * b + a * c))
    case .intSubEqAddNeg: return S.all([a, b], S.eq(a - b, a + -b))
    case .intLeRefl: return S.all([a], S.le(a, a))
    case .intLeTrans: return S.all([a, b, c], S.imp(S.le(a, b), S.imp(S.le(b, c), S.le(a, c))))
    case .intLeAntisymm: return S.all([a, b], S.imp(S.le(a, b), S.imp(S.le(b, a), S.eq(a, b))))
    case .intLeTotal: return S.all([a, b], S.or(S.le(a, b), S.le(b, a)))
    case .intAddLeAddLeft: return S.all([a, b], S.imp(S.le(a, b), S.all([c], S.le(c + a, c + b))))
    case .intMulNonneg: return S.all([a, b], S.imp(S.le(izero, a), S.imp(S.le(izero, b), S.le(izero, a * b))))
    case .intLtIffAddOneLe: return S.all([a, b], S.iff(S.lt(a, b), S.le(a + ione, b)))
    case .intLeDest: return S.all([a, b], S.imp(S.le(a, b), S.ex(n, S.eq(a + S.cast(n), b))))
    case .intLeIntro: return S.all([a, b, n], S.imp(S.eq(a + S.cast(n), b), S.le(a, b)))
    case .intOfNatInj: return S.all([m, n], S.iff(S.eq(S.cast(m), S.cast(n)), S.eq(m, n)))
    case .intNatCastAdd: return S.all([na, nb], S.eq(S.cast(na + nb), S.cast(na) + S.cast(nb)))
    case .intNatCastMul: return S.all([na, nb], S.eq(S.cast(na * nb), S.cast(na) * S.cast(nb)))
    case .intNatCastNonneg: return S.all([n], S.le(izero, S.cast(n)))
    case .intOfNatLe: return S.all([m, n], S.iff(S.le(S.cast(m), S.cast(n)), S.le(m, n)))
    case .intEqNatOrNeg: return S.all([a], S.ex(n, S.or(S.eq(a, S.cast(n)), S.eq(a, -S.cast(n)))))
    case .intNatAbsNatCast: return S.all([n], S.eq(S.natAbs(S.cast(n)), n))
    case .intNatAbsNeg: return S.all([a], S.eq(S.natAbs(-a), S.natAbs(a)))
    case .intToNatEqMax: return S.all([a], S.eq(S.cast(S.toNat(a)), S.max(a, izero)))
    case .intEdivAddEmod: return S.all([a, b], S.eq(b * (a / b) + a % b, a))
    case .intEmodNonneg: return S.all([a, b], S.imp(S.not(S.eq(b, izero)), S.le(izero, a % b)))
    case .intEmodLt: return S.all([a, b], S.imp(S.not(S.eq(b, izero)), S.lt(a % b, S.cast(S.natAbs(b)))))
    case .intEdivZero: return S.all([a], S.eq(a / izero, izero))
    case .intEmodZero: return S.all([a], S.eq(a % izero, a))
    case .intEdivEmodUnique:
      return S.all([a, b, r, q], S.imp(S.lt(izero, b), S.iff(
        S.and(S.eq(a / b, q), S.eq(a % b, r)), S.and(S.eq(r + b * q, a), S.and(S.le(izero, r), S.lt(r, b))))))
    case .intEdivNeg: return S.all([a, b], S.eq(a / -b, -(a / b)))
    case .intEmodNeg: return S.all([a, b], S.eq(a % -b, a % b))
    case .intDvdDef: return S.all([a, b], S.eq(S.dvd(a, b), S.ex(c, S.eq(b, a * c))))
    case .intPowZero: return S.all([a], S.eq(S.pow(a, zero), ione))
    case .intPowSucc: return S.all([a, n], S.eq(S.pow(a, S.succ(n)), S.pow(a, n) * a))
    case .intMinEqLeft: return S.all([a, b], S.imp(S.le(a, b), S.eq(S.min(a, b), a)))
    case .intMinEqRight: return S.all([a, b], S.imp(S.le(b, a), S.eq(S.min(a, b), b)))
    case .intMaxEqLeft: return S.all([a, b], S.imp(S.le(b, a), S.eq(S.max(a, b), a)))
    case .intMaxEqRight: return S.all([a, b], S.imp(S.le(a, b), S.eq(S.max(a, b), b)))
    }
  }
}

/// Statement builders for the axiom table. The statements are well typed by construction, so a
/// failure here is a bug in this file and stops the program.
private enum S {
  static func nat(_ value: Int) -> Term { try! Term.natLiteral(BigInt(value)) }
  static func all(_ variables: [Term], _ body: Term) -> Term {
    variables.reversed().reduce(body) { try! Term.forall($1, $0) }
  }
  static func ex(_ variable: Term, _ body: Term) -> Term { try! Term.exists(variable, body) }
  static func eq(_ lhs: Term, _ rhs: Term) -> Term { try! Term.equal(lhs, rhs) }
  static func le(_ lhs: Term, _ rhs: Term) -> Term { try! Term.lessOrEqual(lhs, rhs) }
  static func lt(_ lhs: Term, _ rhs: Term) -> Term { try! Term.lessThan(lhs, rhs) }
  static func dvd(_ lhs: Term, _ rhs: Term) -> Term { try! Term.divides(lhs, rhs) }
  static func and(_ lhs: Term, _ rhs: Term) -> Term { try! Term.and(lhs, rhs) }
  static func or(_ lhs: Term, _ rhs: Term) -> Term { try! Term.or(lhs, rhs) }
  static func imp(_ lhs: Term, _ rhs: Term) -> Term { try! Term.implies(lhs, rhs) }
  static func iff(_ lhs: Term, _ rhs: Term) -> Term { try! Term.iff(lhs, rhs) }
  static func not(_ operand: Term) -> Term { try! Term.not(operand) }
  static func succ(_ operand: Term) -> Term { try! Term.successor(operand) }
  static func cast(_ operand: Term) -> Term { try! Term.natCast(operand) }
  static func natAbs(_ operand: Term) -> Term { try! Term.natAbs(operand) }
  static func toNat(_ operand: Term) -> Term { try! Term.toNat(operand) }
  static func pow(_ base: Term, _ exponent: Term) -> Term { try! Term.power(base, exponent) }
  static func min(_ lhs: Term, _ rhs: Term) -> Term { try! Term.minimum(lhs, rhs) }
  static func max(_ lhs: Term, _ rhs: Term) -> Term { try! Term.maximum(lhs, rhs) }
  static func gcd(_ lhs: Term, _ rhs: Term) -> Term { try! Term.gcd(lhs, rhs) }
}

extension Term {
  fileprivate static func + (lhs: Term, rhs: Term) -> Term { try! add(lhs, rhs) }
  fileprivate static func - (lhs: Term, rhs: Term) -> Term { try! subtract(lhs, rhs) }
  fileprivate static func * (lhs: Term, rhs: Term) -> Term { try! multiply(lhs, rhs) }
  fileprivate static func / (lhs: Term, rhs: Term) -> Term { try! divide(lhs, rhs) }
  fileprivate static func % (lhs: Term, rhs: Term) -> Term { try! modulo(lhs, rhs) }
  fileprivate static prefix func - (operand: Term) -> Term { try! negate(operand) }
}

/// The decision procedures whose verdicts the kernel accepts as theorems (`Theorem.oracle`).
public enum OracleProcedure: String, CaseIterable, Sendable {
  case omega, decide, ring, normNum = "norm_num", linarith, nlinarith, positivity

  /// Why its verdict is accepted.
  public var justification: String {
    switch self {
    case .omega: "Lean core's omega: linear ℕ/ℤ arithmetic, exact elimination and real shadow only"
    case .decide: "Lean core's decide: evaluation of closed decidable propositions within fixed limits"
    case .ring: "Mathlib's ring: commutative (semi)ring normalisation"
    case .normNum: "Mathlib's norm_num: numeral arithmetic and literal comparisons"
    case .linarith: "Mathlib's linarith: linear arithmetic over ordered fields, by Positivstellensatz certificates"
    case .nlinarith: "Mathlib's nlinarith: linarith with products of hypotheses"
    case .positivity: "Mathlib's positivity: syntactic proofs of 0 ≤ e, 0 < e, e ≠ 0"
    }
  }
}

/// A prelude lemma the loader allowed at start-up.
public struct AdmittedLemma: Sendable {
  public let name: String
  public let statement: Term
  /// Why it is trusted (for example, "Lean core, Init/Data/Nat/Lemmas.lean; 1000 random instances").
  public let reason: String
}

/// The registry of trusted facts beyond the rules and axioms: the admitted lemmas (an explicit
/// allow-list filled by the prelude loader) and the use counts of admissions and oracles.
public enum TrustedFacts {
  struct Registry {
    var lemmas: [AdmittedLemma] = []
    var lemmaIndex: [String: Int] = [:]
    var admissionUses: [String: Int] = [:]
    var oracleUses: [OracleProcedure: Int] = [:]
  }

  static let registry = Mutex(Registry())

  /// Allows `Theorem.admit(name:statement:)` for this name and statement, and records it. The
  /// statement must be a closed proposition. Registering the same name again with the same
  /// statement does nothing; with another statement it throws.
  public static func registerAdmissibleLemma(name: String, statement: Term, reason: String) throws(KernelError) {
    guard statement.isProposition, statement.freeVariables.isEmpty else {
      throw KernelError(.admit, "an admitted lemma must be a closed proposition: \(name)", [statement])
    }
    let conflict: Term? = registry.withLock { registry in
      if let index = registry.lemmaIndex[name] {
        let existing = registry.lemmas[index].statement
        return existing == statement ? nil : existing
      }
      registry.lemmaIndex[name] = registry.lemmas.count
      registry.lemmas.append(AdmittedLemma(name: name, statement: statement, reason: reason))
      return nil
    }
    if let conflict {
      throw KernelError(.admit, "\(name) is already registered with another statement", [conflict, statement])
    }
  }

  /// The registered lemmas, in registration order.
  public static var admissibleLemmas: [AdmittedLemma] {
    registry.withLock { $0.lemmas }
  }

  /// How many times each admitted lemma was used by `Theorem.admit`.
  public static var admissionUses: [String: Int] {
    registry.withLock { $0.admissionUses }
  }

  /// How many theorems each oracle produced.
  public static var oracleUses: [OracleProcedure: Int] {
    registry.withLock { $0.oracleUses }
  }

  /// The statement registered under `name`, counting one use.
  static func useAdmissibleLemma(_ name: String) -> Term? {
    registry.withLock { registry in
      guard let index = registry.lemmaIndex[name] else { return nil }
      registry.admissionUses[name, default: 0] += 1
      return registry.lemmas[index].statement
    }
  }

  static func recordOracleUse(_ procedure: OracleProcedure) {
    registry.withLock { $0.oracleUses[procedure, default: 0] += 1 }
  }

  /// Every trusted thing, one per line: rules, axiom schemas with their statements, oracles with
  /// their use counts, and admitted lemmas with their statements and use counts.
  public static func listing() -> String {
    var lines = ["# Primitive rules"]
    lines += Rule.allCases.map { "rule \($0.rawValue) -- \($0.justification)" }
    lines.append("# Axiom schemas (Lean core theorems)")
    lines += Axiom.allCases.map { "axiom \($0.name) : \($0.statement)" }
    lines.append(
      "# Mathlib definitions (only a file that imports Mathlib can name Even, Odd, Nat.Prime, Nat.factorial)")
    lines += MathlibAxiom.allCases.map { "axiom \($0.name) : \($0.statement) -- \($0.justification)" }
    lines.append("# Notation unfolding: (a ≠ b) = ¬a = b, (a ≥ b) = (b ≤ a), (a > b) = (b < a)")
    lines.append(
      "# Literal evaluation: ℕ succ + - * / % ^ min max gcd ≤ < ≥ > ∣ = ≠, ℤ neg + - * / % ^ min max natAbs toNat, ↑ (ofNat), ≤ < ≥ > ∣ = ≠; "
        + "exponent ≤ \(BigInt.maximumPowerExponent), result < \(BigInt.maximumPowerResultBits) bits; "
        + "Mathlib's Nat.factorial n for n ≤ \(LiteralEvaluation.maximumFactorialArgument)")
    let oracleUses = self.oracleUses
    lines.append("# Oracle procedures")
    lines += OracleProcedure.allCases.map {
      "oracle \($0.rawValue) (used \(oracleUses[$0] ?? 0)×) -- \($0.justification)"
    }
    let admissionUses = self.admissionUses
    lines.append("# Admitted lemmas")
    lines += admissibleLemmas.map {
      "admitted \($0.name) : \($0.statement) (used \(admissionUses[$0.name] ?? 0)×) -- \($0.reason)"
    }
    return lines.joined(separator: "\n")
  }
}

extension Theorem {
  /// `⊢ statement` for a lemma registered under `name` with an α-equivalent statement.
  public static func admit(name: String, statement: Term) throws(KernelError) -> Theorem {
    guard let registered = TrustedFacts.useAdmissibleLemma(name) else {
      throw KernelError(.admit, "\(name) is not an admissible lemma", [statement])
    }
    guard registered == statement else {
      throw KernelError(
        .admit, "the statement differs from the registered statement of \(name)", [registered, statement])
    }
    return Theorem(hypotheses: [], conclusion: statement, dependencies: .admittedLemma)
  }

  /// `hypotheses ⊢ conclusion` on the word of a trusted decision procedure; each use is counted.
  public static func oracle(
    _ procedure: OracleProcedure, conclusion: Term, hypotheses: [Term]
  ) throws(KernelError) -> Theorem {
    guard conclusion.isProposition, hypotheses.allSatisfy(\.isProposition) else {
      throw KernelError(.oracle, "\(procedure.rawValue): not a sequent of propositions", [conclusion] + hypotheses)
    }
    TrustedFacts.recordOracleUse(procedure)
    var context: [Term] = []
    for hypothesis in hypotheses { context = Hypotheses.union(context, [hypothesis]) }
    return Theorem(hypotheses: context, conclusion: conclusion, dependencies: .oracle(procedure))
  }
}
