import Kernel
import LeanSyntax
import ProverCore

/// Elaborates Lean syntax into kernel terms the way Lean does, for a goal's local context in an
/// environment: numerals default to ℕ, binder types propagate, arithmetic trees take the largest
/// type of their leaves and of the expected type (`binop%`/`binrel%`), inserting `↑` on the ℕ
/// leaves, and `≠`, `≥`, `>` stay the notations of their own. Proof terms are elaborated by the
/// extension in `Elaborator+Proofs.swift`.
struct Elaborator {
  var environment: Environment
  var context: LocalContext
  /// Where `?_` holes go when the term is elaborated for `refine`/`apply`; nil elsewhere.
  var holes: HoleCollector?
  /// Whether a proof may keep unassigned metavariables (for `rw`, which solves them by matching).
  var allowsMetas = false
  /// The case tag a `?_` elaborated next gives its goal (`left`, `h₁`).
  var holeTag: String?
  /// Receives the goal of each `sorry` term (for the backend's holes); nil when checking, where
  /// `sorry` is an error.
  var sorryRecorder: SorryRecorder?
  /// The metavariables of the tactic proof (`?m` left by `apply`), which a proof of a goal that
  /// mentions them may assign; nil outside tactic proofs.
  var metavariables: MetavariableContext?

  init(environment: Environment, context: LocalContext, holes: HoleCollector? = nil) {
    self.environment = environment
    self.context = context
    self.holes = holes
  }

  var mathlib: Bool { environment.mathlib }

  // MARK: Types

  func elaborateType(_ syntax: Syntax) throws(CheckError) -> TermType {
    switch syntax.kind {
    case .identifier(let name):
      switch name {
      case "Nat": return .nat
      case "Int": return .int
      case "ℕ", "ℤ":
        guard environment.blackboardNotation else {
          throw .elaboration("Unknown identifier `\(name)`", at: syntax.range)
        }
        return name == "ℕ" ? .nat : .int
      case "Prop": return .prop
      case "Bool", "Real", "ℝ", "ℚ", "ℂ", "Rat", "Complex":
        throw .unsupported(name, at: syntax.range, detail: "only ℕ, ℤ and Prop are in the native fragment")
      default:
        throw .elaboration("Unknown identifier `\(name)`", at: syntax.range)
      }
    case .prop:
      return .prop
    case .binary(.implies, let domain, let codomain):
      return .function(try elaborateType(domain), try elaborateType(codomain))
    default:
      throw .unsupported(Printer.print(syntax), at: syntax.range, detail: "not a type of the native fragment")
    }
  }

  // MARK: Propositions and values

  /// A proposition.
  func proposition(_ syntax: Syntax) throws(CheckError) -> KTerm {
    try elaborate(syntax, expected: .prop)
  }

  /// A term, of the expected type when one is given (a ℕ term expected as ℤ gets `↑`).
  func elaborate(_ syntax: Syntax, expected: TermType?) throws(CheckError) -> KTerm {
    let term = try elaborateUncoerced(syntax, expected: expected)
    return try coerce(term, to: expected, syntax)
  }

  private func coerce(_ term: KTerm, to expected: TermType?, _ syntax: Syntax) throws(CheckError) -> KTerm {
    guard let expected, term.type != expected else { return term }
    if term.type == .nat, expected == .int { return try kernel { () throws(KernelError) in try KTerm.natCast(term) } }
    throw .elaboration(
      "type mismatch\n  \(Printer.print(syntax))\nhas type\n  \(printer.print(term.type)) : Type\n"
        + "but is expected to have type\n  \(printer.print(expected)) : Type", at: syntax.range)
  }

  var printer: Delaborator {
    Delaborator(
      mathlib: environment.blackboardNotation, names: context.displayNames,
      factorialNotation: environment.factorialNotation)
  }

  func kernel<T>(_ body: () throws(KernelError) -> T, at range: SourceRange? = nil) throws(CheckError) -> T {
    do { return try body() } catch { throw .elaboration("ill-typed term: \(error.message)", at: range) }
  }

