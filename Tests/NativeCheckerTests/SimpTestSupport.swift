import Foundation
import Kernel
import LeanSyntax
import NativeChecker
import TestSupport

/// A small elaborator from fragment syntax to kernel terms for the simp tests: enough for the
/// statements of Lean core's `@[simp]` lemmas and the test goals. It mirrors Lean's `binop%`
/// (a tree of `+ - * / %` is computed in ℤ when a leaf or the expected type is ℤ, with `↑` at
/// the ℕ leaves) and defaults numerals to ℕ. Anything else is an error, and the lemma is skipped.
struct SimpTestElaborator {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  var locals: [String: Kernel.Term] = [:]

  static func type(of syntax: LeanSyntax.Term) throws(Failure) -> TermType {
    switch syntax.kind {
    case .identifier("Nat"), .identifier("ℕ"): return .nat
    case .identifier("Int"), .identifier("ℤ"): return .int
    case .prop: return .prop
    default: throw Failure(description: "unsupported binder type \(syntax)")
    }
  }

  /// The statement of `binders : type` as a closed kernel proposition: `∀` for variables,
  /// `→` for hypotheses, in order.
  mutating func statement(binders: [Binder], type: LeanSyntax.Term) throws(Failure) -> Kernel.Term {
    var prefix: [(variable: Kernel.Term?, condition: Kernel.Term?)] = []
    for binder in binders {
      guard let binderType = binder.type else { throw Failure(description: "binder without a type") }
      if let simple = try? Self.type(of: binderType) {
        for name in binder.names {
          let variable = Kernel.Term.variable(name, simple)
          locals[name] = variable
          prefix.append((variable, nil))
        }
      } else {
        let condition = try elaborate(binderType, expected: .prop)
        for _ in binder.names { prefix.append((nil, condition)) }
      }
    }
    var body = try elaborate(type, expected: .prop)
    for (variable, condition) in prefix.reversed() {
      body = try kernel {
        if let variable { return try Kernel.Term.forall(variable, body) }
        return try Kernel.Term.implies(condition!, body)
      }
    }
    return body
  }

  func kernel(_ body: () throws -> Kernel.Term) throws(Failure) -> Kernel.Term {
    do {
      return try body()
    } catch {
      throw Failure(description: "\(error)")
    }
  }

  /// The type a term has without an expected type, when its leaves say so.
  func guess(_ syntax: LeanSyntax.Term) -> TermType? {
    switch syntax.kind {
    case .identifier(let name):
      if name == "True" || name == "False" { return .prop }
      return locals[name]?.type ?? dotted(name).map { _ in .nat }
    case .natural: return nil
    case .negation: return .int
    case .not, .forall, .exists: return .prop
    case .coercion: return .int
    case .projection(_, "toNat"), .projection(_, "natAbs"): return .nat
    case .ascription(_, let type): return try? Self.type(of: type)
    case .binary(let op, let lhs, let rhs):
      switch op {
      case .add, .subtract, .multiply, .divide, .modulo:
        let types = [guess(lhs), guess(rhs)]
        if types.contains(.int) { return .int }
        return types.compactMap { $0 }.first
      case .power: return guess(lhs)
      default: return .prop
      }
    case .application(let function, let arguments):
      guard case .identifier(let name) = function.kind else { return nil }
      switch name {
      case "Nat.succ", "succ", "Nat.gcd", "gcd", "Int.natAbs", "natAbs", "Int.toNat", "toNat": return .nat
      case "min", "max": return arguments.compactMap { guess($0) }.first
      default: return nil
      }
    default: return nil
    }
  }

  /// `n.succ`, `a.natAbs`, `a.toNat` on a local.
  private func dotted(_ name: String) -> (String, Kernel.Term)? {
    let parts = name.split(separator: ".")
    guard parts.count == 2, let local = locals[String(parts[0])] else { return nil }
    return (String(parts[1]), local)
  }

  mutating func elaborate(_ syntax: LeanSyntax.Term, expected: TermType?) throws(Failure) -> Kernel.Term {
    let term = try elaborateCore(syntax, expected: expected)
    if expected == .int, term.type == .nat { return try kernel { try Kernel.Term.natCast(term) } }
    if let expected, term.type != expected {
      throw Failure(description: "type mismatch: \(term) : \(term.type), expected \(expected)")
    }
    return term
  }

