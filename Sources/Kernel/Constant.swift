/// The built-in constants of the fragment: the operations and predicates on `Nat` and `Int`,
/// the cast `Nat → Int`, the connectives, and equality and the quantifiers at each type.
///
/// `a ≠ b`, `a ≥ b` and `a > b` are constants of their own (`Ne`, `GE.ge`, `GT.gt`), as in Lean,
/// where they are notations that only definitional unfolding identifies with `¬a = b`, `b ≤ a`
/// and `b < a` (`Theorem.unfoldNotation`).
///
/// Mathlib's `Even`, `Odd` (on `Nat` and `Int`), `Nat.Prime` and `Nat.factorial` are constants too,
/// defined by the axioms of `MathlibAxiom`; only a file that imports Mathlib can name them.
///
/// Binary operations are curried (`natAdd : Nat → Nat → Nat`); `∀ x : T, p` is `forall(T)`
/// applied to `λ x : T, p`, as in HOL.
public enum Constant: Hashable, Sendable, CustomStringConvertible {
  case natSucc, natAdd, natSub, natMul, natDiv, natMod, natPow, natMin, natMax, natGcd
  case natLe, natLt, natDvd, natGe, natGt
  case intNeg, intAdd, intSub, intMul, intDiv, intMod, intPow, intMin, intMax
  case intNatAbs, intToNat, intOfNat
  case intLe, intLt, intDvd, intGe, intGt
  case `true`, `false`, not, and, or, implies, iff
  case natEven, intEven, natOdd, intOdd, natPrime, natFactorial
  case equal(TermType)
  case notEqual(TermType)
  case forall(TermType)
  case exists(TermType)

  /// The constant's type.
  public var type: TermType {
    switch self {
    case .natSucc: Self.natUnary
    case .natAdd, .natSub, .natMul, .natDiv, .natMod, .natPow, .natMin, .natMax, .natGcd: Self.natBinary
    case .natLe, .natLt, .natDvd, .natGe, .natGt: Self.natRelation
    case .intNeg: Self.intUnary
    case .intAdd, .intSub, .intMul, .intDiv, .intMod, .intMin, .intMax: Self.intBinary
    case .intPow: Self.intPower
    case .intNatAbs, .intToNat: Self.intToNatType
    case .intOfNat: Self.natToInt
    case .intLe, .intLt, .intDvd, .intGe, .intGt: Self.intRelation
    case .natEven, .natOdd, .natPrime: Self.natPredicate
    case .intEven, .intOdd: Self.intPredicate
    case .natFactorial: Self.natUnary
    case .true, .false: .prop
    case .not: Self.propUnary
    case .and, .or, .implies, .iff: Self.propBinary
    case .equal(let type), .notEqual(let type): .function(type, .function(type, .prop))
    case .forall(let type), .exists(let type): .function(.function(type, .prop), .prop)
    }
  }

  private static let natUnary = TermType.function(.nat, .nat)
  private static let natBinary = TermType.function(.nat, .function(.nat, .nat))
  private static let natRelation = TermType.function(.nat, .function(.nat, .prop))
  private static let intUnary = TermType.function(.int, .int)
  private static let intBinary = TermType.function(.int, .function(.int, .int))
  private static let intPower = TermType.function(.int, .function(.nat, .int))
  private static let intToNatType = TermType.function(.int, .nat)
  private static let natToInt = TermType.function(.nat, .int)
  private static let intRelation = TermType.function(.int, .function(.int, .prop))
  private static let natPredicate = TermType.function(.nat, .prop)
  private static let intPredicate = TermType.function(.int, .prop)
  private static let propUnary = TermType.function(.prop, .prop)
  private static let propBinary = TermType.function(.prop, .function(.prop, .prop))

  /// The Lean declaration the constant stands for.
  public var leanName: String {
    switch self {
    case .natSucc: "Nat.succ"
    case .natAdd: "Nat.add"
    case .natSub: "Nat.sub"
    case .natMul: "Nat.mul"
    case .natDiv: "Nat.div"
    case .natMod: "Nat.mod"
    case .natPow: "Nat.pow"
    case .natMin: "Nat.min"
    case .natMax: "Nat.max"
    case .natGcd: "Nat.gcd"
    case .natLe: "Nat.le"
    case .natLt: "Nat.lt"
    case .natDvd: "Nat.dvd"
    case .natGe, .intGe: "GE.ge"
    case .natGt, .intGt: "GT.gt"
    case .intNeg: "Int.neg"
    case .intAdd: "Int.add"
    case .intSub: "Int.sub"
    case .intMul: "Int.mul"
    case .intDiv: "Int.ediv"
    case .intMod: "Int.emod"
    case .intPow: "Int.pow"
    case .intMin: "Int.min"
    case .intMax: "Int.max"
    case .intNatAbs: "Int.natAbs"
    case .intToNat: "Int.toNat"
    case .intOfNat: "Int.ofNat"
    case .intLe: "Int.le"
    case .intLt: "Int.lt"
    case .intDvd: "Int.dvd"
    case .true: "True"
    case .false: "False"
    case .not: "Not"
    case .and: "And"
    case .or: "Or"
    case .implies: "implies"
    case .iff: "Iff"
    case .natEven, .intEven: "Even"
    case .natOdd, .intOdd: "Odd"
    case .natPrime: "Nat.Prime"
    case .natFactorial: "Nat.factorial"
    case .equal: "Eq"
    case .notEqual: "Ne"
    case .forall: "forall"
    case .exists: "Exists"
    }
  }

  public var description: String { leanName }

  var stableHash: UInt64 {
    switch self {
    case .equal(let type): StableHash.mix(0xE9, type.stableHash)
    case .notEqual(let type): StableHash.mix(0x4E45, type.stableHash)
    case .natGe: StableHash.string("Nat.ge")
    case .natGt: StableHash.string("Nat.gt")
    case .intGe: StableHash.string("Int.ge")
    case .intGt: StableHash.string("Int.gt")
    case .natEven: StableHash.string("Nat.Even")
    case .intEven: StableHash.string("Int.Even")
    case .natOdd: StableHash.string("Nat.Odd")
    case .intOdd: StableHash.string("Int.Odd")
    case .forall(let type): StableHash.mix(0xA11, type.stableHash)
    case .exists(let type): StableHash.mix(0xE815, type.stableHash)
    default: StableHash.string(leanName)
    }
  }
}