  private func elaborateUncoerced(_ syntax: Syntax, expected: TermType?) throws(CheckError) -> KTerm {
    switch syntax.kind {
    case .natural, .negation, .coercion:
      return try arithmetic(syntax, expected: expected)
    case .binary(let op, let lhs, let rhs):
      switch op {
      case .add, .subtract, .multiply, .divide, .modulo, .power:
        return try arithmetic(syntax, expected: expected)
      case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .divides:
        return try relation(op, lhs, rhs, syntax)
      case .and, .or, .implies, .iff:
        if op == .implies, expected != .prop, expected != nil {
          throw .unsupported("function type as a term", at: syntax.range)
        }
        let left = try proposition(lhs)
        let right = try proposition(rhs)
        return try kernel(
          { () throws(KernelError) in
            switch op {
            case .and: try KTerm.and(left, right)
            case .or: try KTerm.or(left, right)
            case .iff: try KTerm.iff(left, right)
            default: try KTerm.implies(left, right)
            }
          }, at: syntax.range)
      }
    case .not(let operand):
      let inner = try proposition(operand)
      return try kernel({ () throws(KernelError) in try KTerm.not(inner) }, at: syntax.range)
    case .identifier(let name):
      return try identifier(name, syntax, expected: expected)
    case .forall(let binders, let body):
      return try quantified(binders, body, universal: true, syntax)
    case .exists(let binders, let body):
      return try quantified(binders, body, universal: false, syntax)
    case .bounded(let quantifier, let variable, let relation, let bound, let body):
      return try bounded(quantifier, variable, relation, bound, body, syntax)
    case .application(let function, let arguments):
      return try application(function, arguments, syntax, expected: expected)
    case .projection(let base, let field):
      return try fieldAccess(base, field, [], syntax, expected: expected)
    case .ascription(let inner, let type):
      let target = try elaborateType(type)
      return try elaborate(inner, expected: target)
    case .factorial(let operand):
      return try factorialNotation(operand, syntax)
    case .prop:
      throw .unsupported("Prop as a term", at: syntax.range)
    default:
      throw .unsupported(Printer.print(syntax), at: syntax.range)
    }
  }

  private func identifier(_ name: String, _ syntax: Syntax, expected: TermType?) throws(CheckError) -> KTerm {
    if let entry = context.lookup(name) {
      if entry.isHypothesis {
        throw .elaboration("type mismatch: '\(name)' is a proof, not a term", at: syntax.range)
      }
      return entry.term
    }
    switch name {
    case "True": return KTerm.trueProposition
    case "False": return KTerm.falseProposition
    default: break
    }
    if let value = try dottedLocal(name, [], syntax) { return value }
    if mathlib, environment.candidates(name).contains(where: Self.isMathlibDefinition) {
      throw .unsupported(name, at: syntax.range, detail: "Mathlib's definition not applied to an argument")
    }
    if mathlib {
      throw .unsupported(name, at: syntax.range, detail: "a name the native fragment does not define; Mathlib may")
    }
    throw .elaboration("Unknown identifier `\(name)`", at: syntax.range)
  }

  /// `x.f.g args` for a local variable `x`: the fields applied in turn, the last one to `args`.
  private func dottedLocal(_ name: String, _ arguments: [Syntax], _ syntax: Syntax) throws(CheckError) -> KTerm? {
    let components = name.split(separator: ".").map(String.init)
    guard components.count > 1, let base = context.lookup(components[0]), !base.isHypothesis else { return nil }
    var value = base.term
    for (index, component) in components.dropFirst().enumerated() {
      value = try field(value, component, index == components.count - 2 ? arguments : [], syntax)
    }
    return value
  }

  // MARK: Arithmetic trees (binop%)

  /// A leaf of an arithmetic tree: elaborated, or a numeral whose type the tree decides.
  private enum Leaf {
    case term(KTerm)
    case numeral(BigInt)
    /// `↑e` with `e : ℕ`: ℤ in any tree (the cast needs a target).
    case cast(KTerm)
  }