  private mutating func elaborateCore(_ syntax: LeanSyntax.Term, expected: TermType?) throws(Failure) -> Kernel.Term {
    switch syntax.kind {
    case .identifier("True"): return Kernel.Term.trueProposition
    case .identifier("False"): return Kernel.Term.falseProposition
    case .identifier(let name):
      if let local = locals[name] { return local }
      if let (field, local) = dotted(name) { return try apply(field, [local]) }
      throw Failure(description: "unknown identifier \(name)")
    case .natural(let digits):
      guard let value = BigInt(digits) else { throw Failure(description: "bad numeral") }
      if expected == .int { return Kernel.Term.intLiteral(value) }
      return try kernel { try Kernel.Term.natLiteral(value) }
    case .negation(let operand):
      let inner = try elaborate(operand, expected: .int)
      return try kernel { try Kernel.Term.negate(inner) }
    case .not(let operand):
      let inner = try elaborate(operand, expected: .prop)
      return try kernel { try Kernel.Term.not(inner) }
    case .coercion(let operand):
      let inner = try elaborate(operand, expected: .nat)
      return try kernel { try Kernel.Term.natCast(inner) }
    case .ascription(let inner, let type):
      return try elaborate(inner, expected: Self.type(of: type))
    case .projection(let inner, let field) where field == "toNat" || field == "natAbs":
      let value = try elaborate(inner, expected: .int)
      return try apply(field, [value])
    case .binary(let op, let lhs, let rhs):
      return try binary(op, lhs, rhs, expected: expected)
    case .application(let function, let arguments):
      guard case .identifier(let name) = function.kind else { throw Failure(description: "unsupported head") }
      let type: TermType? =
        switch name {
        case "min", "max": expected ?? arguments.compactMap { guess($0) }.max { a, _ in a == .nat } ?? .nat
        case "Int.natAbs", "natAbs", "Int.toNat", "toNat": .int
        default: .nat
        }
      var values: [Kernel.Term] = []
      for argument in arguments { values.append(try elaborate(argument, expected: type)) }
      return try apply(name, values)
    case .forall(let binders, let body), .exists(let binders, let body):
      let saved = locals
      defer { locals = saved }
      var variables: [Kernel.Term] = []
      for binder in binders {
        guard let binderType = binder.type else { throw Failure(description: "binder without a type") }
        let type = try Self.type(of: binderType)
        for name in binder.names {
          let variable = Kernel.Term.variable(name, type)
          locals[name] = variable
          variables.append(variable)
        }
      }
      var result = try elaborate(body, expected: .prop)
      let isForall = if case .forall = syntax.kind { true } else { false }
      for variable in variables.reversed() {
        let inner = result
        result = try kernel {
          isForall ? try Kernel.Term.forall(variable, inner) : try Kernel.Term.exists(variable, inner)
        }
      }
      return result
    default:
      throw Failure(description: "unsupported syntax \(syntax)")
    }
  }

  private func apply(_ name: String, _ values: [Kernel.Term]) throws(Failure) -> Kernel.Term {
    try kernel {
      switch (name, values.count) {
      case ("Nat.succ", 1), ("succ", 1): return try Kernel.Term.successor(values[0])
      case ("Nat.gcd", 2), ("gcd", 2): return try Kernel.Term.gcd(values[0], values[1])
      case ("min", 2): return try Kernel.Term.minimum(values[0], values[1])
      case ("max", 2): return try Kernel.Term.maximum(values[0], values[1])
      case ("Int.natAbs", 1), ("natAbs", 1): return try Kernel.Term.natAbs(values[0])
      case ("Int.toNat", 1), ("toNat", 1): return try Kernel.Term.toNat(values[0])
      default: throw KernelError(rule: "test elaborator", message: "unknown function \(name)")
      }
    }
  }

