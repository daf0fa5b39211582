import ProverCore

extension Parser {
  /// Words that Lean reserves as tokens although the lexer reads them as identifiers (they occur
  /// inside tactic syntax): they never start a term and are never names.
  static let reservedWords: Set<String> = ["generalizing", "says"]

  /// True for an identifier that can be a name (not a reserved word).
  func isName(_ token: Token) -> Bool {
    token.kind == .identifier && !Parser.reservedWords.contains(token.text)
  }

  /// The precedence of the term that the token `offset` places ahead starts, or nil if no term
  /// starts with it. The leading parser of a term applies only where the context precedence is at
  /// most this. As in Lean, `fun`, `¬` and `↑` are `max` (they can be arguments); `∀`, `∃`, `by`,
  /// `show`, `if` and `calc` are `lead` (syntax without a declared precedence that is not
  /// atom-like gets `lead`), and unary minus is 75.
  func leadingPrecedence(_ offset: Int = 0) -> Int? {
    let token = peek(offset)
    switch token.kind {
    case .identifier:
      if Parser.reservedWords.contains(token.text) { return nil }
      return token.text == "forall" || token.text == "exists" ? Precedence.lead : Precedence.max
    case .number, .scientific, .string, .character:
      return Precedence.max
    case .keyword:
      switch token.text {
      case "sorry", "Prop", "Type", "Sort", "fun": return Precedence.max
      case "by", "show", "have", "let", "suffices", "match", "do", "if", "calc": return Precedence.lead
      default: return nil
      }
    case .symbol:
      switch token.text {
      case "(", "⟨", "_", "?", "↑", "¬", "λ", "@", "⌊", "⌈", "π", "{", "[", "·", "!", "∅", "∞", "#", "%[":
        return Precedence.max
      case "|": return peek(offset + 1).isPrecededBySpace ? nil : Precedence.max
      case "-": return Precedence.negation
      case "∀", "∃", "∃!": return Precedence.lead
      case "∑", "∏": return 67
      case "√": return 100
      default: return nil
      }
    default:
      return nil
    }
  }

  /// Lean's `argument`: a term that starts after whitespace, to the right of the saved position,
  /// and binds at argument precedence.
  var canStartArgument: Bool {
    guard current.isPrecededBySpace, isIndented(current), let precedence = leadingPrecedence() else { return false }
    return precedence >= Precedence.argument
  }

  // MARK: - Terms

  /// `term(context)`: a leading term followed by every trailing construct (binary operator,
  /// application, projection, factorial) that binds at least as tightly as `context`.
  mutating func parseTerm(_ context: Int = 0) throws(ParseStop) -> Term {
    try enterNesting()
    defer { depth -= 1 }
    let start = current
    var (term, precedence) = try parseLeadingTerm(context)
    var chain = 0
    while let (next, nextPrecedence) = try parseTrailingTerm(
      term, precedence: precedence, context: context, start: start)
    {
      term = next
      precedence = nextPrecedence
      chain += 1
      if depth + chain > Parser.maximumDepth {
        throw ParseStop(diagnostic: .unsupported("nesting too deep", at: location(of: current.range)))
      }
    }
    return term
  }

  /// A term that starts with the current token, with its precedence.
  mutating func parseLeadingTerm(_ context: Int) throws(ParseStop) -> (Term, Int) {
    let token = current
    guard let precedence = leadingPrecedence(), precedence >= context else {
      throw failure(expected: "term")
    }
    switch token.kind {
    case .identifier:
      return (try parseIdentifierTerm(), precedence)
    case .number:
      advance()
      return (Term(.natural(Parser.decimalDigits(of: token.text)), range: token.range), precedence)
    case .scientific:
      throw unsupported(
        "decimal literal", at: token.range, detail: "only natural number literals are in the native fragment")
    case .string:
      throw unsupported("string literal", at: token.range, detail: "strings are outside the native fragment")
    case .character:
      throw unsupported("character literal", at: token.range, detail: "characters are outside the native fragment")
    case .keyword:
      return (try parseKeywordTerm(), precedence)
    default:
      return (try parseSymbolTerm(), precedence)
    }
  }

  /// An identifier, or the words `forall` and `exists`.
  mutating func parseIdentifierTerm() throws(ParseStop) -> Term {
    let token = current
    switch token.text {
    case "forall": return try parseForall()
    case "exists": return try parseExists()
    default:
      if let construct = OutsideFragment.construct(identifier: token.text) {
        throw unsupported(construct.name, at: token.range, detail: construct.detail)
      }
      advance()
      return Term(.identifier(token.text), range: token.range)
    }
  }

  /// A term that starts with a keyword: `sorry`, `Prop`, `fun`, `by`, `show`, `if`, `calc`.
  mutating func parseKeywordTerm() throws(ParseStop) -> Term {
    let token = current
    switch token.text {
    case "sorry":
      advance()
      return Term(.sorry, range: token.range)
    case "Prop":
      advance()
      return Term(.prop, range: token.range)
    case "Type", "Sort":
      throw unsupported(token.text, at: token.range, detail: "universes are outside the native fragment")
    case "fun": return try parseLambda()
    case "by": return try parseByTerm()
    case "show": return try parseShow()
    case "if": return try parseIfThenElse()
    case "calc":
      advance()
      let steps = try parseCalcSteps()
      return Term(.calc(steps), range: range(from: token))
    default:
      throw unsupported(
        "term-mode '\(token.text)'", at: token.range,
        detail: "only tactic-mode '\(token.text)' is in the native fragment")
    }
  }

