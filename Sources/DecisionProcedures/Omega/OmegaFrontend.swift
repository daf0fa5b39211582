import Kernel

/// The omega front end (Lean's `MetaProblem` with `asLinearCombo`, `addFact`, `pushNot`,
/// `omegaImpl` and `splitDisjunction`): reads facts into linear constraints over atoms, collects
/// disjunctions, and splits them one at a time, lazily, only while the problem stays satisfiable.
/// A value type: a case split copies the state, as Lean's `withoutModifyingState` restores it.
struct OmegaFrontend: Sendable {
  let configuration: OmegaConfiguration
  var atoms = OmegaAtoms()
  var problem = OmegaProblem()
  /// Facts still to read, the next one last, each with the hypothesis it came from.
  var pending: [(fact: OmegaFact, source: Int?)] = []
  /// Disjunctions to split, the next one first (Lean's `List.insert` puts new ones at the head).
  var disjunctions: [OmegaFact] = []
  /// Hypotheses that gave at least one constraint or disjunction.
  var usedSources: Set<Int> = []
  /// The variable names in use, which fresh witnesses and error-message names avoid.
  var names: Set<String>

  init(configuration: OmegaConfiguration, scope: [Term]) {
    self.configuration = configuration
    var names: Set<String> = []
    for term in scope {
      for variable in term.freeVariables { if let name = variable.variableName { names.insert(name) } }
    }
    self.names = names
  }

  // MARK: Reading terms

  /// The linear combination of an `Int` term (Lean's `asLinearComboImpl`).
  mutating func linear(_ term: Term) throws(OmegaFailure) -> OmegaLinearCombo {
    if let value = try OmegaTerms.groundInt(term) { return OmegaLinearCombo(constant: value) }
    if let (constant, lhs, rhs) = term.asBinaryOperation {
      switch constant {
      case .intAdd: return try linear(lhs).adding(linear(rhs))
      case .intSub: return try linear(lhs).subtracting(linear(rhs))
      case .intMul: return try product(term, lhs, rhs)
      case .intMod: return try modulo(term, lhs, rhs)
      case .intDiv: return try division(term, lhs, rhs)
      case .intMin:
        guard configuration.splitMinMax else { return try atom(term) }
        return try conditionalAtom(
          term, condition: OmegaTerms.binary(Term.lessOrEqual, lhs, rhs), then: lhs, else: rhs)
      case .intMax:
        guard configuration.splitMinMax else { return try atom(term) }
        return try conditionalAtom(
          term, condition: OmegaTerms.binary(Term.lessOrEqual, lhs, rhs), then: rhs, else: lhs)
      case .intPow:
        if let exponent = OmegaTerms.predecessor(rhs), try OmegaTerms.groundInt(lhs) != nil {
          let lowered = try OmegaTerms.binary(Term.power, lhs, exponent)
          return try linear(OmegaTerms.binary(Term.multiply, lowered, lhs))
        }
        return try atom(term)
      default:
        return try atom(term)
      }
    }
    if let (constant, operand) = term.asUnaryOperation {
      switch constant {
      case .intNeg: return try linear(operand).negated()
      case .intOfNat: return try cast(term, operand)
      default: break
      }
    }
    return try atom(term)
  }

  /// `x * y`: linear when one side's combination is a constant; otherwise the product is an atom
  /// and whatever reading the factors recorded is undone (Lean's `commitWhen`).
  private mutating func product(_ term: Term, _ lhs: Term, _ rhs: Term) throws(OmegaFailure) -> OmegaLinearCombo {
    let savedAtoms = atoms
    let savedPending = pending
    let left = try linear(lhs)
    let right = try linear(rhs)
    if left.isConstant || right.isConstant { return try left.multiplied(by: right) }
    atoms = savedAtoms
    pending = savedPending
    return try atom(term)
  }