  private mutating func binary(
    _ op: BinaryOperator, _ lhs: LeanSyntax.Term, _ rhs: LeanSyntax.Term, expected: TermType?
  ) throws(Failure) -> Kernel.Term {
    switch op {
    case .and, .or, .implies, .iff:
      let (a, b) = (try elaborate(lhs, expected: .prop), try elaborate(rhs, expected: .prop))
      return try kernel {
        switch op {
        case .and: try Kernel.Term.and(a, b)
        case .or: try Kernel.Term.or(a, b)
        case .implies: try Kernel.Term.implies(a, b)
        default: try Kernel.Term.iff(a, b)
        }
      }
    case .power:
      let base = try elaborate(lhs, expected: expected ?? guess(lhs) ?? .nat)
      let exponent = try elaborate(rhs, expected: .nat)
      return try kernel { try Kernel.Term.power(base, exponent) }
    case .add, .subtract, .multiply, .divide, .modulo:
      let leaves = [guess(lhs), guess(rhs)]
      let type: TermType = expected == .int || leaves.contains(.int) ? .int : (expected ?? .nat)
      let (a, b) = (try elaborate(lhs, expected: type), try elaborate(rhs, expected: type))
      return try kernel {
        switch op {
        case .add: try Kernel.Term.add(a, b)
        case .subtract: try Kernel.Term.subtract(a, b)
        case .multiply: try Kernel.Term.multiply(a, b)
        case .divide: try Kernel.Term.divide(a, b)
        default: try Kernel.Term.modulo(a, b)
        }
      }
    default:
      let leaves = [guess(lhs), guess(rhs)]
      let type: TermType =
        leaves.contains(.prop) ? .prop : leaves.contains(.int) ? .int : (leaves.compactMap { $0 }.first ?? .nat)
      let (a, b) = (try elaborate(lhs, expected: type), try elaborate(rhs, expected: type))
      return try kernel {
        switch op {
        case .equal: try Kernel.Term.equal(a, b)
        case .notEqual: try Kernel.Term.notEqual(a, b)
        case .less: try Kernel.Term.lessThan(a, b)
        case .lessEqual: try Kernel.Term.lessOrEqual(a, b)
        case .greater: try Kernel.Term.greaterThan(a, b)
        case .greaterEqual: try Kernel.Term.greaterOrEqual(a, b)
        default: try Kernel.Term.divides(a, b)
        }
      }
    }
  }
}

/// Shared fixtures of the simp tests: Lean core's `@[simp]` lemmas elaborated and admitted under
/// a test prefix, the default simp set, goals parsed from Lean syntax, and an evaluator of
/// kernel propositions on literal values (through `Theorem.evaluate`).
enum SimpFixtures {
  struct CoreLemma {
    let name: String
    let statement: Kernel.Term
    let theorem: Theorem
  }

  /// The lemmas of `SimpCoreLemmaData` that the test elaborator understands.
  static let coreLemmas: [CoreLemma] = {
    var result: [CoreLemma] = []
    for line in SimpCoreLemmaData.declarations {
      guard let (name, statement) = try? parseDeclaration(line) else { continue }
      let admittedName = "simp-test/\(name)"
      guard
        (try? TrustedFacts.registerAdmissibleLemma(
          name: admittedName, statement: statement, reason: "simp tests: Lean core @[simp] lemma")) != nil,
        let theorem = try? Theorem.admit(name: admittedName, statement: statement)
      else { continue }
      result.append(CoreLemma(name: name, statement: statement, theorem: theorem))
    }
    return result
  }()

  /// The core lemmas usable by simp, and the names of those it refuses.
  static let simpLemmas: (usable: [SimpLemma], refused: [String]) = {
    var usable: [SimpLemma] = []
    var refused: [String] = []
    for lemma in coreLemmas {
      if let simpLemma = try? SimpLemma(name: lemma.name, theorem: lemma.theorem) {
        usable.append(simpLemma)
      } else {
        refused.append(lemma.name)
      }
    }
    return (usable, refused)
  }()

  /// Lean's default simp set for a core file, as far as the fragment goes.
  static let defaultSet = SimpSet(simpLemmas.usable + SimpLemma.coreLogic)

  static func lemma(_ name: String) -> SimpLemma? {
    (simpLemmas.usable + SimpLemma.coreLogic).first { $0.name == name }
  }

  /// `(name, statement)` of a prelude line `@[simp] protected axiom NAME binders : type`.
  static func parseDeclaration(_ line: String) throws -> (String, Kernel.Term) {
    var words = line.split(separator: " ", maxSplits: 1).map(String.init)
    while let first = words.first, first.hasPrefix("@[") || first == "protected" || first == "axiom" {
      words = words[1].split(separator: " ", maxSplits: 1).map(String.init)
    }
    guard words.count == 2 else { throw SimpTestElaborator.Failure(description: "no signature") }
    let body = Parser.parseDeclarationBody(words[1] + " := sorry")
    guard let signature = body.signature else { throw SimpTestElaborator.Failure(description: "parse error") }
    var elaborator = SimpTestElaborator()
    return (words[0], try elaborator.statement(binders: signature.binders, type: signature.type))
  }

  /// A goal written in Lean syntax with typed variables, e.g. `goal("x + 0 = x", ["x": .nat])`.
  static func goal(_ text: String, _ variables: [String: TermType] = [:]) throws -> Kernel.Term {
    let parsed = Parser.parseTerm(text)
    guard let syntax = parsed.value else {
      throw SimpTestElaborator.Failure(description: "cannot parse \(text): \(parsed.diagnostics)")
    }
    var elaborator = SimpTestElaborator()
    for (name, type) in variables { elaborator.locals[name] = Kernel.Term.variable(name, type) }
    return try elaborator.elaborate(syntax, expected: .prop)
  }