  /// A term that starts with a symbol.
  mutating func parseSymbolTerm() throws(ParseStop) -> Term {
    let token = current
    switch token.text {
    case "(": return try parseParenthesized()
    case "⟨": return try parseAnonymousConstructor()
    case "_":
      advance()
      return Term(.hole, range: token.range)
    case "?":
      advance()
      if accept("_") { return Term(.syntheticHole(nil), range: range(from: token)) }
      guard isName(current) else { throw failure(expected: "identifier or '_'") }
      let name = advance().text
      return Term(.syntheticHole(name), range: range(from: token))
    case "↑":
      advance()
      let operand = try parseTerm(Precedence.max)
      return Term(.coercion(operand), range: range(from: token))
    case "¬":
      advance()
      let operand = try parseTerm(Precedence.notOperand)
      return Term(.not(operand), range: range(from: token))
    case "-":
      advance()
      let operand = try parseTerm(Precedence.negation)
      return Term(.negation(operand), range: range(from: token))
    case "∀": return try parseForall()
    case "∃": return try parseExists()
    case "λ": return try parseLambda()
    case "@":
      advance()
      guard current.kind == .identifier else {
        throw unsupported("@ on a term", at: token.range, detail: "only `@name` is in the native fragment")
      }
      let name = current
      if let construct = OutsideFragment.construct(identifier: name.text) {
        throw unsupported(construct.name, at: name.range, detail: construct.detail)
      }
      advance()
      return Term(.explicitIdentifier(name.text), range: range(from: token))
    default:
      if let construct = OutsideFragment.leadingSymbols[token.text] {
        throw unsupported(construct.name, at: token.range, detail: construct.detail)
      }
      throw failure(expected: "term")
    }
  }

  /// One trailing construct applied to `lhs`, or nil when none applies in this context.
  mutating func parseTrailingTerm(
    _ lhs: Term, precedence: Int, context: Int, start: Token
  ) throws(ParseStop) -> (Term, Int)? {
    let token = current
    if token.kind == .symbol {
      if token.text == ".", !token.isPrecededBySpace {
        let field = peek()
        guard field.kind == .identifier || field.kind == .number, !field.isPrecededBySpace else { return nil }
        advance()
        advance()
        var projection = lhs
        for component in field.kind == .identifier ? Lexer.splitName(field.text) : [field.text] {
          projection = Term(.projection(projection, component), range: range(from: start))
        }
        return (projection, Precedence.max)
      }
      if token.text == "!" {
        advance()
        return (Term(.factorial(lhs), range: range(from: start)), Precedence.max)
      }
      if let operation = BinaryOperator(token: token.text) {
        if operation == .implies {
          guard context <= operation.precedence else { return nil }
        } else {
          guard operation.precedence >= context, precedence >= operation.leftPrecedence else { return nil }
        }
        advance()
        let rhs = try parseTerm(operation.rightPrecedence)
        return (Term(.binary(operation, lhs, rhs), range: range(from: start)), operation.precedence)
      }
      if let construct = OutsideFragment.trailingSymbols[token.text] {
        throw unsupported(construct.name, at: token.range, detail: construct.detail)
      }
    }
    guard Precedence.lead >= context, precedence >= Precedence.max, canStartArgument else { return nil }
    var arguments: [Term] = []
    while canStartArgument {
      arguments.append(try parseArgument())
    }
    return (Term.application(lhs, arguments, range: range(from: start)), Precedence.lead)
  }

  /// One application argument: a term at argument precedence (named arguments are outside the
  /// fragment).
  mutating func parseArgument() throws(ParseStop) -> Term {
    if at("("), isName(peek()), peek(2).isReserved(":=") {
      throw unsupported(
        "named argument", at: current.range, detail: "`(x := e)` arguments are outside the native fragment")
    }
    return try parseTerm(Precedence.argument)
  }

  /// `(e)`, `(e : T)`; a dependent arrow `(x : T) → P`, a tuple and `()` are outside the fragment.
  mutating func parseParenthesized() throws(ParseStop) -> Term {
    let open = advance()
    if at(")") {
      throw unsupported("()", at: open.range, detail: "the unit value is outside the native fragment")
    }
    let (inner, type) = try withPosition(nil) { parser throws(ParseStop) -> (Term, Term?) in
      let inner = try parser.parseTerm()
      if parser.accept(")") { return (inner, nil) }
      if parser.at(":") {
        let colon = parser.advance()
        if parser.at(")") {
          throw parser.unsupported(
            "(e :)", at: colon.range, detail: "ascriptions without a type are outside the native fragment")
        }
        let type = try parser.parseTerm()
        try parser.expect(")")
        return (inner, type)
      }
      if parser.at(",") {
        throw parser.unsupported("tuple", at: parser.current.range, detail: "pairs are outside the native fragment")
      }
      throw parser.failure(expected: "')'")
    }
    guard let type else { return Term(inner.kind, range: range(from: open)) }
    if at("→") || at("->"), isBinderLike(inner) {
      throw unsupported(
        "dependent arrow", at: open.range, detail: "`(x : T) → P` binds a variable; write `∀ x : T, P`")
    }
    return Term(.ascription(inner, type), range: range(from: open))
  }