  private func collectLeaves(_ syntax: Syntax, into leaves: inout [Leaf]) throws(CheckError) {
    switch syntax.kind {
    case .binary(let op, let lhs, let rhs) where [.add, .subtract, .multiply, .divide, .modulo].contains(op):
      try collectLeaves(lhs, into: &leaves)
      try collectLeaves(rhs, into: &leaves)
    case .binary(.power, let base, _):
      try collectLeaves(base, into: &leaves)
    case .negation(let operand):
      try collectLeaves(operand, into: &leaves)
    case .natural(let digits):
      guard let value = BigInt(digits) else { throw .elaboration("bad numeral", at: syntax.range) }
      leaves.append(.numeral(value))
    case .coercion(let operand):
      let inner = try elaborate(operand, expected: nil)
      leaves.append(inner.type == .nat ? .cast(inner) : .term(inner))
    default:
      leaves.append(.term(try elaborate(syntax, expected: nil)))
    }
  }

  /// The type a tree elaborates at: the largest of its leaves' types and of `expected`.
  private func treeType(_ leaves: [Leaf], expected: TermType?, _ syntax: Syntax) throws(CheckError) -> TermType {
    var result: TermType? = expected == .nat || expected == .int ? expected : nil
    for leaf in leaves {
      let type: TermType
      switch leaf {
      case .numeral: continue
      case .cast: type = .int
      case .term(let term): type = term.type
      }
      guard type == .nat || type == .int else {
        throw .elaboration(
          "failed to synthesize an arithmetic instance for \(printer.print(type))", at: syntax.range)
      }
      if result == nil || type == .int { result = type }
    }
    return result ?? .nat
  }

  private func arithmetic(_ syntax: Syntax, expected: TermType?) throws(CheckError) -> KTerm {
    var leaves: [Leaf] = []
    try collectLeaves(syntax, into: &leaves)
    let type = try treeType(leaves, expected: expected, syntax)
    return try build(syntax, at: type)
  }

  /// Rebuilds the tree at `type`, casting ℕ leaves to ℤ.
  private func build(_ syntax: Syntax, at type: TermType) throws(CheckError) -> KTerm {
    switch syntax.kind {
    case .binary(let op, let lhs, let rhs) where [.add, .subtract, .multiply, .divide, .modulo].contains(op):
      let left = try build(lhs, at: type)
      let right = try build(rhs, at: type)
      return try kernel(
        { () throws(KernelError) in
          switch op {
          case .add: try KTerm.add(left, right)
          case .subtract: try KTerm.subtract(left, right)
          case .multiply: try KTerm.multiply(left, right)
          case .divide: try KTerm.divide(left, right)
          default: try KTerm.modulo(left, right)
          }
        }, at: syntax.range)
    case .binary(.power, let base, let exponent):
      let left = try build(base, at: type)
      let right = try elaborate(exponent, expected: nil)
      guard right.type == .nat else {
        throw .unsupported("a power with exponent of type \(printer.print(right.type))", at: exponent.range)
      }
      return try kernel({ () throws(KernelError) in try KTerm.power(left, right) }, at: syntax.range)
    case .negation(let operand):
      guard type == .int else {
        throw .elaboration("failed to synthesize\n  Neg \(printer.print(type))", at: syntax.range)
      }
      let inner = try build(operand, at: type)
      return try kernel({ () throws(KernelError) in try KTerm.negate(inner) }, at: syntax.range)
    case .natural(let digits):
      guard let value = BigInt(digits) else { throw .elaboration("bad numeral", at: syntax.range) }
      return type == .int
        ? KTerm.intLiteral(value) : try kernel({ () throws(KernelError) in try KTerm.natLiteral(value) })
    case .coercion(let operand):
      let inner = try elaborate(operand, expected: nil)
      if inner.type == type { return inner }
      return try coerce(inner, to: type, syntax)
    default:
      return try elaborate(syntax, expected: type)
    }
  }

