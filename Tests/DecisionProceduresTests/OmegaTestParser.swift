import Kernel

/// A small reader of Lean-like propositions into kernel terms, for the omega tests: numerals,
/// declared variables, `+ - * / % ^`, unary `-`, `↑`, `(e : T)`, `min`, `max`, `Int.natAbs`,
/// `Int.toNat`, `Nat.succ` (and `x.natAbs`, `x.toNat`, `x.succ`), application of declared
/// function variables, `= ≠ < ≤ > ≥ ∣`, `¬ ∧ ∨ → ↔`, `∀`/`∃` binders, `True`, `False`.
/// Arithmetic is elaborated as Lean's `binop%` does: the leaves decide the type (`Int` if any
/// leaf is an `Int`), `Nat` leaves are cast with `↑`, and numerals take the type they meet.
struct OmegaTestParser {
  struct ParseError: Error, CustomStringConvertible {
    let description: String
  }

  indirect enum Syntax {
    case number(BigInt)
    case name(String)
    case binary(String, Syntax, Syntax)
    case negate(Syntax)
    case not(Syntax)
    case cast(Syntax)
    case ascription(Syntax, TermType)
    case application(String, [Syntax])
    case quantifier(isForall: Bool, names: [String], type: TermType, body: Syntax)
    case truth(Bool)
  }

  var variables: [String: TermType]

  init(_ declarations: String) throws {
    variables = [:]
    for group in declarations.split(separator: ",") {
      let parts = group.split(separator: ":", maxSplits: 1)
      guard parts.count == 2 else { throw ParseError(description: "bad declaration \(group)") }
      let type = try Self.parseType(Self.trimmed(String(parts[1])))
      for name in parts[0].split(separator: " ") { variables[String(name)] = type }
    }
  }

  static func trimmed(_ text: String) -> String {
    String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }

  static func parseType(_ text: String) throws -> TermType {
    let pieces = text.split(separator: "→").map { trimmed(String($0)) }
    var result: TermType?
    for piece in pieces.reversed() {
      let base: TermType
      switch piece {
      case "Nat", "ℕ": base = .nat
      case "Int", "ℤ": base = .int
      case "Prop": base = .prop
      default: throw ParseError(description: "unknown type \(piece)")
      }
      result = result.map { .function(base, $0) } ?? base
    }
    guard let result else { throw ParseError(description: "empty type") }
    return result
  }

  func proposition(_ source: String) throws -> Term {
    var reader = Reader(tokens: try Self.tokenize(source))
    let syntax = try reader.expression(0)
    guard reader.atEnd else { throw ParseError(description: "unexpected \(reader.peek ?? "") in \(source)") }
    return try elaborateProposition(syntax, variables)
  }

  // MARK: Tokens

  static func tokenize(_ source: String) throws -> [String] {
    var tokens: [String] = []
    let characters = Array(source)
    var index = 0
    let symbols: Set<Character> = [
      "(", ")", ":", ",", "+", "-", "*", "/", "%", "^", "↑", "=", "≠", "<", "≤", ">", "≥",
      "∣", "¬", "∧", "∨", "→", "↔", "∀", "∃",
    ]
    while index < characters.count {
      let character = characters[index]
      if character.isWhitespace {
        index += 1
      } else if character.isNumber && character.isASCII {
        var end = index
        while end < characters.count, characters[end].isNumber, characters[end].isASCII { end += 1 }
        tokens.append(String(characters[index..<end]))
        index = end
      } else if character.isLetter || character == "_" || (character == "." && index + 1 < characters.count) {
        var end = index
        while end < characters.count,
          characters[end].isLetter || characters[end].isNumber || characters[end] == "_" || characters[end] == "."
            || characters[end] == "'"
        {
          end += 1
        }
        tokens.append(String(characters[index..<end]))
        index = end
      } else if character == "<" || character == ">" || character == "!", index + 1 < characters.count,
        characters[index + 1] == "="
      {
        tokens.append(character == "<" ? "≤" : character == ">" ? "≥" : "≠")
        index += 2
      } else if symbols.contains(character) {
        tokens.append(String(character))
        index += 1
      } else {
        throw ParseError(description: "unexpected character \(character)")
      }
    }
    return tokens
  }

  struct Reader {
    let tokens: [String]
    var position = 0

    var atEnd: Bool { position == tokens.count }
    var peek: String? { position < tokens.count ? tokens[position] : nil }

    mutating func take() -> String? {
      defer { position += 1 }
      return peek
    }

    mutating func expect(_ token: String) throws {
      guard take() == token else { throw ParseError(description: "expected \(token)") }
    }

    static let infix: [String: (precedence: Int, rightAssociative: Bool)] = [
      "↔": (20, false), "→": (25, true), "∨": (30, true), "∧": (35, true),
      "=": (50, false), "≠": (50, false), "<": (50, false), "≤": (50, false), ">": (50, false), "≥": (50, false),
      "∣": (50, false), "+": (65, false), "-": (65, false), "*": (70, false), "/": (70, false), "%": (70, false),
      "^": (75, true),
    ]

