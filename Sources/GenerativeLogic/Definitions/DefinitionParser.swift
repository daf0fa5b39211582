import ProverCore

/// Parses a definitions file (`def name[p:type,…] := formula` lines and one `anchor` line) and
/// checks names, arities and types; errors carry the file, line and column and what was expected.
public struct DefinitionParser {
  public let file: String

  public init(file: String = "<input>") {
    self.file = file
  }

  static let builtins: [String: [ParameterType]] = [
    "in": [.element, .set],
    "in2": [.element, .element, .relation2],
    "in3": [.element, .element, .element, .relation3],
    "=": [.element, .element],
  ]

  /// Parses and checks a whole file.
  public func parse(_ text: String) throws(DefinitionError) -> DefinitionFile {
    var state = State(file: file, tokens: try DefinitionLexer(file: file).tokens(of: text))
    var definitions: [Definition] = []
    var anchor: Anchor?
    while !state.atEnd {
      let keyword = try state.identifier(expected: "'def' or 'anchor'")
      switch keyword.name {
      case "def":
        let definition = try state.definition(known: definitions)
        if definitions.contains(where: { $0.name == definition.name }) {
          throw DefinitionError(location: definition.location, message: "'\(definition.name)' is defined twice")
        }
        definitions.append(definition)
      case "anchor":
        if anchor != nil {
          throw state.error(at: keyword.range, "a second anchor; expected exactly one")
        }
        anchor = try state.anchor(known: definitions)
      default:
        throw state.error(at: keyword.range, "expected 'def' or 'anchor', found '\(keyword.name)'")
      }
    }
    guard let anchor else {
      throw state.error(at: state.current.range, "expected an 'anchor' line naming the Peano structure")
    }
    return DefinitionFile(definitions: definitions, anchor: anchor, source: text)
  }

  /// Parses one formula against the given definitions, with the given names in scope.
  public func parseFormula(
    _ text: String, definitions: [Definition], scope: [String: ParameterType]
  ) throws(DefinitionError) -> Formula {
    var state = State(file: file, tokens: try DefinitionLexer(file: file).tokens(of: text))
    let formula = try state.formula(known: definitions, scope: scope)
    guard state.atEnd else { throw state.error(at: state.current.range, "expected end of formula") }
    return formula
  }

  struct State {
    let file: String
    let tokens: [DefinitionToken]
    var index = 0

    init(file: String, tokens: [DefinitionToken]) {
      self.file = file
      self.tokens = tokens
    }

    var current: DefinitionToken { tokens[index] }
    var atEnd: Bool { current.kind == .end }

    func error(at range: SourceRange, _ message: String) -> DefinitionError {
      DefinitionError(location: SourceLocation(file: file, range: range), message: message)
    }

    func isSymbol(_ symbol: String) -> Bool { current.kind == .symbol(symbol) }

    mutating func expect(_ symbol: String) throws(DefinitionError) {
      guard isSymbol(symbol) else {
        throw error(at: current.range, "expected '\(symbol)', found \(current.display)")
      }
      index += 1
    }

    /// The ',' between list items; anything else but ']' is an error.
    mutating func separator() throws(DefinitionError) {
      guard isSymbol(",") else { throw error(at: current.range, "expected ',' or ']', found \(current.display)") }
      index += 1
    }

    mutating func identifier(expected: String) throws(DefinitionError) -> (name: String, range: SourceRange) {
      guard case .identifier(let name) = current.kind else {
        throw error(at: current.range, "expected \(expected), found \(current.display)")
      }
      let range = current.range
      index += 1
      return (name, range)
    }

