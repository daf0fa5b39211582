import Kernel

/// Lean core's default simprocs for literal arithmetic on ℕ and ℤ (`Lean/Meta/Tactic/Simp/
/// BuiltinSimprocs/Nat.lean`, `Int.lean`), under their Lean names. Each folds one operation
/// applied to literal values, and its proof is the kernel's `Theorem.evaluate`. Powers are folded
/// only up to Lean's `exponentiation.threshold` (256). There is none for `min`, `max` or ℕ `≥`/`≠`
/// (those go through `ge_iff_le` and `ne_eq` first), as in Lean. The offset cases of
/// `Nat.reduceEqDiff`, `Nat.reduceLeDiff` and `Nat.reduceSubDiff` are in `OffsetSimprocs`.
public enum Simproc: String, CaseIterable, Hashable, Sendable {
  case natReduceSucc = "Nat.reduceSucc"
  case natReduceAdd = "Nat.reduceAdd"
  case natReduceMul = "Nat.reduceMul"
  case natReduceSub = "Nat.reduceSub"
  case natReduceDiv = "Nat.reduceDiv"
  case natReduceMod = "Nat.reduceMod"
  case natReducePow = "Nat.reducePow"
  case natReduceGcd = "Nat.reduceGcd"
  case natReduceLT = "Nat.reduceLT"
  case natReduceGT = "Nat.reduceGT"
  case natReduceLeDiff = "Nat.reduceLeDiff"
  case natReduceEqDiff = "Nat.reduceEqDiff"
  /// Folds `p - q` on literals, and offsets (`OffsetSimprocs`).
  case natReduceSubDiff = "Nat.reduceSubDiff"
  case natReduceDvd = "Nat.reduceDvd"
  case intReduceNeg = "Int.reduceNeg"
  case intReduceAdd = "Int.reduceAdd"
  case intReduceMul = "Int.reduceMul"
  case intReduceSub = "Int.reduceSub"
  case intReduceDiv = "Int.reduceDiv"
  case intReduceMod = "Int.reduceMod"
  case intReducePow = "Int.reducePow"
  case intReduceLT = "Int.reduceLT"
  case intReduceLE = "Int.reduceLE"
  case intReduceGT = "Int.reduceGT"
  case intReduceGE = "Int.reduceGE"
  case intReduceEq = "Int.reduceEq"
  case intReduceNe = "Int.reduceNe"
  case intReduceDvd = "Int.reduceDvd"
  case intReduceAbs = "Int.reduceAbs"
  case intReduceToNat = "Int.reduceToNat"
  /// Not a simproc in Lean but the `@[simp]` lemma `Int.Nat.cast_ofNat_Int`,
  /// `((OfNat.ofNat n : ℕ) : ℤ) = OfNat.ofNat n`, whose instances are literal evaluations.
  case intNatCastLiteral = "Int.Nat.cast_ofNat_Int"

  /// The Lean name.
  public var name: String { rawValue }

  /// The simprocs (and literal lemma) that plain `simp` uses.
  public static let defaultSet: Set<Simproc> = Set(allCases)

  /// The simproc named `name` (as written in `simp only [Nat.reduceAdd]`).
  public init?(name: String) {
    self.init(rawValue: name)
  }

  /// Lean's `exponentiation.threshold`: larger exponents are not evaluated.
  public static let exponentThreshold = 256

  /// The simproc that folds `constant` applied to literals.
  static func forConstant(_ constant: Constant) -> Simproc? {
    switch constant {
    case .natSucc: .natReduceSucc
    case .natAdd: .natReduceAdd
    case .natMul: .natReduceMul
    case .natSub: .natReduceSub
    case .natDiv: .natReduceDiv
    case .natMod: .natReduceMod
    case .natPow: .natReducePow
    case .natGcd: .natReduceGcd
    case .natLt: .natReduceLT
    case .natGt: .natReduceGT
    case .natLe: .natReduceLeDiff
    case .equal(.nat): .natReduceEqDiff
    case .natDvd: .natReduceDvd
    case .intNeg: .intReduceNeg
    case .intAdd: .intReduceAdd
    case .intMul: .intReduceMul
    case .intSub: .intReduceSub
    case .intDiv: .intReduceDiv
    case .intMod: .intReduceMod
    case .intPow: .intReducePow
    case .intLt: .intReduceLT
    case .intLe: .intReduceLE
    case .intGt: .intReduceGT
    case .intGe: .intReduceGE
    case .equal(.int): .intReduceEq
    case .notEqual(.int): .intReduceNe
    case .intDvd: .intReduceDvd
    case .intNatAbs: .intReduceAbs
    case .intToNat: .intReduceToNat
    case .intOfNat: .intNatCastLiteral
    default: nil
    }
  }

  /// `⊢ term = value` when `term` is one operation of an enabled simproc applied to literal
  /// values and folding it changes the term; nil otherwise.
  static func reduce(_ term: Term, enabled: Set<Simproc>) throws(SimpFailure) -> (Simproc, Theorem)? {
    let constant: Constant
    let operands: [Term]
    if let (binary, lhs, rhs) = term.asBinaryOperation {
      constant = binary
      operands = [lhs, rhs]
    } else if let (unary, operand) = term.asUnaryOperation {
      constant = unary
      operands = [operand]
    } else {
      return nil
    }
    guard let simproc = forConstant(constant),
      enabled.contains(simproc) || (simproc == .natReduceSub && enabled.contains(.natReduceSubDiff))
    else { return nil }
    for operand in operands where operand.natLiteralValue == nil && operand.intLiteralValue == nil {
      return nil
    }
    if constant == .natPow || constant == .intPow {
      guard let exponent = operands[1].natLiteralValue, exponent <= BigInt(exponentThreshold) else { return nil }
    }
    let theorem = try kernelStep(lemma: simproc.name) { () throws(KernelError) in try Theorem.evaluate(term) }
    guard let (_, value) = theorem.conclusion.asEquation, value != term else { return nil }
    return (simproc, theorem)
  }
}