  /// The names of Lean core's `@[simp]` lemmas in `lean-core-lemmas.jsonl` (nil without the shared data).
  static let leanSimpNames: Set<String>? = {
    guard let text = try? String(contentsOfFile: SharedData.path("lean-facts/lean-core-lemmas.jsonl"), encoding: .utf8)
    else { return nil }
    var names: Set<String> = []
    for line in text.split(separator: "\n") {
      guard let data = line.data(using: .utf8),
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let name = object["name"] as? String, let attributes = object["attrs"] as? [String],
        attributes.contains(where: { $0 == "simp" || $0.hasPrefix("simp ") })
      else { continue }
      names.insert(name)
    }
    return names
  }()

  /// Names that are `@[simp]` in Lean core but missing from `lean-core-lemmas.jsonl`, with where
  /// Lean states them: `ge_iff_le`, `gt_iff_lt` and `imp_self` (`@[simp]` in `Init/Core.lean`).
  static let simpNamesOutsideTheData: Set<String> = ["ge_iff_le", "gt_iff_lt", "imp_self"]

  /// Whether `name` may appear in a default `simp` call's used lemmas.
  static func isLeanSimpName(_ name: String) -> Bool {
    if Simproc(name: name) != nil || simpNamesOutsideTheData.contains(name) { return true }
    return leanSimpNames?.contains(name) ?? true
  }
}

/// The value of a kernel term under an assignment of literals to its free variables, computed
/// with the kernel's literal evaluation; nil when it cannot be computed (quantifiers, huge powers).
enum KernelEvaluator {
  static func value(_ term: Kernel.Term, _ assignment: [Kernel.Term: Kernel.Term]) -> Kernel.Term? {
    if let value = assignment[term] { return value }
    if term.natLiteralValue != nil || term.intLiteralValue != nil { return term }
    if term === Kernel.Term.trueProposition || term === Kernel.Term.falseProposition { return term }
    if let (constant, lhs, rhs) = term.asBinaryOperation {
      switch constant {
      case .and, .or, .implies, .iff:
        guard let a = truth(lhs, assignment), let b = truth(rhs, assignment) else { return nil }
        let result =
          switch constant {
          case .and: a && b
          case .or: a || b
          case .implies: !a || b
          default: a == b
          }
        return result ? Kernel.Term.trueProposition : Kernel.Term.falseProposition
      case .equal(.prop):
        guard let a = truth(lhs, assignment), let b = truth(rhs, assignment) else { return nil }
        return a == b ? Kernel.Term.trueProposition : Kernel.Term.falseProposition
      default:
        guard let a = value(lhs, assignment), let b = value(rhs, assignment),
          let built = try? Kernel.Term.apply(Kernel.Term.constant(constant), [a, b]),
          let evaluated = try? Theorem.evaluate(built)
        else { return nil }
        return evaluated.conclusion.asEquation?.rhs
      }
    }
    if let (constant, operand) = term.asUnaryOperation {
      if constant == .not {
        guard let a = truth(operand, assignment) else { return nil }
        return a ? Kernel.Term.falseProposition : Kernel.Term.trueProposition
      }
      guard let a = value(operand, assignment),
        let built = try? Kernel.Term.application(Kernel.Term.constant(constant), a),
        let evaluated = try? Theorem.evaluate(built)
      else { return nil }
      return evaluated.conclusion.asEquation?.rhs
    }
    return nil
  }

  static func truth(_ term: Kernel.Term, _ assignment: [Kernel.Term: Kernel.Term]) -> Bool? {
    switch value(term, assignment) {
    case let result? where result === Kernel.Term.trueProposition: true
    case let result? where result === Kernel.Term.falseProposition: false
    default: nil
    }
  }

  /// A random literal of the variable's type (ℕ in 0...limit, ℤ in -limit...limit, Prop).
  static func randomValue(
    for variable: Kernel.Term, limit: Int, using generator: inout SeededGenerator
  ) -> Kernel.Term {
    switch variable.type {
    case .nat: try! Kernel.Term.natLiteral(BigInt(Int.random(in: 0...limit, using: &generator)))
    case .int: Kernel.Term.intLiteral(BigInt(Int.random(in: -limit...limit, using: &generator)))
    default: Bool.random(using: &generator) ? Kernel.Term.trueProposition : Kernel.Term.falseProposition
    }
  }
}