  /// `x % k` for a ground natural `k` becomes `x - k * (x / k)` (`Int.emod_def`); otherwise an atom.
  private mutating func modulo(_ term: Term, _ lhs: Term, _ rhs: Term) throws(OmegaFailure) -> OmegaLinearCombo {
    guard let divisor = try OmegaTerms.groundNat(rhs) else { return try atom(term) }
    guard try OmegaTerms.groundInt(rhs) == divisor else {
      throw OmegaFailure(
        .outsideFragment,
        "\(OmegaFailure.header)\nthe modulus \(rhs) evaluates differently as Nat and as Int (Lean's omega fails here)")
    }
    let literal = OmegaTerms.int(divisor)
    let quotient = try OmegaTerms.binary(Term.divide, lhs, literal)
    let rewritten = try OmegaTerms.binary(Term.subtract, lhs, OmegaTerms.binary(Term.multiply, literal, quotient))
    return try linear(rewritten)
  }

  /// `x / k` for a ground `k`: `0` when `k = 0`, `-(x / -k)` when `k < 0`, else an atom with the
  /// facts `k * (x / k) ≤ x < k * (x / k) + k`. A non-literal divisor gives a plain atom.
  private mutating func division(_ term: Term, _ lhs: Term, _ rhs: Term) throws(OmegaFailure) -> OmegaLinearCombo {
    guard let divisor = try OmegaTerms.groundInt(rhs) else { return try atom(term) }
    if divisor == 0 { return OmegaLinearCombo() }
    if divisor < 0 {
      let positive = try OmegaTerms.binary(Term.divide, lhs, OmegaTerms.int(OmegaArithmetic.negate(divisor)))
      return try linear(OmegaTerms.negate(positive))
    }
    return try atom(OmegaTerms.binary(Term.divide, lhs, OmegaTerms.int(divisor)))
  }

  /// `↑n` for `n : Nat`: pushes the cast through `succ + * / %`, nested truncated subtraction,
  /// powers of a ground base, `min`, `max`, `Int.toNat` and `Int.natAbs` (Lean's `handleNatCast`).
  private mutating func cast(_ term: Term, _ operand: Term) throws(OmegaFailure) -> OmegaLinearCombo {
    if let (constant, argument) = operand.asUnaryOperation {
      switch constant {
      case .natSucc:
        return try linear(OmegaTerms.binary(Term.add, OmegaTerms.cast(argument), OmegaTerms.int(1)))
      case .intToNat:
        return try linear(OmegaTerms.binary(Term.maximum, argument, OmegaTerms.int(0)))
      case .intNatAbs:
        guard configuration.splitNatAbs else { return try atom(term) }
        let condition = try OmegaTerms.binary(Term.lessOrEqual, OmegaTerms.int(0), argument)
        return try conditionalAtom(term, condition: condition, then: argument, else: OmegaTerms.negate(argument))
      default:
        return try atom(term)
      }
    }
    guard let (constant, lhs, rhs) = operand.asBinaryOperation else { return try atom(term) }
    switch constant {
    case .natAdd:
      return try linear(OmegaTerms.binary(Term.add, OmegaTerms.cast(lhs), OmegaTerms.cast(rhs)))
    case .natMul:
      let product = try OmegaTerms.binary(Term.multiply, OmegaTerms.cast(lhs), OmegaTerms.cast(rhs))
      let result = try linear(product)
      let nonnegative = try OmegaTerms.binary(Term.lessOrEqual, OmegaTerms.int(0), product)
      pending.append((.proposition(nonnegative), nil))
      return result
    case .natDiv:
      return try linear(OmegaTerms.binary(Term.divide, OmegaTerms.cast(lhs), OmegaTerms.cast(rhs)))
    case .natMod:
      return try linear(OmegaTerms.binary(Term.modulo, OmegaTerms.cast(lhs), OmegaTerms.cast(rhs)))
    case .natSub:
      if let (inner, a, b) = lhs.asBinaryOperation, inner == .natSub {
        let regrouped = try OmegaTerms.binary(Term.subtract, a, OmegaTerms.binary(Term.add, b, rhs))
        return try linear(OmegaTerms.cast(regrouped))
      }
      return try atom(term)
    case .natPow:
      guard try OmegaTerms.groundNat(lhs) != nil else { return try atom(term) }
      return try linear(OmegaTerms.binary(Term.power, OmegaTerms.cast(lhs), rhs))
    case .natMin:
      return try linear(OmegaTerms.binary(Term.minimum, OmegaTerms.cast(lhs), OmegaTerms.cast(rhs)))
    case .natMax:
      return try linear(OmegaTerms.binary(Term.maximum, OmegaTerms.cast(lhs), OmegaTerms.cast(rhs)))
    default:
      return try atom(term)
    }
  }

