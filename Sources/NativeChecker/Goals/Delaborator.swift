import Kernel
import LeanSyntax
import ProverCore

/// Turns kernel terms back into Lean syntax the way Lean's delaborator shows them: notation for
/// the operators, `↑n` for the cast, field notation (`n.succ`, `x.natAbs`, `a.gcd b`), grouped
/// binders `∀ (a b : ℕ), …`, `∃ x y, …`, and `Nat`/`Int` or `ℕ`/`ℤ` by the file's imports. The
/// LeanSyntax printer then adds exactly the parentheses Lean prints.
struct Delaborator {
  var mathlib: Bool
  /// Display names of the free variables.
  var names: [KTerm: String]
  /// Whether Mathlib's scoped notation `n !` is in scope (`open Nat`), as Lean then prints it.
  var factorialNotation = false

  private static let nowhere = SourceRange(at: .start)

  private func node(_ kind: Syntax.Kind) -> Syntax { Syntax(kind, range: Self.nowhere) }

  /// The text of a term.
  func print(_ term: KTerm) -> String {
    Printer.print(syntax(term))
  }

  /// The text of a type.
  func print(_ type: TermType) -> String {
    Printer.print(syntax(type))
  }

  func syntax(_ type: TermType) -> Syntax {
    switch type {
    case .nat: node(.identifier(mathlib ? "ℕ" : "Nat"))
    case .int: node(.identifier(mathlib ? "ℤ" : "Int"))
    case .prop: node(.prop)
    case .function(let domain, let codomain): node(.binary(.implies, syntax(domain), syntax(codomain)))
    }
  }

  func syntax(_ term: KTerm) -> Syntax {
    var delaborator = self
    return delaborator.convert(term)
  }

  private static let binaryOperators: [Constant: BinaryOperator] = [
    .natAdd: .add, .natSub: .subtract, .natMul: .multiply, .natDiv: .divide, .natMod: .modulo, .natPow: .power,
    .intAdd: .add, .intSub: .subtract, .intMul: .multiply, .intDiv: .divide, .intMod: .modulo, .intPow: .power,
    .natLe: .lessEqual, .natLt: .less, .natGe: .greaterEqual, .natGt: .greater, .natDvd: .divides,
    .intLe: .lessEqual, .intLt: .less, .intGe: .greaterEqual, .intGt: .greater, .intDvd: .divides,
    .and: .and, .or: .or, .implies: .implies, .iff: .iff,
  ]

  private mutating func convert(_ term: KTerm) -> Syntax {
    switch term.kind {
    case .variable(let name):
      return node(.identifier(names[term] ?? Unifier.displayName(name)))
    case .natLiteral(let value):
      return node(.natural(value.description))
    case .intLiteral(let value):
      return node(.natural(value.description))
    case .constant(let constant):
      switch constant {
      case .true: return node(.identifier("True"))
      case .false: return node(.identifier("False"))
      default: return node(.identifier(constant.leanName))
      }
    case .lambda:
      return lambda(term)
    case .boundVariable:
      return node(.hole)
    case .application:
      break
    }
    if let (constant, lhs, rhs) = term.asBinaryOperation {
      if let op = Self.binaryOperators[constant] { return node(.binary(op, convert(lhs), convert(rhs))) }
      switch constant {
      case .equal: return node(.binary(.equal, convert(lhs), convert(rhs)))
      case .notEqual: return node(.binary(.notEqual, convert(lhs), convert(rhs)))
      case .natMin, .intMin:
        return Syntax.application(node(.identifier("min")), [convert(lhs), convert(rhs)], range: Self.nowhere)
      case .natMax, .intMax:
        return Syntax.application(node(.identifier("max")), [convert(lhs), convert(rhs)], range: Self.nowhere)
      case .natGcd: return Syntax.application(field(lhs, "gcd"), [convert(rhs)], range: Self.nowhere)
      default: break
      }
    }
    if let (quantifier, predicate) = term.asQuantifier, predicate.binderName != nil {
      return quantified(term, quantifier)
    }
    if let (constant, operand) = term.asUnaryOperation {
      switch constant {
      case .not: return node(.not(convert(operand)))
      case .intNeg: return node(.negation(convert(operand)))
      case .intOfNat: return node(.coercion(convert(operand)))
      case .natSucc: return field(operand, "succ")
      case .intNatAbs: return field(operand, "natAbs")
      case .intToNat: return field(operand, "toNat")
      case .natFactorial:
        return factorialNotation ? node(.factorial(convert(operand))) : field(operand, "factorial")
      default: break
      }
    }
    var arguments: [KTerm] = []
    var head = term
    while let (function, argument) = head.asApplication {
      arguments.insert(argument, at: 0)
      head = function
    }
    return Syntax.application(convert(head), arguments.map { convert($0) }, range: Self.nowhere)
  }

