import Kernel
import LeanSyntax

/// Evaluates fragment statements (LeanSyntax terms) on small values with Lean's semantics, to
/// certify that a statement is false by a concrete counterexample. It mirrors Lean's elaboration
/// of arithmetic (`binop%`: a tree is computed in the largest of ℕ/ℤ among its leaves and the
/// expected type, with `↑` at the ℕ leaves) and answers in three values: inner `∀` can only be
/// certainly false and inner `∃` only certainly true on a finite domain, so "unknown" is common
/// and never taken for an answer. Anything it does not understand is unknown, never a guess.
public struct StatementEvaluator: Sendable {
  /// The number types of the fragment.
  public enum NumberType: Hashable, Sendable { case nat, int }

  /// The type of a bound name.
  public enum VariableType: Hashable, Sendable { case number(NumberType), prop }

  /// A value of a bound name.
  public enum Value: Hashable, Sendable { case number(BigInt), prop(Bool) }

  /// The values a quantifier ranges over.
  public var natDomain: [BigInt] = (0...5).map { BigInt($0) }
  public var intDomain: [BigInt] = (-4...4).map { BigInt($0) }
  /// Exponents above this make the evaluation unknown (no huge numbers).
  public var maximumExponent = 64

  public init() {}

  struct Environment {
    var types: [String: VariableType] = [:]
    var values: [String: Value] = [:]

    func binding(_ name: String, _ type: VariableType, _ value: Value) -> Environment {
      var copy = self
      copy.types[name] = type
      copy.values[name] = value
      return copy
    }
  }

  /// The type a binder type term denotes, if it is one of the fragment's.
  public static func variableType(_ term: LeanSyntax.Term) -> VariableType? {
    switch term.kind {
    case .identifier("Nat"), .identifier("ℕ"): .number(.nat)
    case .identifier("Int"), .identifier("ℤ"): .number(.int)
    case .prop: .prop
    default: nil
    }
  }

  func domain(_ type: VariableType) -> [Value] {
    switch type {
    case .number(.nat): natDomain.map { .number($0) }
    case .number(.int): intDomain.map { .number($0) }
    case .prop: [.prop(false), .prop(true)]
    }
  }

  // MARK: - Propositions

  /// The truth value of a proposition, or nil when it cannot be decided on the finite domains.
  func proposition(_ term: LeanSyntax.Term, _ environment: Environment) -> Bool? {
    switch term.kind {
    case .identifier("True"): return true
    case .identifier("False"): return false
    case .identifier(let name):
      if case .prop(let value)? = environment.values[name] { return value }
      return mathlibDottedPredicate(name, environment)
    case .application(let function, let arguments):
      return mathlibPredicate(function, arguments, environment)
    case .not(let operand):
      return proposition(operand, environment).map { !$0 }
    case .binary(let operation, let lhs, let rhs):
      switch operation {
      case .and: return kleeneAnd(proposition(lhs, environment), proposition(rhs, environment))
      case .or: return kleeneOr(proposition(lhs, environment), proposition(rhs, environment))
      case .implies: return kleeneOr(proposition(lhs, environment).map { !$0 }, proposition(rhs, environment))
      case .iff:
        guard let left = proposition(lhs, environment), let right = proposition(rhs, environment) else { return nil }
        return left == right
      default:
        return relation(operation, lhs, rhs, environment)
      }
    case .forall(let binders, let body):
      return quantified(universal: true, flatten(binders), body, environment)
    case .exists(let binders, let body):
      return quantified(universal: false, flatten(binders), body, environment)
    case .bounded(let quantifier, let variable, let operation, let bound, let body):
      let guardTerm = LeanSyntax.Term(
        .binary(operation, LeanSyntax.Term(.identifier(variable), range: term.range), bound), range: term.range)
      let inner =
        quantifier == .forall
        ? LeanSyntax.Term(.binary(.implies, guardTerm, body), range: term.range)
        : LeanSyntax.Term(.binary(.and, guardTerm, body), range: term.range)
      let type = numberType(of: bound, environment) ?? .nat
      return quantified(
        universal: quantifier == .forall, [(variable, .number(type))], inner, environment)
    default:
      return nil
    }
  }