  // MARK: Relations (binrel%)

  private func relation(
    _ op: BinaryOperator, _ lhs: Syntax, _ rhs: Syntax, _ syntax: Syntax
  ) throws(CheckError) -> KTerm {
    var leaves: [Leaf] = []
    try collectLeaves(lhs, into: &leaves)
    let leftCount = leaves.count
    try collectLeaves(rhs, into: &leaves)
    let isProp = leaves.contains {
      if case .term(let term) = $0 { return term.type == .prop }
      return false
    }
    if isProp, op == .equal || op == .notEqual {
      let left = try proposition(lhs)
      let right = try proposition(rhs)
      return try kernel(
        { () throws(KernelError) in
          op == .equal ? try KTerm.equal(left, right) : try KTerm.notEqual(left, right)
        }, at: syntax.range)
    }
    if op == .divides {
      let leftType = try treeType(Array(leaves[..<leftCount]), expected: nil, syntax)
      let rightType = try treeType(Array(leaves[leftCount...]), expected: nil, syntax)
      let leftKnown = leaves[..<leftCount].contains { if case .numeral = $0 { false } else { true } }
      if leftKnown, leftType == .nat, rightType == .int {
        throw .elaboration("type mismatch: ∣ between ℕ and ℤ", at: syntax.range)
      }
    }
    let type = try treeType(leaves, expected: nil, syntax)
    let left = try build(lhs, at: type)
    let right = try build(rhs, at: type)
    return try kernel(
      { () throws(KernelError) in
        switch op {
        case .equal: try KTerm.equal(left, right)
        case .notEqual: try KTerm.notEqual(left, right)
        case .less: try KTerm.lessThan(left, right)
        case .lessEqual: try KTerm.lessOrEqual(left, right)
        case .greater: try KTerm.greaterThan(left, right)
        case .greaterEqual: try KTerm.greaterOrEqual(left, right)
        default: try KTerm.divides(left, right)
        }
      }, at: syntax.range)
  }

  // MARK: Binders

  private func quantified(
    _ binders: [Binder], _ body: Syntax, universal: Bool, _ syntax: Syntax
  ) throws(CheckError) -> KTerm {
    var inner = self
    var variables: [KTerm] = []
    for binder in binders {
      for name in binder.names {
        let type: TermType
        if let typeSyntax = binder.type {
          type = try inner.elaborateType(typeSyntax)
        } else {
          type = inner.inferBinderType(name, body)
        }
        if case .function = type {
          throw .unsupported("quantifier over functions", at: binder.range)
        }
        variables.append(inner.context.addVariable(name, type))
      }
    }
    var result = try inner.proposition(body)
    for variable in variables.reversed() {
      let current = result
      result = try kernel(
        { () throws(KernelError) in
          universal ? try KTerm.forall(variable, current) : try KTerm.exists(variable, current)
        }, at: syntax.range)
    }
    return result
  }

  /// The type of an untyped bound variable, as unification would find it: ℤ when the body only
  /// elaborates with ℤ or when at ℕ the variable would need a cast `↑x` (it meets an ℤ term),
  /// otherwise ℕ (the numerals' default).
  private func inferBinderType(_ name: String, _ body: Syntax) -> TermType {
    var trial = self
    let variable = trial.context.addVariable(name, .nat)
    if let elaborated = try? trial.proposition(body) {
      guard let cast = try? KTerm.natCast(variable), Self.contains(elaborated, cast) else { return .nat }
    }
    return .int
  }

  private static func contains(_ term: KTerm, _ part: KTerm) -> Bool {
    if term == part { return true }
    switch term.kind {
    case .application(let function, let argument): return contains(function, part) || contains(argument, part)
    case .lambda(let name, let type):
      guard let body = try? term.instantiateBinder(with: KTerm.variable("␣c" + name, type)) else { return false }
      return contains(body, part)
    default: return false
    }
  }