  /// Field notation `x.f`: one dotted identifier on a variable, as Lean prints it.
  private mutating func field(_ operand: KTerm, _ name: String) -> Syntax {
    let converted = convert(operand)
    switch converted.kind {
    case .identifier(let base):
      return node(.identifier(base + "." + name))
    case .natural, .negation:
      let namespace = operand.type == .int ? "Int." : "Nat."
      return Syntax.application(node(.identifier(namespace + name)), [converted], range: Self.nowhere)
    default:
      return node(.projection(converted, name))
    }
  }

  /// A name for a bound variable that no free variable in sight displays as.
  private mutating func open(_ term: KTerm) -> (variable: KTerm, body: KTerm) {
    let hint = term.binderName ?? "x"
    let type = term.binderType ?? .nat
    let used = Set(names.values)
    var name = hint.isEmpty ? "x" : hint
    var suffix = 1
    while used.contains(name) {
      name = "\(hint)_\(suffix)"
      suffix += 1
    }
    var variable = KTerm.variable("␣" + name, type)
    var index = 0
    while names[variable] != nil {
      index += 1
      variable = KTerm.variable("␣\(index)" + name, type)
    }
    names[variable] = name
    let body = (try? term.instantiateBinder(with: variable)) ?? term
    return (variable, body)
  }

  private mutating func lambda(_ term: KTerm) -> Syntax {
    let saved = names
    defer { names = saved }
    let type = term.binderType ?? .nat
    let (variable, body) = open(term)
    let binder = Binder(names: [names[variable]!], type: syntax(type), range: Self.nowhere)
    return node(.lambda([binder], convert(body)))
  }

  private mutating func quantified(_ term: KTerm, _ quantifier: Constant) -> Syntax {
    let saved = names
    defer { names = saved }
    var groups: [(names: [String], type: TermType)] = []
    var current = term
    while let (found, predicate) = current.asQuantifier, found == quantifier, predicate.binderName != nil {
      let type = predicate.binderType ?? .nat
      let (variable, body) = open(predicate)
      let name = names[variable]!
      // Mathlib rewrites `∀ (x : T), x > 0 → p` only when `x` is the whole binder list, but each
      // `∃` on its own (`∃ a, ∃ x > 0, p`).
      if mathlib, groups.isEmpty || quantifier.isExistential,
        let bounded = boundedBinder(quantifier, variable, name, body)
      {
        guard !groups.isEmpty else { return bounded }
        return group(quantifier, groups, bounded)
      }
      if let last = groups.last, last.type == type {
        groups[groups.count - 1].names.append(name)
      } else {
        groups.append(([name], type))
      }
      current = body
    }
    return group(quantifier, groups, convert(current))
  }

  private func group(_ quantifier: Constant, _ groups: [(names: [String], type: TermType)], _ body: Syntax) -> Syntax {
    if case .exists = quantifier {
      let binders = groups.map { Binder(names: $0.names, type: nil, range: Self.nowhere) }
      return node(.exists(binders, body))
    }
    let binders = groups.map { Binder(names: $0.names, type: syntax($0.type), range: Self.nowhere) }
    return node(.forall(binders, body))
  }

  /// Mathlib's cute binders (`Mathlib/Util/Delaborators.lean`): `∀ x, x > 0 → p` prints as
  /// `∀ x > 0, p` and `∃ x, x > 0 ∧ p` as `∃ x > 0, p`, for `>`, `<`, `≥`, `≤` with the bound
  /// variable on the left; nil when the body has another shape.
  private mutating func boundedBinder(_ quantifier: Constant, _ variable: KTerm, _ name: String, _ body: KTerm)
    -> Syntax?
  {
    let connective: Constant = if case .exists = quantifier { .and } else { .implies }
    guard let (condition, rest) = body.operands(of: connective),
      let (relation, lhs, bound) = condition.asBinaryOperation, lhs === variable
    else { return nil }
    let symbol: BinaryOperator
    switch relation {
    case .natGt, .intGt: symbol = .greater
    case .natLt, .intLt: symbol = .less
    case .natGe, .intGe: symbol = .greaterEqual
    case .natLe, .intLe: symbol = .lessEqual
    default: return nil
    }
    let kind: Quantifier = if case .exists = quantifier { .exists } else { .forall }
    return node(.bounded(kind, variable: name, relation: symbol, bound: convert(bound), body: convert(rest)))
  }
}

extension Constant {
  /// Whether the constant is `Exists` at some type.
  fileprivate var isExistential: Bool {
    if case .exists = self { return true }
    return false
  }
}