  /// The combination of an atom, recording it (and the facts Lean's `analyzeAtom` gives for its
  /// shape) the first time it is seen.
  private mutating func atom(_ term: Term) throws(OmegaFailure) -> OmegaLinearCombo {
    let (index, isNew) = atoms.lookup(term)
    if isNew { try analyzeAtom(term, index) }
    return .atom(index)
  }

  private mutating func analyzeAtom(_ term: Term, _ index: Int) throws(OmegaFailure) {
    var facts: [OmegaFact] = []
    if let (constant, operand) = term.asUnaryOperation, constant == .intOfNat {
      facts.append(.linear(.atom(index), isEquality: false))
      if configuration.splitNatSub, let (inner, a, b) = operand.asBinaryOperation, inner == .natSub {
        let truncated = try OmegaTerms.binary(
          Term.equal, term, OmegaTerms.binary(Term.subtract, OmegaTerms.cast(a), OmegaTerms.cast(b)))
        let zero = try OmegaTerms.binary(Term.equal, term, OmegaTerms.int(0))
        facts.append(
          .disjunction(
            .conjunction(.proposition(try OmegaTerms.binary(Term.lessOrEqual, b, a)), .proposition(truncated)),
            .conjunction(.proposition(try OmegaTerms.binary(Term.lessThan, a, b)), .proposition(zero))))
      } else if let (inner, argument) = operand.asUnaryOperation, inner == .intNatAbs {
        facts.append(.proposition(try OmegaTerms.binary(Term.lessOrEqual, argument, term)))
        facts.append(.proposition(try OmegaTerms.binary(Term.lessOrEqual, OmegaTerms.negate(argument), term)))
      }
    } else if let (constant, lhs, rhs) = term.asBinaryOperation {
      switch constant {
      case .intDiv:
        if let divisor = OmegaTerms.literalNat(rhs), !divisor.isZero {
          let scaled = try OmegaTerms.binary(Term.multiply, rhs, term)
          facts.append(.proposition(try OmegaTerms.binary(Term.lessOrEqual, scaled, lhs)))
          facts.append(
            .proposition(try OmegaTerms.binary(Term.lessThan, lhs, OmegaTerms.binary(Term.add, scaled, rhs))))
        }
      case .intMod:
        // As Lean's `analyzeAtom`: a power modulus with a positive literal base bounds the
        // remainder; any other power modulus gives nothing; `↑x % ↑k` is nonnegative.
        if Self.isPowerOfPositiveLiteral(rhs) {
          facts.append(.proposition(try OmegaTerms.binary(Term.lessOrEqual, OmegaTerms.int(0), term)))
          facts.append(.proposition(try OmegaTerms.binary(Term.lessThan, term, rhs)))
        } else if let (inner, modulus) = rhs.asUnaryOperation, inner == .intOfNat,
          modulus.operands(of: .natPow) == nil,
          let (outer, _) = lhs.asUnaryOperation, outer == .intOfNat
        {
          facts.append(.proposition(try OmegaTerms.binary(Term.lessOrEqual, OmegaTerms.int(0), term)))
        }
      case .intMin:
        facts.append(.proposition(try OmegaTerms.binary(Term.lessOrEqual, term, lhs)))
        facts.append(.proposition(try OmegaTerms.binary(Term.lessOrEqual, term, rhs)))
      case .intMax:
        facts.append(.proposition(try OmegaTerms.binary(Term.lessOrEqual, lhs, term)))
        facts.append(.proposition(try OmegaTerms.binary(Term.lessOrEqual, rhs, term)))
      default:
        break
      }
    }
    for fact in facts.reversed() { pending.append((fact, nil)) }
  }

