import Kernel

/// Reads ℕ or ℤ terms as polynomials over atoms, as Mathlib's `ring` does: `+`, `*`, numerals and
/// `^` with a numeral exponent on both types, `-` (binary and unary) on ℤ only. On ℕ, truncated
/// `-`, `/` and `%` are atoms. Every other subterm is an atom; with `evaluatesClosedTerms`,
/// a closed subterm of numeral arithmetic (`7 - 3`, `7 / 2`, `↑5`) is first evaluated, as `ring`
/// does through `norm_num`. With `normalizesInsideAtoms`, the ℕ/ℤ arguments of an atom are put in
/// normal form first, as `ring_nf` does. With `symbolicExponents`, an exponent that is not a numeral
/// is read as an ℕ polynomial and the power kept in Mathlib's normal form (`x ^ (n + 1)` is
/// `x ^ n * x`); without it (`linarith`), `x ^ n` is an atom.
struct PolynomialParser {
  var atoms = AtomTable()
  let tactic: String
  let evaluatesClosedTerms: Bool
  let normalizesInsideAtoms: Bool
  let symbolicExponents: Bool
  /// The largest exponent expanded for a non-constant base.
  var maximumExponent = 256
  /// The largest number of terms of an intermediate polynomial.
  var maximumTerms = 20_000

  init(tactic: String, evaluatesClosedTerms: Bool, normalizesInsideAtoms: Bool, symbolicExponents: Bool = false) {
    self.tactic = tactic
    self.evaluatesClosedTerms = evaluatesClosedTerms
    self.normalizesInsideAtoms = normalizesInsideAtoms
    self.symbolicExponents = symbolicExponents
  }

  mutating func parse(_ term: Term) throws(DecisionFailure) -> Polynomial {
    if let value = term.numeralValue { return .constant(value) }
    if let (constant, lhs, rhs) = term.asBinaryOperation {
      switch constant {
      case .natAdd, .intAdd: return try parse(lhs) + parse(rhs)
      case .intSub: return try parse(lhs) - parse(rhs)
      case .natMul, .intMul: return try parse(lhs) * parse(rhs)
      case .natPow, .intPow:
        if let exponent = exponentValue(rhs) { return try power(parse(lhs), exponent, term) }
        if symbolicExponents {
          let base = try parse(lhs)
          let exponent = try parse(rhs)
          if let value = exponent.constantValue { return try power(base, value, term) }
          return try symbolicPower(base, exponent, term)
        }
      default: break
      }
    } else if let (constant, operand) = term.asUnaryOperation, constant == .intNeg {
      return -(try parse(operand))
    }
    if evaluatesClosedTerms, term.freeVariables.isEmpty, Self.isNumeralArithmetic(term),
      let value = try? Evaluator(maximumExponent: maximumExponent).evaluate(term).number
    {
      return .constant(value)
    }
    return .atom(atoms.index(of: try atomTerm(term)))
  }

  private func exponentValue(_ exponent: Term) -> BigInt? {
    if let value = exponent.natLiteralValue { return value }
    guard evaluatesClosedTerms, exponent.freeVariables.isEmpty, Self.isNumeralArithmetic(exponent) else { return nil }
    return try? Evaluator(maximumExponent: maximumExponent).evaluate(exponent).number
  }

  private func power(_ parsedBase: Polynomial, _ exponent: BigInt, _ term: Term) throws(DecisionFailure) -> Polynomial {
    if let value = parsedBase.constantValue, let result = try? value.power(exponent),
      exponent <= BigInt(maximumExponent) || value.magnitude <= 1
    {
      return .constant(result)
    }
    guard let small = exponent.asInt, small <= maximumExponent,
      let result = parsedBase.power(small, maximumTerms: maximumTerms)
    else {
      throw tooLarge(term)
    }
    return result
  }

  func tooLarge(_ term: Term) -> DecisionFailure {
    DecisionFailure(
      tactic: tactic, reason: .budgetExceeded, message: "the expansion of \(term) is too large", goal: term)
  }

  /// The atom for `term`, with its ℕ/ℤ arguments normalised when `normalizesInsideAtoms`.
  private mutating func atomTerm(_ term: Term) throws(DecisionFailure) -> Term {
    guard normalizesInsideAtoms else { return term }
    let (head, arguments) = term.applicationSpine
    guard !arguments.isEmpty else { return term }
    var changed = false
    var normalized: [Term] = []
    for argument in arguments {
      guard argument.type == .nat || argument.type == .int else {
        normalized.append(argument)
        continue
      }
      var inner = PolynomialParser(
        tactic: tactic, evaluatesClosedTerms: evaluatesClosedTerms, normalizesInsideAtoms: true,
        symbolicExponents: symbolicExponents)
      inner.atoms = atoms
      let polynomial = try inner.parse(argument)
      atoms = inner.atoms
      let printed = try PolynomialPrinter(tactic: tactic, atoms: atoms).term(polynomial, type: argument.type)
      changed = changed || printed !== argument
      normalized.append(printed)
    }
    guard changed else { return term }
    do {
      return try Term.apply(head, normalized)
    } catch {
      throw DecisionFailure.kernel(tactic, error, goal: term)
    }
  }

  /// Whether `term` is numeral arithmetic that `norm_num` evaluates inside `ring`: numerals with
  /// `+ - * / % ^`, ℤ negation and the cast of a ℕ numeral expression.
  static func isNumeralArithmetic(_ term: Term) -> Bool {
    if term.numeralValue != nil { return true }
    if let (constant, lhs, rhs) = term.asBinaryOperation {
      switch constant {
      case .natAdd, .natSub, .natMul, .natDiv, .natMod, .natPow, .intAdd, .intSub, .intMul, .intDiv, .intMod, .intPow:
        return isNumeralArithmetic(lhs) && isNumeralArithmetic(rhs)
      default: return false
      }
    }
    if let (constant, operand) = term.asUnaryOperation {
      switch constant {
      case .intNeg, .intOfNat: return isNumeralArithmetic(operand)
      default: return false
      }
    }
    return false
  }
}
