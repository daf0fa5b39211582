import ProverCore

extension Parser {
  /// True when the current token can name a bound variable: an identifier or `_`.
  var atBinderName: Bool { isName(current) || at("_") }

  /// `∀ binders, body`, where the binders are bare names and bracketed groups, optionally followed
  /// by one type for the bare names; or a bounded `∀ x > b, body`.
  mutating func parseForall() throws(ParseStop) -> Term {
    let keyword = advance()
    if let bounded = try parseBoundedQuantifier(.forall, from: keyword) { return bounded }
    var binders: [Binder] = []
    var bare: (names: [String], start: Token)?
    var hasBracketed = false
    while true {
      if atBinderName {
        let token = advance()
        if bare == nil { bare = ([], token) }
        bare?.names.append(token.text)
      } else if at("(") || at("{") || at("[") {
        if let group = bare { binders.append(Binder(names: group.names, type: nil, range: range(from: group.start))) }
        bare = nil
        binders.append(try parseBracketedBinder())
        hasBracketed = true
      } else {
        break
      }
    }
    if binders.isEmpty, bare == nil { throw failure(expected: "binder") }
    var type: Term?
    if at(":") {
      let colon = advance()
      guard !hasBracketed, bare != nil else {
        throw unsupported(
          "type after bracketed binders", at: colon.range,
          detail: "write the type inside each group: `∀ (x : T) (y : T), P`")
      }
      type = try parseBinderType()
    }
    if let group = bare {
      binders.append(Binder(names: group.names, type: type, range: range(from: group.start)))
    }
    try expectQuantifierComma()
    let body = try parseTerm()
    return Term(.forall(binders, body), range: range(from: keyword))
  }

  /// `∃ x y : T, body`, `∃ (x : T) (y : U), body` (bare and bracketed binders do not mix), or a
  /// bounded `∃ x < b, body`.
  mutating func parseExists() throws(ParseStop) -> Term {
    let keyword = advance()
    if let bounded = try parseBoundedQuantifier(.exists, from: keyword) { return bounded }
    var binders: [Binder] = []
    if at("(") {
      while at("(") {
        let binder = try parseBracketedBinder()
        guard binder.type != nil else { throw failure(expected: "':'") }
        binders.append(binder)
      }
    } else {
      let start = current
      var names: [String] = []
      while atBinderName { names.append(advance().text) }
      guard !names.isEmpty else { throw failure(expected: "'(', '_' or identifier") }
      let type = accept(":") ? try parseBinderType() : nil
      binders.append(Binder(names: names, type: type, range: range(from: start)))
    }
    try expectQuantifierComma()
    let body = try parseTerm()
    return Term(.exists(binders, body), range: range(from: keyword))
  }

  /// `x > b, body` after a quantifier, when the binder is one name followed by a relation.
  mutating func parseBoundedQuantifier(_ quantifier: Quantifier, from keyword: Token) throws(ParseStop) -> Term? {
    guard atBinderName else { return nil }
    let relationToken = peek()
    if let construct = OutsideFragment.trailingSymbols[relationToken.text], relationToken.kind == .symbol {
      throw unsupported(construct.name, at: relationToken.range, detail: construct.detail)
    }
    guard relationToken.kind == .symbol, let relation = BinaryOperator(token: relationToken.text),
      relation.isBinderRelation
    else { return nil }
    let name = advance().text
    advance()
    let bound = try parseTerm()
    try expectQuantifierComma()
    let body = try parseTerm()
    return Term(
      .bounded(quantifier, variable: name, relation: relation, bound: bound, body: body), range: range(from: keyword))
  }

  /// The comma after quantifier binders; a relation after several names is a bounded binder
  /// that Lean does not have.
  mutating func expectQuantifierComma() throws(ParseStop) {
    if current.kind == .symbol, let relation = BinaryOperator(token: current.text), relation.isBinderRelation {
      throw failure(expected: "','")
    }
    if let construct = OutsideFragment.trailingSymbols[current.text], current.kind == .symbol {
      throw unsupported(construct.name, at: current.range, detail: construct.detail)
    }
    try expect(",")
  }