  /// `b ^ e` or `↑(b ^ e)` with `b` a positive numeral (or the cast of one).
  private static func isPowerOfPositiveLiteral(_ term: Term) -> Bool {
    var power = term
    if let (constant, operand) = term.asUnaryOperation, constant == .intOfNat { power = operand }
    guard let (constant, base, _) = power.asBinaryOperation, constant == .intPow || constant == .natPow,
      let value = OmegaTerms.literalNat(base)
    else { return false }
    return !value.isZero
  }

  /// An atom standing for `if condition then a else b` (how Lean's `min_def`, `max_def` and
  /// `natAbs` rewrites leave it), with the fact `(c ∧ atom = a) ∨ (¬c ∧ atom = b)`.
  private mutating func conditionalAtom(
    _ key: Term, condition: Term, then whenTrue: Term, else whenFalse: Term
  ) throws(OmegaFailure) -> OmegaLinearCombo {
    let (index, isNew) = atoms.lookup(key)
    if isNew {
      let fact = OmegaFact.disjunction(
        .conjunction(.proposition(condition), .atomEquation(index: index, value: whenTrue)),
        .conjunction(.negation(condition), .atomEquation(index: index, value: whenFalse)))
      pending.append((fact, nil))
    }
    return .atom(index)
  }

  /// The combination of `↑n` for a `Nat` term, or of an `Int` term.
  private mutating func value(_ term: Term) throws(OmegaFailure) -> OmegaLinearCombo {
    term.type == .nat ? try linear(OmegaTerms.cast(term)) : try linear(term)
  }

  // MARK: Reading facts

  /// Reads one fact; returns how many constraints and disjunctions it gave (Lean's `addFact`).
  mutating func addFact(_ fact: OmegaFact) throws(OmegaFailure) -> Int {
    guard problem.possible else { return 0 }
    switch fact {
    case .linear(let combo, let isEquality):
      try problem.add(combo, isEquality: isEquality, atoms: &atoms, budget: configuration.maximumConstraints)
      return 1
    case .atomEquation(let index, let value):
      let combo = try OmegaLinearCombo.atom(index).subtracting(linear(value))
      return try addFact(.linear(combo, isEquality: true))
    case .conjunction(let first, let second):
      let count = try addFact(first)
      return try count + addFact(second)
    case .disjunction:
      guard configuration.splitDisjunctions else { return 0 }
      disjunctions.insert(fact, at: 0)
      return 1
    case .negation(let proposition):
      return try pushNot(proposition)
    case .proposition(let proposition):
      return try addProposition(proposition)
    }
  }

  private static func isArithmetic(_ type: TermType) -> Bool { type == .nat || type == .int }

  private mutating func addProposition(_ proposition: Term) throws(OmegaFailure) -> Int {
    if let (constant, lhs, rhs) = proposition.asBinaryOperation {
      switch constant {
      case .equal(let type) where Self.isArithmetic(type):
        return try addFact(.linear(value(lhs).subtracting(value(rhs)), isEquality: true))
      case .natLe, .intLe:
        return try addFact(.linear(value(rhs).subtracting(value(lhs)), isEquality: false))
      case .natLt, .intLt:
        let difference = try value(rhs).subtracting(value(lhs))
        return try addFact(.linear(difference.adding(OmegaLinearCombo(constant: -1)), isEquality: false))
      case .natGe, .intGe:
        return try addFact(.linear(value(lhs).subtracting(value(rhs)), isEquality: false))
      case .natGt, .intGt:
        let difference = try value(lhs).subtracting(value(rhs))
        return try addFact(.linear(difference.adding(OmegaLinearCombo(constant: -1)), isEquality: false))
      case .notEqual(let type) where Self.isArithmetic(type):
        return try addFact(
          .disjunction(
            .proposition(try OmegaTerms.binary(Term.lessThan, lhs, rhs)),
            .proposition(try OmegaTerms.binary(Term.greaterThan, lhs, rhs))))
      case .natDvd:
        let remainder = try OmegaTerms.binary(Term.modulo, rhs, lhs)
        return try addProposition(OmegaTerms.binary(Term.equal, remainder, OmegaTerms.nat(0)))
      case .intDvd:
        let remainder = try OmegaTerms.binary(Term.modulo, rhs, lhs)
        return try addProposition(OmegaTerms.binary(Term.equal, remainder, OmegaTerms.int(0)))
      case .and:
        return try addFact(.conjunction(.proposition(lhs), .proposition(rhs)))
      case .or:
        return try addFact(.disjunction(.proposition(lhs), .proposition(rhs)))
      case .iff:
        return try addFact(
          .disjunction(
            .conjunction(.proposition(lhs), .proposition(rhs)), .conjunction(.negation(lhs), .negation(rhs))))
      case .implies:
        return try addFact(.disjunction(.negation(lhs), .proposition(rhs)))
      default:
        return 0
      }
    }
    if let (constant, operand) = proposition.asUnaryOperation {
      switch constant {
      case .not:
        return try pushNot(operand)
      case .exists(let type):
        let witness = freshVariable(proposition.binderName ?? "w", type)
        let body = try OmegaTerms.build { () throws(KernelError) -> Term in
          try proposition.instantiateBinder(with: witness)
        }
        return try addProposition(body)
      default:
        return 0
      }
    }
    return 0
  }