  /// True for `x`, `_` or `x y`: what Lean reads as binder names before `: T) →`.
  func isBinderLike(_ term: Term) -> Bool {
    switch term.kind {
    case .identifier, .hole: true
    case .application(let function, let arguments): ([function] + arguments).allSatisfy(isBinderLike)
    default: false
    }
  }

  /// `⟨a, b, c⟩`.
  mutating func parseAnonymousConstructor() throws(ParseStop) -> Term {
    let open = advance()
    var elements: [Term] = []
    if !at("⟩") {
      repeat {
        elements.append(try parseTerm())
      } while accept(",")
    }
    try expect("⟩")
    return Term(.anonymousConstructor(elements), range: range(from: open))
  }

  /// `show T from e` or `show T by tactics`.
  mutating func parseShow() throws(ParseStop) -> Term {
    let keyword = advance()
    let type = try parseTerm()
    if accept("from") {
      let value = try parseTerm()
      return Term(.showFrom(type, value), range: range(from: keyword))
    }
    guard at("by") else { throw failure(expected: "'from' or 'by'") }
    let block = try parseIndentedBlock(after: advance())
    return Term(.showBy(type, block), range: range(from: keyword))
  }

  /// `by tactics`.
  mutating func parseByTerm() throws(ParseStop) -> Term {
    let keyword = advance()
    let block = try parseIndentedBlock(after: keyword)
    return Term(.by(block), range: range(from: keyword))
  }

  /// `if c then a else b`, `if h : c then a else b`.
  mutating func parseIfThenElse() throws(ParseStop) -> Term {
    let keyword = advance()
    if at("let") {
      throw unsupported("if let", at: current.range, detail: "pattern matching is outside the native fragment")
    }
    var hypothesis: String?
    if isName(current) || at("_"), peek().isReserved(":") {
      hypothesis = advance().text
      advance()
    }
    let condition = try parseTerm()
    try expect("then")
    let thenBranch = try parseTerm()
    try expect("else")
    let elseBranch = try parseTerm()
    return Term(
      .ifThenElse(hypothesis: hypothesis, condition: condition, then: thenBranch, else: elseBranch),
      range: range(from: keyword))
  }

  /// `calc` steps (after the keyword): a first step, then steps each on its own line, aligned at
  /// or to the right of the first of them.
  mutating func parseCalcSteps() throws(ParseStop) -> [CalcStep] {
    let firstToken = current
    guard leadingPrecedence() != nil else { throw failure(expected: "term") }
    let first = try withPosition(firstToken.column) { parser throws(ParseStop) -> CalcStep in
      let relation = try parser.parseTerm()
      let proof = parser.accept(":=") ? try parser.parseTerm() : nil
      return CalcStep(relation: relation, proof: proof, range: parser.range(from: firstToken))
    }
    var steps = [first]
    guard current.isFirstOnLine, current.kind != .endOfFile else { return steps }
    let column = current.column
    try withPosition(column) { parser throws(ParseStop) in
      while parser.current.isFirstOnLine, parser.current.column >= column, parser.leadingPrecedence() != nil {
        let stepToken = parser.current
        let relation = try parser.parseTerm()
        try parser.expect(":=")
        let proof = try parser.parseTerm()
        steps.append(CalcStep(relation: relation, proof: proof, range: parser.range(from: stepToken)))
      }
    }
    return steps
  }

  // MARK: - Literals

  /// The decimal digits of a natural literal (`0x1F`, `0b101`, `0o17` or decimal), without
  /// leading zeros and of any size.
  static func decimalDigits(of literal: String) -> String {
    let scalars = Array(literal.unicodeScalars)
    var base = 10
    var digits = scalars[...]
    if scalars.count > 2, scalars[0] == "0" {
      switch scalars[1] {
      case "x", "X": base = 16
      case "b", "B": base = 2
      case "o", "O": base = 8
      default: break
      }
      if base != 10 { digits = scalars[2...] }
    }
    // Little-endian base-10⁹ limbs.
    var limbs: [UInt64] = [0]
    let limbBase: UInt64 = 1_000_000_000
    for scalar in digits {
      guard let value = UInt64(String(scalar), radix: base) else { continue }
      var carry = value
      for position in limbs.indices {
        let product = limbs[position] * UInt64(base) + carry
        limbs[position] = product % limbBase
        carry = product / limbBase
      }
      if carry > 0 { limbs.append(carry) }
    }
    var text = String(limbs[limbs.count - 1])
    for limb in limbs.dropLast().reversed() {
      let part = String(limb)
      text += String(repeating: "0", count: 9 - part.count) + part
    }
    return text
  }
}