  private func bounded(
    _ quantifier: Quantifier, _ name: String, _ relation: BinaryOperator, _ bound: Syntax, _ body: Syntax,
    _ syntax: Syntax
  ) throws(CheckError) -> KTerm {
    let boundTerm = try elaborate(bound, expected: nil)
    var inner = self
    let variable = inner.context.addVariable(name, boundTerm.type)
    let variableSyntax = Syntax(.identifier(name), range: syntax.range)
    let condition = try inner.relation(relation, variableSyntax, bound, syntax)
    let rest = try inner.proposition(body)
    return try kernel(
      { () throws(KernelError) in
        quantifier == .forall
          ? try KTerm.forall(variable, try KTerm.implies(condition, rest))
          : try KTerm.exists(variable, try KTerm.and(condition, rest))
      }, at: syntax.range)
  }

  // MARK: Applications

  /// Lean's prefix forms of the notations (`LE.le a b`, `HAdd.hAdd a b`, `Not p`), as the prelude
  /// writes them.
  private static let prefixOperators: [String: BinaryOperator] = [
    "LE.le": .lessEqual, "LT.lt": .less, "GE.ge": .greaterEqual, "GT.gt": .greater, "Eq": .equal, "Ne": .notEqual,
    "And": .and, "Or": .or, "Iff": .iff, "HAdd.hAdd": .add, "HSub.hSub": .subtract, "HMul.hMul": .multiply,
    "HDiv.hDiv": .divide, "HMod.hMod": .modulo, "HPow.hPow": .power, "Dvd.dvd": .divides,
  ]

  private func application(
    _ function: Syntax, _ arguments: [Syntax], _ syntax: Syntax, expected: TermType?
  ) throws(CheckError) -> KTerm {
    switch function.kind {
    case .identifier(let name):
      if let entry = context.lookup(name) {
        guard !entry.isHypothesis else {
          throw .elaboration("type mismatch: '\(name)' is a proof, not a function", at: function.range)
        }
        return try applyFunction(entry.term, arguments, syntax)
      }
      if let op = Self.prefixOperators[name], arguments.count == 2 {
        return try elaborate(Syntax(.binary(op, arguments[0], arguments[1]), range: syntax.range), expected: expected)
      }
      if name == "Not", arguments.count == 1 {
        return try elaborate(Syntax(.not(arguments[0]), range: syntax.range), expected: expected)
      }
      if let value = try dottedLocal(name, arguments, syntax) { return value }
      return try builtin(name, arguments, syntax, expected: expected)
    case .projection(let base, let field):
      return try fieldAccess(base, field, arguments, syntax, expected: expected)
    default:
      throw .unsupported(Printer.print(syntax), at: syntax.range)
    }
  }

  private func applyFunction(_ function: KTerm, _ arguments: [Syntax], _ syntax: Syntax) throws(CheckError) -> KTerm {
    var result = function
    for argument in arguments {
      guard case .function(let domain, _) = result.type else {
        throw .elaboration("function expected", at: syntax.range)
      }
      let value = try elaborate(argument, expected: domain)
      let current = result
      result = try kernel({ () throws(KernelError) in try KTerm.application(current, value) }, at: argument.range)
    }
    return result
  }