  /// Reads `¬p` by pushing the negation one level in (Lean's `pushNot`); other negations, such as
  /// `¬∀` and `¬∃`, are ignored.
  private mutating func pushNot(_ proposition: Term) throws(OmegaFailure) -> Int {
    if let (constant, lhs, rhs) = proposition.asBinaryOperation {
      switch constant {
      case .natLt, .intLt:
        return try addProposition(OmegaTerms.binary(Term.lessOrEqual, rhs, lhs))
      case .natLe, .intLe:
        return try addProposition(OmegaTerms.binary(Term.lessThan, rhs, lhs))
      case .natGt, .intGt:
        return try addProposition(OmegaTerms.binary(Term.lessOrEqual, lhs, rhs))
      case .natGe, .intGe:
        return try addProposition(OmegaTerms.binary(Term.lessThan, lhs, rhs))
      case .equal(let type) where Self.isArithmetic(type):
        return try addFact(
          .disjunction(
            .proposition(try OmegaTerms.binary(Term.lessThan, lhs, rhs)),
            .proposition(try OmegaTerms.binary(Term.greaterThan, lhs, rhs))))
      case .notEqual:
        return try addProposition(OmegaTerms.binary(Term.equal, lhs, rhs))
      case .natDvd:
        let remainder = try OmegaTerms.binary(Term.modulo, rhs, lhs)
        return try addProposition(OmegaTerms.binary(Term.lessThan, OmegaTerms.nat(0), remainder))
      case .intDvd:
        let remainder = try OmegaTerms.binary(Term.modulo, rhs, lhs)
        return try addFact(
          .disjunction(
            .proposition(try OmegaTerms.binary(Term.equal, lhs, OmegaTerms.int(0))),
            .proposition(try OmegaTerms.binary(Term.lessThan, OmegaTerms.int(0), remainder))))
      case .and:
        return try addFact(.disjunction(.negation(lhs), .negation(rhs)))
      case .or:
        return try addFact(.conjunction(.negation(lhs), .negation(rhs)))
      case .iff:
        return try addFact(
          .disjunction(
            .conjunction(.proposition(lhs), .negation(rhs)), .conjunction(.negation(lhs), .proposition(rhs))))
      case .implies:
        return try addFact(.conjunction(.proposition(lhs), .negation(rhs)))
      default:
        return 0
      }
    }
    if let (constant, operand) = proposition.asUnaryOperation, constant == .not {
      return try addProposition(operand)
    }
    return 0
  }

  /// A variable of `type` whose name no term in scope uses.
  mutating func freshVariable(_ base: String, _ type: TermType) -> Term {
    let stem = base.isEmpty ? "w" : base
    var name = stem
    var suffix = 1
    while names.contains(name) {
      name = "\(stem)_\(suffix)"
      suffix += 1
    }
    names.insert(name)
    return Term.variable(name, type)
  }

  /// Reads every pending fact; returns the number of constraints and disjunctions they gave.
  mutating func processFacts() throws(OmegaFailure) -> Int {
    var total = 0
    while let (fact, source) = pending.popLast() {
      let count = try addFact(fact)
      if count > 0, let source { usedSources.insert(source) }
      total += count
    }
    return total
  }
}