  func flatten(_ binders: [Binder]) -> [(String, VariableType)] {
    binders.flatMap { binder in
      binder.names.map { ($0, binder.type.flatMap(Self.variableType) ?? .number(.nat)) }
    }
  }

  func quantified(
    universal: Bool, _ variables: [(String, VariableType)], _ body: LeanSyntax.Term, _ environment: Environment
  )
    -> Bool?
  {
    guard let (name, type) = variables.first else { return proposition(body, environment) }
    let rest = Array(variables.dropFirst())
    let complete = type == .prop
    var sawUnknown = false
    for value in domain(type) {
      switch quantified(universal: universal, rest, body, environment.binding(name, type, value)) {
      case universal ? false : true: return !universal
      case nil: sawUnknown = true
      default: break
      }
    }
    // Every instance went the other way: certain only when the domain is the whole type.
    return complete && !sawUnknown ? universal : nil
  }

  func kleeneAnd(_ lhs: Bool?, _ rhs: Bool?) -> Bool? {
    if lhs == false || rhs == false { return false }
    if let lhs, let rhs { return lhs && rhs }
    return nil
  }

  func kleeneOr(_ lhs: Bool?, _ rhs: Bool?) -> Bool? {
    if lhs == true || rhs == true { return true }
    if let lhs, let rhs { return lhs || rhs }
    return nil
  }

  func relation(_ operation: BinaryOperator, _ lhs: LeanSyntax.Term, _ rhs: LeanSyntax.Term, _ environment: Environment)
    -> Bool?
  {
    let type = join(numberType(of: lhs, environment), numberType(of: rhs, environment)) ?? .nat
    guard let left = number(lhs, type, environment), let right = number(rhs, type, environment) else { return nil }
    switch operation {
    case .equal: return left == right
    case .notEqual: return left != right
    case .less: return left < right
    case .lessEqual: return left <= right
    case .greater: return left > right
    case .greaterEqual: return left >= right
    case .divides: return left.isZero ? right.isZero : (right.emod(left)).isZero
    default: return nil
    }
  }

  // MARK: - Arithmetic

  func join(_ lhs: NumberType?, _ rhs: NumberType?) -> NumberType? {
    if lhs == .int || rhs == .int { return .int }
    return lhs ?? rhs
  }

  /// The type Lean gives an arithmetic tree before the expected type is taken into account; nil
  /// when only numerals decide it.
  func numberType(of term: LeanSyntax.Term, _ environment: Environment) -> NumberType? {
    switch term.kind {
    case .natural: return nil
    case .identifier(let name):
      if case .number(let type)? = environment.types[name] { return type }
      if let (_, field) = dottedField(name, environment) { return field == "succ" ? .nat : .nat }
      return nil
    case .binary(let operation, let lhs, let rhs):
      switch operation {
      case .add, .subtract, .multiply, .divide, .modulo:
        return join(numberType(of: lhs, environment), numberType(of: rhs, environment))
      case .power: return numberType(of: lhs, environment)
      default: return nil
      }
    case .negation(let operand): return numberType(of: operand, environment)
    case .ascription(_, let type):
      if case .number(let number)? = Self.variableType(type) { return number }
      return nil
    case .coercion: return .int
    case .application(let function, let arguments):
      guard case .identifier(let name) = function.kind else { return nil }
      switch name {
      case "Int.natAbs", "Int.toNat", "Nat.succ", "Nat.gcd", "Nat.factorial": return .nat
      case "min", "max": return arguments.reduce(nil) { join($0, numberType(of: $1, environment)) }
      default: return nil
      }
    case .projection(_, let field):
      return field == "natAbs" || field == "toNat" || field == "succ" || field == "factorial" ? .nat : nil
    case .factorial: return .nat
    default:
      return nil
    }
  }