  /// The built-in functions: resolved with the namespaces and `open`s in scope.
  private func builtin(
    _ name: String, _ arguments: [Syntax], _ syntax: Syntax, expected: TermType?
  ) throws(CheckError) -> KTerm {
    let resolved = environment.candidates(name).first { Self.builtinNames.contains($0) } ?? name
    func one(_ type: TermType) throws(CheckError) -> KTerm {
      guard arguments.count == 1 else {
        throw .unsupported("\(resolved) with \(arguments.count) arguments", at: syntax.range)
      }
      return try elaborate(arguments[0], expected: type)
    }
    switch resolved {
    case "Nat.succ":
      let operand = try one(.nat)
      return try kernel({ () throws(KernelError) in try KTerm.successor(operand) }, at: syntax.range)
    case "Int.natAbs":
      let operand = try one(.int)
      return try kernel({ () throws(KernelError) in try KTerm.natAbs(operand) }, at: syntax.range)
    case "Int.toNat":
      let operand = try one(.int)
      return try kernel({ () throws(KernelError) in try KTerm.toNat(operand) }, at: syntax.range)
    case "Int.ofNat":
      let operand = try one(.nat)
      return try kernel({ () throws(KernelError) in try KTerm.natCast(operand) }, at: syntax.range)
    case "Nat.gcd", "Int.emod", "Int.ediv", "min", "max", "Nat.min", "Nat.max", "Int.min", "Int.max":
      guard arguments.count == 2 else {
        throw .unsupported("\(resolved) with \(arguments.count) arguments", at: syntax.range)
      }
      var type: TermType? = resolved.hasPrefix("Nat.") ? .nat : resolved.hasPrefix("Int.") ? .int : nil
      if type == nil {
        var leaves: [Leaf] = []
        try collectLeaves(arguments[0], into: &leaves)
        try collectLeaves(arguments[1], into: &leaves)
        type = try treeType(leaves, expected: expected, syntax)
      }
      let left = try build(arguments[0], at: type!)
      let right = try build(arguments[1], at: type!)
      return try kernel(
        { () throws(KernelError) in
          switch resolved {
          case "Nat.gcd": try KTerm.gcd(left, right)
          case "Int.emod": try KTerm.modulo(left, right)
          case "Int.ediv": try KTerm.divide(left, right)
          case "min", "Nat.min", "Int.min": try KTerm.minimum(left, right)
          default: try KTerm.maximum(left, right)
          }
        }, at: syntax.range)
    case "Nat.factorial", "Nat.Prime", "Even", "Odd", "Prime":
      guard mathlib else { throw .elaboration("Unknown identifier `\(name)`", at: syntax.range) }
      return try mathlibDefinition(resolved, arguments, syntax)
    case "Nat.choose", "Nat.lcm", "Int.gcd", "abs", "Int.sign":
      throw .unsupported(resolved, at: syntax.range)
    default:
      if mathlib {
        throw .unsupported(
          name, at: syntax.range, detail: "a function the native fragment does not define; Mathlib may")
      }
      throw .elaboration("Unknown identifier `\(name)`", at: syntax.range)
    }
  }

  private static let builtinNames: Set<String> = [
    "Nat.succ", "Int.natAbs", "Int.toNat", "Int.ofNat", "Nat.gcd", "Int.emod", "Int.ediv", "min", "max", "Nat.min",
    "Nat.max", "Int.min", "Int.max", "Nat.factorial", "Nat.Prime", "Even", "Odd", "Nat.choose", "Nat.lcm", "Int.gcd",
    "abs", "Int.sign", "Prime",
  ]

  /// `e.field args` on a term: `n.succ`, `x.natAbs`, `x.toNat`, `a.gcd b`.
  private func fieldAccess(
    _ base: Syntax, _ name: String, _ arguments: [Syntax], _ syntax: Syntax, expected: TermType?
  ) throws(CheckError) -> KTerm {
    let value = try elaborate(base, expected: nil)
    return try field(value, name, arguments, syntax)
  }

  private func field(_ value: KTerm, _ name: String, _ arguments: [Syntax], _ syntax: Syntax) throws(CheckError)
    -> KTerm
  {
    let namespace = value.type == .nat ? "Nat" : value.type == .int ? "Int" : "?"
    let placeholder = Syntax(.identifier("␣field"), range: syntax.range)
    var inner = self
    inner.context.entries.append(
      LocalContext.Entry(name: "␣field", term: value, isHypothesis: false, accessible: true))
    return try inner.builtin(
      namespace + "." + name, [placeholder] + arguments, syntax, expected: nil)
  }
}

/// The `?_` holes met while elaborating a term for `refine` or `apply`: each becomes a new goal, and
/// the elaborated proof assumes its proposition until the goal's theorem discharges it.
final class HoleCollector {
  var propositions: [KTerm] = []
  var tags: [String?] = []
}