    mutating func expression(_ minimum: Int) throws -> Syntax {
      var lhs = try prefix()
      while let token = peek, let (precedence, right) = Self.infix[token], precedence >= minimum {
        position += 1
        let rhs = try expression(right ? precedence : precedence + 1)
        lhs = .binary(token, lhs, rhs)
      }
      return lhs
    }

    mutating func prefix() throws -> Syntax {
      guard let token = take() else { throw ParseError(description: "unexpected end") }
      switch token {
      case "¬": return .not(try expression(40))
      case "-": return .negate(try expression(75))
      case "↑": return .cast(try argument())
      case "∀", "∃":
        var names: [String] = []
        while let next = peek, next != ":" { names.append(next); position += 1 }
        try expect(":")
        var typeText = ""
        while let next = peek, next != "," { typeText += next; position += 1 }
        try expect(",")
        let body = try expression(0)
        return .quantifier(isForall: token == "∀", names: names, type: try parseType(typeText), body: body)
      default:
        position -= 1
        return try application()
      }
    }

    static let functions: Set<String> = ["min", "max", "Int.natAbs", "Int.toNat", "Nat.succ"]

    mutating func application() throws -> Syntax {
      let head = try argument()
      guard case .name(let name) = head else { return head }
      var arguments: [Syntax] = []
      while let next = peek, next == "(" || next.first!.isLetter || next.first!.isNumber || next == "↑" {
        if Self.infix[next] != nil { break }
        arguments.append(try argument())
      }
      return arguments.isEmpty ? head : .application(name, arguments)
    }

    mutating func argument() throws -> Syntax {
      guard let token = take() else { throw ParseError(description: "unexpected end") }
      if token == "(" {
        let inner = try expression(0)
        if peek == ":" {
          position += 1
          var typeText = ""
          while let next = peek, next != ")" { typeText += next; position += 1 }
          try expect(")")
          return .ascription(inner, try parseType(typeText))
        }
        try expect(")")
        if let next = peek, next.hasPrefix(".") {
          position += 1
          return .application(next == ".natAbs" ? "Int.natAbs" : next == ".toNat" ? "Int.toNat" : "Nat.succ", [inner])
        }
        return inner
      }
      if token == "↑" { return .cast(try argument()) }
      if let value = BigInt(token) { return .number(value) }
      if token == "True" { return .truth(true) }
      if token == "False" { return .truth(false) }
      for suffix in [".natAbs", ".toNat", ".succ"]
      where token.hasSuffix(suffix) && token.count > suffix.count && !Self.functions.contains(token) {
        let base = String(token.dropLast(suffix.count))
        let function = suffix == ".natAbs" ? "Int.natAbs" : suffix == ".toNat" ? "Int.toNat" : "Nat.succ"
        return .application(function, [.name(base)])
      }
      return .name(token)
    }
  }

  // MARK: Elaboration

  func elaborateProposition(_ syntax: Syntax, _ scope: [String: TermType]) throws -> Term {
    switch syntax {
    case .truth(let value): return value ? Term.trueProposition : Term.falseProposition
    case .not(let operand): return try Term.not(elaborateProposition(operand, scope))
    case .name(let name) where scope[name] == .prop: return Term.variable(name, .prop)
    case .application(let name, let arguments) where scope[name] != nil:
      return try elaborateTerm(syntax, expected: try resultType(name, arguments.count, scope), scope)
    case .quantifier(let isForall, let names, let type, let body):
      var inner = scope
      for name in names { inner[name] = type }
      var result = try elaborateProposition(body, inner)
      for name in names.reversed() {
        let variable = Term.variable(name, type)
        result = isForall ? try Term.forall(variable, result) : try Term.exists(variable, result)
      }
      return result
    case .binary(let op, let lhs, let rhs):
      switch op {
      case "∧": return try Term.and(elaborateProposition(lhs, scope), elaborateProposition(rhs, scope))
      case "∨": return try Term.or(elaborateProposition(lhs, scope), elaborateProposition(rhs, scope))
      case "→": return try Term.implies(elaborateProposition(lhs, scope), elaborateProposition(rhs, scope))
      case "↔": return try Term.iff(elaborateProposition(lhs, scope), elaborateProposition(rhs, scope))
      default:
        let type = (try leafType(lhs, scope) == .int || leafType(rhs, scope) == .int) ? TermType.int : .nat
        let a = try elaborateTerm(lhs, expected: type, scope)
        let b = try elaborateTerm(rhs, expected: type, scope)
        switch op {
        case "=": return try Term.equal(a, b)
        case "≠": return try Term.notEqual(a, b)
        case "<": return try Term.lessThan(a, b)
        case "≤": return try Term.lessOrEqual(a, b)
        case ">": return try Term.greaterThan(a, b)
        case "≥": return try Term.greaterOrEqual(a, b)
        case "∣": return try Term.divides(a, b)
        default: throw ParseError(description: "\(op) is not a proposition")
        }
      }
    default:
      throw ParseError(description: "not a proposition: \(syntax)")
    }
  }

