import ProverCore

extension Parser {
  /// Keywords that start a tactic in Lean; those the fragment lacks are reported as unsupported.
  static let tacticKeywords: Set<String> = [
    "have", "show", "calc", "obtain", "sorry", "let", "suffices", "match", "if", "open", "set_option",
  ]

  /// The names of the fragment's tactics that are identifiers.
  static let fragmentTacticNames: Set<String> = Set(
    AtomicTactic.allCases.map(\.rawValue) + LocatedTactic.allCases.map(\.rawValue)
      + SimpCall.Variant.allCases.map(\.rawValue) + TacticCombinator.allCases.map(\.rawValue) + [
        "intro", "intros", "rintro", "exact", "apply", "refine", "exact_mod_cast", "specialize", "use", "exists",
        "cases", "induction", "rcases", "rw", "rewrite", "linarith", "nlinarith", "by_contra", "by_cases", "subst",
        "unfold", "first", "case", "next", "interval_cases",
      ])

  /// True when a tactic can start at `token`.
  func canStartTactic(_ token: Token) -> Bool {
    switch token.kind {
    case .identifier: isName(token)
    case .keyword: Parser.tacticKeywords.contains(token.text)
    case .symbol: ["·", ".", "(", "{"].contains(token.text)
    default: false
    }
  }

  /// Lean's `tacticSeq1Indented`: tactics separated by `;` or by line breaks at the column of the
  /// first tactic (a token to the left of that column ends the block).
  mutating func parseTacticSequence() throws(ParseStop) -> TacticBlock {
    let start = current
    guard canStartTactic(start) else { throw failure(expected: "tactic") }
    let column = start.column
    return try withPosition(column) { parser throws(ParseStop) -> TacticBlock in
      var tactics: [Tactic] = []
      while true {
        tactics.append(try parser.parseTactic())
        if parser.accept(";") {
          if parser.canStartTactic(parser.current), parser.current.column >= column { continue }
          break
        }
        if parser.current.isFirstOnLine, parser.current.column == column, parser.canStartTactic(parser.current) {
          continue
        }
        break
      }
      return TacticBlock(tactics, range: parser.range(from: start))
    }
  }

  /// Lean's `tacticSeqIndentGt` (after `by` and `·`): a tactic sequence that starts to the right
  /// of the saved position.
  mutating func parseIndentedTacticSequence() throws(ParseStop) -> TacticBlock {
    if at("{") {
      throw unsupported("tactic block in braces", at: current.range, detail: "write the tactics indented, one per line")
    }
    guard isIndented(current), canStartTactic(current) else { throw failure(expected: "indented tactic sequence") }
    return try parseTacticSequence()
  }

  /// The block after `by` or `·` (Lean's `tacticSeqIndentGt`). When its first token is not to the
  /// right of the saved position, or the input ends, Lean's parser gives the keyword an empty block
  /// rather than an error, and leaves the token to what follows: the enclosing tactic block, or the
  /// next command. The goals are then unsolved there, so an empty block's range is the keyword's,
  /// where Lean reports them.
  mutating func parseIndentedBlock(after keyword: Token) throws(ParseStop) -> TacticBlock {
    if current.kind == .endOfFile || (!at("{") && !isIndented(current)) {
      return TacticBlock([], range: keyword.range)
    }
    return try parseIndentedTacticSequence()
  }

  /// A tactic followed by any number of `<;> tactic` (left-associative).
  mutating func parseTactic() throws(ParseStop) -> Tactic {
    try enterNesting()
    defer { depth -= 1 }
    let start = current
    var tactic = try parseTacticAtom()
    var chain = 0
    while at("<;>") {
      advance()
      let next = try parseTacticAtom()
      tactic = Tactic(.andThen(tactic, next), range: range(from: start))
      chain += 1
      if depth + chain > Parser.maximumDepth {
        throw ParseStop(diagnostic: .unsupported("nesting too deep", at: location(of: current.range)))
      }
    }
    return tactic
  }