  /// `x.succ`, `x.natAbs`, `x.toNat` where `x` is a bound number.
  func dottedField(_ name: String, _ environment: Environment) -> (BigInt, String)? {
    let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
    guard parts.count == 2, case .number(let value)? = environment.values[parts[0]] else { return nil }
    return (value, parts[1])
  }

  /// The value of an arithmetic tree computed in `type`, or nil when unknown or ill-typed.
  func number(_ term: LeanSyntax.Term, _ type: NumberType, _ environment: Environment) -> BigInt? {
    switch term.kind {
    case .natural(let digits):
      return BigInt(digits)
    case .identifier(let name):
      if case .number(let value)? = environment.values[name], case .number(let own)? = environment.types[name] {
        return own == .int && type == .nat ? nil : value
      }
      guard let (value, field) = dottedField(name, environment) else { return nil }
      return unaryField(field, value, environment: environment, name: name)
    case .binary(let operation, let lhs, let rhs):
      if operation == .power {
        guard let base = number(lhs, type, environment),
          let exponent = number(rhs, numberType(of: rhs, environment) ?? .nat, environment),
          let small = exponent.asInt, small >= 0, small <= maximumExponent
        else { return nil }
        return try? base.power(BigInt(small))
      }
      guard let left = number(lhs, type, environment), let right = number(rhs, type, environment) else { return nil }
      switch (operation, type) {
      case (.add, _): return left + right
      case (.multiply, _): return left * right
      case (.subtract, .nat): return left.natSub(right)
      case (.subtract, .int): return left - right
      case (.divide, .nat): return left.natDiv(right)
      case (.divide, .int): return left.ediv(right)
      case (.modulo, .nat): return left.natMod(right)
      case (.modulo, .int): return left.emod(right)
      default: return nil
      }
    case .negation(let operand):
      guard type == .int else { return nil }
      return number(operand, type, environment).map { -$0 }
    case .ascription(let inner, let annotation):
      guard case .number(let annotated)? = Self.variableType(annotation), !(annotated == .int && type == .nat) else {
        return nil
      }
      return number(inner, annotated, environment)
    case .coercion(let inner):
      guard type == .int, numberType(of: inner, environment) != .int else { return nil }
      return number(inner, .nat, environment)
    case .application(let function, let arguments):
      guard case .identifier(let name) = function.kind else { return nil }
      switch (name, arguments.count) {
      case ("min", 2), ("max", 2):
        guard let a = number(arguments[0], type, environment), let b = number(arguments[1], type, environment)
        else { return nil }
        return name == "min" ? Swift.min(a, b) : Swift.max(a, b)
      case ("Nat.succ", 1):
        return number(arguments[0], .nat, environment).map { $0 + 1 }
      case ("Int.natAbs", 1), ("Int.toNat", 1):
        guard let value = number(arguments[0], .int, environment) else { return nil }
        return name == "Int.natAbs" ? value.magnitude : Swift.max(value, 0)
      case ("Nat.gcd", 2):
        guard let a = number(arguments[0], .nat, environment), let b = number(arguments[1], .nat, environment)
        else { return nil }
        return a.gcd(b)
      case ("Nat.factorial", 1):
        return number(arguments[0], .nat, environment).flatMap(Self.factorial)
      default:
        return nil
      }
    case .factorial(let operand):
      return number(operand, .nat, environment).flatMap(Self.factorial)
    case .projection(let inner, let field):
      let innerType: NumberType = field == "succ" || field == "factorial" ? .nat : .int
      guard let value = number(inner, innerType, environment) else { return nil }
      return unaryField(field, value, environment: environment, name: field)
    default:
      return nil
    }
  }

  func unaryField(_ field: String, _ value: BigInt, environment: Environment, name: String) -> BigInt? {
    switch field {
    case "succ": value + 1
    case "natAbs": value.magnitude
    case "toNat": Swift.max(value, 0)
    case "factorial": Self.factorial(value)
    default: nil
    }
  }
}