  /// `fun binders => body` (also `λ` and `↦`).
  mutating func parseLambda() throws(ParseStop) -> Term {
    let keyword = advance()
    if at("|") {
      throw unsupported(
        "fun with match alternatives", at: current.range, detail: "pattern matching is outside the native fragment")
    }
    var binders: [Binder] = []
    var bare: (names: [String], start: Token)?
    var hasBracketed = false
    while true {
      if atBinderName {
        let token = advance()
        if bare == nil { bare = ([], token) }
        bare?.names.append(token.text)
      } else if at("(") || at("{") || at("[") {
        if let group = bare { binders.append(Binder(names: group.names, type: nil, range: range(from: group.start))) }
        bare = nil
        binders.append(try parseBracketedBinder())
        hasBracketed = true
      } else if at("⟨") {
        throw unsupported(
          "pattern-matching fun", at: current.range, detail: "patterns in `fun` are outside the native fragment")
      } else {
        break
      }
    }
    if binders.isEmpty, bare == nil { throw failure(expected: "binder") }
    var type: Term?
    if at(":") {
      let colon = advance()
      guard !hasBracketed, bare != nil else {
        throw unsupported(
          "type after bracketed binders", at: colon.range,
          detail: "write the type inside each group: `fun (x : T) => e`")
      }
      type = try parseBinderType()
    }
    if let group = bare {
      binders.append(Binder(names: group.names, type: type, range: range(from: group.start)))
    }
    guard accept("=>") || accept("↦") else { throw failure(expected: "'=>'") }
    let body = try parseTerm()
    return Term(.lambda(binders, body), range: range(from: keyword))
  }

  /// `(x y : T)`, `(x)`, `{x : T}`; instance and strict-implicit binders and default values are
  /// outside the fragment.
  mutating func parseBracketedBinder() throws(ParseStop) -> Binder {
    let open = current
    let closing: String
    let visibility: Binder.Visibility
    switch open.text {
    case "(":
      closing = ")"
      visibility = .explicit
    case "{":
      if peek().isReserved("{") {
        throw unsupported(
          "strict implicit binder", at: open.range, detail: "`{{x}}` binders are outside the native fragment")
      }
      closing = "}"
      visibility = .implicit
    default:
      throw unsupported("instance binder", at: open.range, detail: "`[C]` binders are outside the native fragment")
    }
    advance()
    return try withPosition(nil) { parser throws(ParseStop) -> Binder in
      var names: [String] = []
      while parser.atBinderName { names.append(parser.advance().text) }
      guard !names.isEmpty else { throw parser.failure(expected: "identifier") }
      if parser.at(",") {
        throw parser.unsupported(
          "pattern binder", at: parser.current.range, detail: "tuple patterns are outside the native fragment")
      }
      let type = parser.accept(":") ? try parser.parseBinderType() : nil
      if parser.at(":=") {
        throw parser.unsupported(
          "binder default value", at: parser.current.range, detail: "optional arguments are outside the native fragment"
        )
      }
      try parser.expect(closing)
      return Binder(names: names, type: type, visibility: visibility, range: parser.range(from: open))
    }
  }

  /// The type of a binder group. A function type is in the fragment only for unary functions
  /// between ℕ and ℤ (`f : ℕ → ℕ`, `x : ℕ → ℤ`); it is an uninterpreted symbol.
  mutating func parseBinderType() throws(ParseStop) -> Term {
    let type = try parseTerm()
    guard case .binary(.implies, let domain, let codomain) = type.kind, isTypeLike(domain) else { return type }
    guard isNumberType(domain), isNumberType(codomain) else {
      throw unsupported(
        "function type", at: type.range,
        detail: "`\(Printer.print(type))`: only unary functions between ℕ and ℤ are in the native fragment")
    }
    return type
  }

  func isNumberType(_ term: Term) -> Bool {
    guard case .identifier(let name) = term.kind else { return false }
    return ["ℕ", "ℤ", "Nat", "Int"].contains(name)
  }

  func isTypeLike(_ term: Term) -> Bool {
    switch term.kind {
    case .prop: true
    case .identifier(let name): isNumberType(term) || name == "Bool"
    case .binary(.implies, let domain, let codomain): isTypeLike(domain) && isTypeLike(codomain)
    default: false
    }
  }
}