  /// One tactic without `<;>`.
  mutating func parseTacticAtom() throws(ParseStop) -> Tactic {
    let token = current
    let kind: Tactic.Kind
    switch token.kind {
    case .symbol:
      switch token.text {
      case "·", ".":
        kind = .focusDot(try parseIndentedBlock(after: advance()))
      case "(":
        return try parseParenthesizedTactics()
      case "{":
        throw unsupported("tactic block in braces", at: token.range, detail: "write the tactics indented, one per line")
      default:
        throw failure(expected: "tactic")
      }
    case .keyword:
      kind = try parseKeywordTactic()
    case .identifier where isName(token):
      kind = try parseNamedTactic()
    default:
      throw failure(expected: "tactic")
    }
    return Tactic(kind, range: range(from: token))
  }

  /// `(tactics)`: one tactic in parentheses is that tactic.
  mutating func parseParenthesizedTactics() throws(ParseStop) -> Tactic {
    let open = advance()
    let block = try withPosition(nil) { parser throws(ParseStop) in try parser.parseTacticSequence() }
    try expect(")")
    if block.tactics.count == 1 { return Tactic(block.tactics[0].kind, range: range(from: open)) }
    return Tactic(.parenthesized(block), range: range(from: open))
  }

  /// Tactics that start with a keyword: `have`, `show`, `calc`, `obtain`, `sorry`.
  mutating func parseKeywordTactic() throws(ParseStop) -> Tactic.Kind {
    let token = current
    switch token.text {
    case "have": return try parseHave()
    case "show":
      advance()
      return .show(try parseTerm())
    case "calc":
      advance()
      return .calc(try parseCalcSteps())
    case "obtain": return try parseObtain()
    case "sorry":
      advance()
      return .atomic(.sorry)
    default:
      guard Parser.tacticKeywords.contains(token.text) else { throw failure(expected: "tactic") }
      throw unsupported("tactic '\(token.text)'", at: token.range)
    }
  }

  /// Tactics named by an identifier.
  mutating func parseNamedTactic() throws(ParseStop) -> Tactic.Kind {
    let token = current
    let name = token.text
    if let atomic = AtomicTactic(rawValue: name) {
      advance()
      try rejectConfiguration(of: name)
      return .atomic(atomic)
    }
    if let located = LocatedTactic(rawValue: name) {
      advance()
      try rejectConfiguration(of: name)
      return .located(located, try parseLocation())
    }
    if let variant = SimpCall.Variant(rawValue: name) { return .simp(try parseSimp(variant)) }
    if let combinator = TacticCombinator(rawValue: name) {
      advance()
      return .combinator(combinator, try parseTacticSequence())
    }
    switch name {
    case "intro": return try parseIntro()
    case "intros":
      advance()
      var names: [String] = []
      while atBinderName, isIndented(current) { names.append(advance().text) }
      return .intros(names)
    case "rintro": return try parseRintro()
    case "exact", "apply", "refine", "exact_mod_cast", "specialize": return try parseTermTactic(name)
    case "use", "exists":
      advance()
      try rejectConfiguration(of: name)
      var terms: [Term] = []
      repeat {
        terms.append(try parseTerm())
      } while accept(",")
      return name == "use" ? .use(terms) : .exists(terms)
    case "cases": return try parseCases()
    case "induction": return try parseInduction()
    case "rcases": return try parseRcases()
    case "rw", "rewrite": return try parseRewrite(name)
    case "linarith", "nlinarith": return .linarith(try parseLinarith(nonlinear: name == "nlinarith"))
    case "by_contra":
      advance()
      var hypothesis: String?
      if atBinderName, isIndented(current), !current.isFirstOnLine { hypothesis = advance().text }
      if at(":") {
        throw unsupported(
          "by_contra with a type", at: current.range, detail: "write `by_contra h` and state the type with `have`")
      }
      return .byContra(hypothesis)
    case "by_cases":
      advance()
      var hypothesis: String?
      if atBinderName, peek().isReserved(":") {
        hypothesis = advance().text
        advance()
      }
      return .byCases(name: hypothesis, proposition: try parseTerm())
    case "subst":
      advance()
      var terms: [Term] = []
      while isIndented(current), let precedence = leadingPrecedence(), precedence >= Precedence.max {
        terms.append(try parseTerm(Precedence.max))
      }
      guard !terms.isEmpty else { throw failure(expected: "term") }
      return .subst(terms)
    case "unfold":
      advance()
      var names: [String] = []
      while isName(current), isIndented(current) {
        let nameToken = advance()
        if let construct = OutsideFragment.construct(identifier: nameToken.text) {
          throw unsupported(construct.name, at: nameToken.range, detail: construct.detail)
        }
        names.append(nameToken.text)
      }
      guard !names.isEmpty else { throw failure(expected: "identifier") }
      return .unfold(names, try parseLocation())
    case "first": return try parseFirst()
    case "case", "next": return try parseCase(name)
    case "interval_cases": return try parseIntervalCases()
    default:
      throw unsupported("tactic '\(name)'", at: token.range)
    }
  }