    /// definition := name '[' (param ':' type (',' …)*)? ']' ':=' formula
    mutating func definition(known: [Definition]) throws(DefinitionError) -> Definition {
      let name = try identifier(expected: "a definition name")
      try expect("[")
      var parameters: [Definition.Parameter] = []
      while !isSymbol("]") {
        if !parameters.isEmpty { try separator() }
        let parameter = try identifier(expected: "a parameter name")
        try expect(":")
        let type = try identifier(expected: "a type (elem, set, rel2, rel3)")
        guard let parameterType = ParameterType(rawValue: type.name) else {
          throw error(at: type.range, "expected a type (elem, set, rel2, rel3), found '\(type.name)'")
        }
        if parameters.contains(where: { $0.name == parameter.name }) {
          throw error(at: parameter.range, "parameter '\(parameter.name)' appears twice")
        }
        parameters.append(Definition.Parameter(name: parameter.name, type: parameterType))
      }
      try expect("]")
      try expect(":=")
      let scope = Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0.type) })
      let body = try formula(known: known, scope: scope)
      let end = tokens[index - 1].range.end
      return Definition(
        name: name.name, parameters: parameters, body: body,
        location: SourceLocation(file: file, range: SourceRange(start: name.range.start, end: end)))
    }

    /// anchor := name '[' param '=' role (',' …)* ']'
    mutating func anchor(known: [Definition]) throws(DefinitionError) -> Anchor {
      let name = try identifier(expected: "the anchor definition's name")
      guard let definition = known.first(where: { $0.name == name.name }) else {
        throw error(at: name.range, "expected a defined name, found '\(name.name)'")
      }
      try expect("[")
      var roles: [(parameter: String, role: Anchor.Role)] = []
      while !isSymbol("]") {
        if !roles.isEmpty { try separator() }
        let parameter = try identifier(expected: "a parameter of '\(name.name)'")
        guard let declared = definition.parameters.first(where: { $0.name == parameter.name }) else {
          throw error(at: parameter.range, "'\(parameter.name)' is not a parameter of '\(name.name)'")
        }
        try expect("=")
        let roleToken = current
        let text: String
        switch current.kind {
        case .identifier(let value): text = value
        case .symbol(let value): text = value
        case .end: text = ""
        }
        guard let role = Anchor.Role(rawValue: text) else {
          throw error(at: roleToken.range, "expected a role (Nat, 0, 1, succ, +, *), found \(roleToken.display)")
        }
        index += 1
        guard role.requiredType == declared.type else {
          throw error(
            at: roleToken.range,
            "role '\(role.rawValue)' needs a \(role.requiredType.rawValue) parameter; '\(parameter.name)' is \(declared.type.rawValue)"
          )
        }
        if roles.contains(where: { $0.role == role }) {
          throw error(at: roleToken.range, "role '\(role.rawValue)' is given twice")
        }
        roles.append((parameter.name, role))
      }
      try expect("]")
      for role in Anchor.Role.allCases where !roles.contains(where: { $0.role == role }) {
        throw error(at: name.range, "the anchor gives no parameter the role '\(role.rawValue)'")
      }
      return Anchor(definition: name.name, roles: roles, location: SourceLocation(file: file, range: name.range))
    }

    /// formula := atom | '!' formula | '(' '&' formula formula+ ')' | '(' '>' '[' names ']' formula formula ')'
    mutating func formula(known: [Definition], scope: [String: ParameterType]) throws(DefinitionError) -> Formula {
      if isSymbol("!") {
        index += 1
        return .not(try formula(known: known, scope: scope))
      }
      if isSymbol("(") {
        index += 1
        if isSymbol("&") {
          index += 1
          var parts: [Formula] = []
          while !isSymbol(")") {
            if atEnd { throw error(at: current.range, "expected ')' closing the conjunction") }
            parts.append(try formula(known: known, scope: scope))
          }
          guard parts.count >= 2 else { throw error(at: current.range, "expected at least two conjuncts") }
          index += 1
          return .and(parts)
        }
        if isSymbol(">") {
          index += 1
          try expect("[")
          var bound: [String] = []
          var inner = scope
          while !isSymbol("]") {
            if !bound.isEmpty { try separator() }
            let variable = try identifier(expected: "a bound variable")
            if bound.contains(variable.name) {
              throw error(at: variable.range, "'\(variable.name)' is bound twice")
            }
            bound.append(variable.name)
            inner[variable.name] = .element
          }
          try expect("]")
          let premise = try formula(known: known, scope: inner)
          let conclusion = try formula(known: known, scope: inner)
          try expect(")")
          return .implies(bound: bound, premise: premise, conclusion: conclusion)
        }
        throw error(at: current.range, "expected '&' or '>' after '(', found \(current.display)")
      }
      return .atom(try atom(known: known, scope: scope))
    }

    /// atom := (name | '=') '[' names ']'
    mutating func atom(known: [Definition], scope: [String: ParameterType]) throws(DefinitionError) -> Atom {
      let start = current.range
      let predicate: String
      if isSymbol("=") {
        predicate = "="
        index += 1
      } else {
        predicate = try identifier(expected: "an atom, '!' or '('").name
      }
      let signature: [ParameterType]
      if let builtin = DefinitionParser.builtins[predicate] {
        signature = builtin
      } else if let definition = known.first(where: { $0.name == predicate }) {
        signature = definition.parameters.map(\.type)
      } else {
        throw error(at: start, "unknown predicate '\(predicate)'; expected in, in2, in3, = or an earlier definition")
      }
      try expect("[")
      var arguments: [String] = []
      while !isSymbol("]") {
        if !arguments.isEmpty { try separator() }
        let argument = try identifier(expected: "an argument name")
        guard let type = scope[argument.name] else {
          throw error(at: argument.range, "'\(argument.name)' is not a parameter or bound variable here")
        }
        if arguments.count < signature.count && type != signature[arguments.count] {
          throw error(
            at: argument.range,
            "argument \(arguments.count + 1) of '\(predicate)' must be \(signature[arguments.count].rawValue); '\(argument.name)' is \(type.rawValue)"
          )
        }
        arguments.append(argument.name)
      }
      guard arguments.count == signature.count else {
        throw error(
          at: current.range, "expected \(signature.count) arguments for '\(predicate)', found \(arguments.count)")
      }
      try expect("]")
      return Atom(predicate: predicate, arguments: arguments)
    }
  }
}