  func resultType(_ name: String, _ count: Int, _ scope: [String: TermType]) throws -> TermType {
    guard var type = scope[name] else { throw ParseError(description: "unknown function \(name)") }
    for _ in 0..<count {
      guard let codomain = type.codomain else { throw ParseError(description: "too many arguments to \(name)") }
      type = codomain
    }
    return type
  }

  /// `.int` when some leaf of the arithmetic tree is an `Int`, `.nat` when one is a `Nat`, nil
  /// when all leaves are numerals.
  func leafType(_ syntax: Syntax, _ scope: [String: TermType]) throws -> TermType? {
    switch syntax {
    case .number: return nil
    case .name(let name):
      guard let type = scope[name] else { throw ParseError(description: "unknown variable \(name)") }
      return type
    case .binary(let op, let lhs, let rhs):
      if op == "^" { return try leafType(lhs, scope) }
      let left = try leafType(lhs, scope)
      let right = try leafType(rhs, scope)
      if left == .int || right == .int { return .int }
      return left ?? right
    case .negate: return .int
    case .cast: return .int
    case .ascription(_, let type): return type
    case .application(let name, let arguments):
      switch name {
      case "min", "max":
        let types = try arguments.map { try leafType($0, scope) }
        return types.contains(.int) ? .int : types.compactMap { $0 }.first
      case "Int.natAbs", "Int.toNat", "Nat.succ": return .nat
      default: return try resultType(name, arguments.count, scope)
      }
    default:
      throw ParseError(description: "not a term: \(syntax)")
    }
  }

  func elaborateTerm(_ syntax: Syntax, expected: TermType, _ scope: [String: TermType]) throws -> Term {
    let term = try elaborateNatural(syntax, expected: expected, scope)
    if term.type == expected { return term }
    if term.type == .nat && expected == .int { return try Term.natCast(term) }
    throw ParseError(description: "type mismatch: \(term) : \(term.type), expected \(expected)")
  }

  /// Elaborates with `expected` pushed to the leaves; the result may still be a `Nat` leaf that
  /// the caller casts.
  func elaborateNatural(_ syntax: Syntax, expected: TermType, _ scope: [String: TermType]) throws -> Term {
    switch syntax {
    case .number(let value):
      return expected == .int ? Term.intLiteral(value) : try Term.natLiteral(value)
    case .name(let name):
      guard let type = scope[name] else { throw ParseError(description: "unknown variable \(name)") }
      return Term.variable(name, type)
    case .binary(let op, let lhs, let rhs):
      if op == "^" {
        let base = try elaborateTerm(lhs, expected: expected, scope)
        let exponent = try elaborateTerm(rhs, expected: .nat, scope)
        return try Term.power(base, exponent)
      }
      let a = try elaborateTerm(lhs, expected: expected, scope)
      let b = try elaborateTerm(rhs, expected: expected, scope)
      switch op {
      case "+": return try Term.add(a, b)
      case "-": return try Term.subtract(a, b)
      case "*": return try Term.multiply(a, b)
      case "/": return try Term.divide(a, b)
      case "%": return try Term.modulo(a, b)
      default: throw ParseError(description: "\(op) is not arithmetic")
      }
    case .negate(let operand):
      if case .number(let value) = operand { return Term.intLiteral(-value) }
      return try Term.negate(elaborateTerm(operand, expected: .int, scope))
    case .cast(let operand):
      let inner = try elaborateTerm(operand, expected: try leafType(operand, scope) ?? .nat, scope)
      return try Term.natCast(inner)
    case .ascription(let inner, let type):
      return try elaborateTerm(inner, expected: type, scope)
    case .application(let name, let arguments):
      switch name {
      case "min", "max":
        guard arguments.count == 2 else { throw ParseError(description: "\(name) takes two arguments") }
        let a = try elaborateTerm(arguments[0], expected: expected, scope)
        let b = try elaborateTerm(arguments[1], expected: expected, scope)
        return name == "min" ? try Term.minimum(a, b) : try Term.maximum(a, b)
      case "Int.natAbs": return try Term.natAbs(elaborateTerm(arguments[0], expected: .int, scope))
      case "Int.toNat": return try Term.toNat(elaborateTerm(arguments[0], expected: .int, scope))
      case "Nat.succ": return try Term.successor(elaborateTerm(arguments[0], expected: .nat, scope))
      default:
        guard var type = scope[name] else { throw ParseError(description: "unknown function \(name)") }
        var result = Term.variable(name, type)
        for argument in arguments {
          guard let domain = type.domain, let codomain = type.codomain else {
            throw ParseError(description: "too many arguments to \(name)")
          }
          result = try Term.application(result, elaborateTerm(argument, expected: domain, scope))
          type = codomain
        }
        return result
      }
    default:
      throw ParseError(description: "not a term: \(syntax)")
    }
  }
}