  /// `exact e`, `apply e`, `refine e`, `exact_mod_cast e`, `specialize e`.
  mutating func parseTermTactic(_ name: String) throws(ParseStop) -> Tactic.Kind {
    advance()
    let term = try parseTerm()
    switch name {
    case "exact": return .exact(term)
    case "apply":
      if at("at") {
        throw unsupported(
          "apply … at", at: current.range, detail: "forward reasoning with `apply … at` is outside the native fragment")
      }
      return .apply(term)
    case "refine": return .refine(term)
    case "exact_mod_cast": return .exactModCast(term)
    default: return .specialize(term)
    }
  }

  /// `intro x ⟨a, b⟩ _`: patterns made of names, `_` and anonymous constructors.
  mutating func parseIntro() throws(ParseStop) -> Tactic.Kind {
    advance()
    if at("|") {
      throw unsupported(
        "intro with match alternatives", at: current.range, detail: "pattern matching is outside the native fragment")
    }
    var patterns: [Term] = []
    while isIndented(current), let precedence = leadingPrecedence(), precedence >= Precedence.max {
      let pattern = try parseTerm(Precedence.max)
      guard isIntroPattern(pattern) else {
        throw unsupported("intro pattern", at: pattern.range, detail: "intro takes names, `_` and `⟨…⟩` patterns")
      }
      patterns.append(pattern)
    }
    return .intro(patterns)
  }

  func isIntroPattern(_ term: Term) -> Bool {
    switch term.kind {
    case .identifier, .hole: true
    case .anonymousConstructor(let elements): elements.allSatisfy(isIntroPattern)
    case .ascription(let pattern, _): isIntroPattern(pattern)
    default: false
    }
  }

  /// `rintro patterns (: T)?`.
  mutating func parseRintro() throws(ParseStop) -> Tactic.Kind {
    advance()
    var patterns: [RCasesPattern] = []
    while isIndented(current), canStartPattern {
      patterns.append(try parseRintroPattern())
    }
    guard !patterns.isEmpty else { throw failure(expected: "pattern") }
    let type = accept(":") ? try parseTerm() : nil
    return .rintro(patterns, type: type)
  }

  /// `cases h`, `cases h : e`, with optional alternatives.
  mutating func parseCases() throws(ParseStop) -> Tactic.Kind {
    advance()
    var hypothesis: String?
    if isName(current), peek().isReserved(":") {
      hypothesis = advance().text
      advance()
    }
    let target = try parseTerm()
    if at(",") {
      throw unsupported("cases with several targets", at: current.range, detail: "split one target at a time")
    }
    if at("using") {
      throw unsupported(
        "cases … using", at: current.range, detail: "custom eliminators are outside the native fragment")
    }
    return .cases(name: hypothesis, target: target, alternatives: try parseInductionAlternatives())
  }

  /// `induction n (generalizing m)? (with alternatives)?`.
  mutating func parseInduction() throws(ParseStop) -> Tactic.Kind {
    advance()
    let target = try parseTerm()
    if at(",") {
      throw unsupported("induction with several targets", at: current.range, detail: "induct on one target at a time")
    }
    if at("using") {
      throw unsupported(
        "induction … using", at: current.range, detail: "custom induction principles are outside the native fragment")
    }
    var generalizing: [String] = []
    if atWord("generalizing") {
      advance()
      while isName(current), isIndented(current) { generalizing.append(advance().text) }
      guard !generalizing.isEmpty else { throw failure(expected: "identifier") }
    }
    return .induction(target: target, generalizing: generalizing, alternatives: try parseInductionAlternatives())
  }

  /// ` with | c x y => tactics …`: alternatives aligned at or to the right of the first `|`.
  mutating func parseInductionAlternatives() throws(ParseStop) -> [InductionAlternative] {
    guard accept("with") else { return [] }
    guard at("|") else {
      if Parser.fragmentTacticNames.contains(current.text) || Parser.tacticKeywords.contains(current.text),
        !current.isFirstOnLine
      {
        throw unsupported(
          "tactic after 'with'", at: current.range, detail: "write the tactic inside each alternative")
      }
      throw failure(expected: "'|'")
    }
    let column = current.column
    return try withPosition(column) { parser throws(ParseStop) -> [InductionAlternative] in
      var alternatives: [InductionAlternative] = []
      while parser.at("|"), parser.current.column >= column {
        let bar = parser.advance()
        if parser.at("@") {
          throw parser.unsupported(
            "@ in an alternative", at: parser.current.range, detail: "name the constructor without @")
        }
        guard parser.atBinderName else { throw parser.failure(expected: "constructor name") }
        let constructor = parser.advance().text
        var names: [String] = []
        while parser.atBinderName { names.append(parser.advance().text) }
        if parser.at("|") {
          throw parser.unsupported(
            "alternative with several patterns", at: parser.current.range,
            detail: "write one alternative per constructor")
        }
        try parser.expect("=>")
        if parser.at("_") || parser.at("?") {
          throw parser.unsupported(
            "hole as an alternative", at: parser.current.range, detail: "give the tactics of the alternative")
        }
        let body = try parser.parseTacticSequence()
        alternatives.append(
          InductionAlternative(constructor: constructor, names: names, body: body, range: parser.range(from: bar)))
      }
      return alternatives
    }
  }

  /// `first | tactics | tactics …`.
  mutating func parseFirst() throws(ParseStop) -> Tactic.Kind {
    advance()
    guard at("|") else { throw failure(expected: "'|'") }
    let column = current.column
    return try withPosition(column) { parser throws(ParseStop) -> Tactic.Kind in
      var alternatives: [TacticBlock] = []
      while parser.at("|"), parser.current.column >= column {
        parser.advance()
        alternatives.append(try parser.parseTacticSequence())
      }
      return .first(alternatives)
    }
  }

  /// `case tag x y => tactics` or `next x y => tactics`.
  mutating func parseCase(_ name: String) throws(ParseStop) -> Tactic.Kind {
    advance()
    var tag = ""
    if name == "case" {
      guard atBinderName else { throw failure(expected: "case tag") }
      tag = advance().text
    }
    var names: [String] = []
    while atBinderName { names.append(advance().text) }
    if at("|") {
      throw unsupported("case with several tags", at: current.range, detail: "write one `case` per tag")
    }
    try expect("=>")
    let body = try parseTacticSequence()
    return name == "case" ? .namedCase(tag: tag, names: names, body: body) : .next(names, body)
  }

  /// `have h : T := e`, `have h := e`, `have : T := e`, or `have h : T` (a new goal).
  mutating func parseHave() throws(ParseStop) -> Tactic.Kind {
    advance()
    if at("⟨") || at("(") {
      throw unsupported("have with a pattern", at: current.range, detail: "use `obtain` to destructure")
    }
    let name = isName(current) ? advance().text : nil
    if name != nil, atBinderName || at("(") || at("{") || at("[") {
      throw unsupported("have with binders", at: current.range, detail: "state the hypothesis with `∀`")
    }
    let type = accept(":") ? try parseTerm() : nil
    let value = accept(":=") ? try parseTerm() : nil
    if at("|") {
      throw unsupported(
        "have with match alternatives", at: current.range, detail: "pattern matching is outside the native fragment")
    }
    guard type != nil || value != nil else { throw failure(expected: "':' or ':='") }
    return .have(name: name, type: type, value: value)
  }

  /// A configuration argument (`(config := …)`, `+option`), which the fragment does not take.
  mutating func rejectConfiguration(of name: String) throws(ParseStop) {
    guard !current.isFirstOnLine else { return }
    let configurationWords: Set<String> = ["config", "discharger", "disch"]
    if at("("), peek().kind == .identifier, configurationWords.contains(peek().text), peek(2).isReserved(":=") {
      throw unsupported(
        "tactic configuration", at: current.range, detail: "options of '\(name)' are outside the native fragment")
    }
    if at("+") || at("-"), peek().kind == .identifier, !peek().isPrecededBySpace {
      throw unsupported(
        "tactic configuration", at: current.range, detail: "options of '\(name)' are outside the native fragment")
    }
  }
}
