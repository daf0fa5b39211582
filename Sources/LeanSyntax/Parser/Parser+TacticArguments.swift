import ProverCore

extension Parser {
  /// ` at *` or ` at h₁ h₂ ⊢` (hypotheses to the right of `at`), if present.
  mutating func parseLocation() throws(ParseStop) -> Location? {
    guard at("at") else { return nil }
    let keyword = advance()
    return try withPosition(keyword.column) { parser throws(ParseStop) -> Location in
      if parser.accept("*") { return .wildcard }
      var names: [String] = []
      var goal = false
      while true {
        if parser.accept("⊢") {
          goal = true
          break
        }
        if parser.at("|"), parser.peek().isReserved("-"), !parser.peek().isPrecededBySpace {
          parser.advance()
          parser.advance()
          goal = true
          break
        }
        guard parser.isName(parser.current), parser.isIndented(parser.current) else { break }
        names.append(parser.advance().text)
      }
      guard !names.isEmpty || goal else { throw parser.failure(expected: "'*', '⊢' or hypothesis") }
      return .hypotheses(names, goal: goal)
    }
  }

  /// `rw [rules] at l` or `rewrite [rules] at l`.
  mutating func parseRewrite(_ name: String) throws(ParseStop) -> Tactic.Kind {
    advance()
    try rejectConfiguration(of: name)
    try expect("[")
    let rules = try withPosition(nil) { parser throws(ParseStop) -> [RewriteRule] in
      var rules: [RewriteRule] = []
      while !parser.at("]") {
        let reversed = parser.accept("←") || parser.accept("<-")
        rules.append(RewriteRule(try parser.parseTerm(), reversed: reversed))
        guard parser.accept(",") else { break }
      }
      return rules
    }
    try expect("]")
    return .rewrite(rules: rules, location: try parseLocation(), rewriteOnly: name == "rewrite")
  }

  /// `simp only [args] at l` and the other simp-like tactics.
  mutating func parseSimp(_ variant: SimpCall.Variant) throws(ParseStop) -> SimpCall {
    advance()
    try rejectConfiguration(of: variant.rawValue)
    var call = SimpCall(variant)
    if variant.acceptsOnly, atWord("only") {
      advance()
      call.only = true
    }
    if accept("[") {
      call.arguments = try withPosition(nil) { parser throws(ParseStop) -> [SimpArgument] in
        var arguments: [SimpArgument] = []
        while !parser.at("]") {
          arguments.append(try parser.parseSimpArgument(variant))
          guard parser.accept(",") else { break }
        }
        return arguments
      }
      try expect("]")
    }
    if variant.acceptsLocation { call.location = try parseLocation() }
    return call
  }

  /// One simp argument: `*`, `-name`, `← lemma` or `lemma`.
  mutating func parseSimpArgument(_ variant: SimpCall.Variant) throws(ParseStop) -> SimpArgument {
    if at("*"), variant != .simpAll {
      advance()
      return .allHypotheses
    }
    if accept("-") { return .erase(try parseTerm(Precedence.max)) }
    if at("↑") {
      throw unsupported(
        "simp lemma modifier", at: current.range, detail: "`↑`/`↓` lemmas are outside the native fragment")
    }
    let reversed = accept("←") || accept("<-")
    return .lemma(try parseTerm(), reversed: reversed)
  }

  /// `linarith only [facts]`, `nlinarith [facts]`.
  mutating func parseLinarith(nonlinear: Bool) throws(ParseStop) -> LinarithCall {
    advance()
    try rejectConfiguration(of: nonlinear ? "nlinarith" : "linarith")
    var call = LinarithCall(nonlinear: nonlinear)
    if atWord("only") {
      advance()
      call.only = true
    }
    if accept("[") {
      call.facts = try withPosition(nil) { parser throws(ParseStop) -> [Term] in
        var facts: [Term] = []
        while !parser.at("]") {
          facts.append(try parser.parseTerm())
          guard parser.accept(",") else { break }
        }
        return facts
      }
      try expect("]")
    }
    return call
  }

  /// `rcases e with pattern`.
  mutating func parseRcases() throws(ParseStop) -> Tactic.Kind {
    advance()
    if isName(current), peek().isReserved(":") {
      throw unsupported("rcases h : e", at: current.range, detail: "name the equation with `obtain` or `cases h : e`")
    }
    let target = try parseTerm()
    if at(",") {
      throw unsupported("rcases with several targets", at: current.range, detail: "destructure one target at a time")
    }
    let pattern = accept("with") ? try parsePatternLo() : nil
    return .rcases(target: target, pattern: pattern)
  }

  /// `obtain pattern (: T)? (:= e)?`.
  mutating func parseObtain() throws(ParseStop) -> Tactic.Kind {
    advance()
    let pattern = canStartPattern ? try parsePatternMed() : nil
    let type = accept(":") ? try parseTerm() : nil
    let value = accept(":=") ? try parseTerm() : nil
    if at(",") {
      throw unsupported("obtain with several values", at: current.range, detail: "destructure one value at a time")
    }
    guard pattern != nil || type != nil || value != nil else { throw failure(expected: "pattern") }
    return .obtain(pattern: pattern, type: type, value: value)
  }

  // MARK: - rcases patterns

  var canStartPattern: Bool { isName(current) || ["_", "-", "⟨", "(", "@"].contains { at($0) } }

  /// `rcasesPatLo`: alternatives, optionally with a type.
  mutating func parsePatternLo() throws(ParseStop) -> RCasesPattern {
    let start = current
    let pattern = try parsePatternMed()
    guard accept(":") else { return pattern }
    let type = try parseTerm()
    return RCasesPattern(.typed(pattern, type), range: range(from: start))
  }

  /// `rcasesPatMed`: one or more patterns separated by `|`.
  mutating func parsePatternMed() throws(ParseStop) -> RCasesPattern {
    let start = current
    let first = try parsePatternAtom()
    guard at("|") else { return first }
    var alternatives = [first]
    while accept("|") { alternatives.append(try parsePatternAtom()) }
    return RCasesPattern(.alternatives(alternatives), range: range(from: start))
  }

  /// `rcasesPat`: a name, `_`, `-`, `⟨patterns⟩` or `(pattern)`.
  mutating func parsePatternAtom() throws(ParseStop) -> RCasesPattern {
    try enterNesting()
    defer { depth -= 1 }
    let token = current
    if isName(token) {
      advance()
      return RCasesPattern(.name(token.text), range: token.range)
    }
    guard token.kind == .symbol else { throw failure(expected: "pattern") }
    switch token.text {
    case "_":
      advance()
      return RCasesPattern(.hole, range: token.range)
    case "-":
      advance()
      return RCasesPattern(.clear, range: token.range)
    case "⟨":
      advance()
      let elements = try withPosition(nil) { parser throws(ParseStop) -> [RCasesPattern] in
        var elements: [RCasesPattern] = []
        while !parser.at("⟩") {
          elements.append(try parser.parsePatternLo())
          guard parser.accept(",") else { break }
        }
        return elements
      }
      try expect("⟩")
      return RCasesPattern(.tuple(elements), range: range(from: token))
    case "(":
      advance()
      let inner = try withPosition(nil) { parser throws(ParseStop) in try parser.parsePatternLo() }
      try expect(")")
      return RCasesPattern(inner.kind, range: range(from: token))
    case "@":
      throw unsupported("@ pattern", at: token.range, detail: "explicit patterns are outside the native fragment")
    default:
      throw failure(expected: "pattern")
    }
  }

  /// `rintroPat`: a pattern, where `(p : T)` and `(p | q)` group one pattern.
  mutating func parseRintroPattern() throws(ParseStop) -> RCasesPattern {
    guard at("(") else { return try parsePatternAtom() }
    let open = advance()
    let inner = try withPosition(nil) { parser throws(ParseStop) -> RCasesPattern in
      let inner = try parser.parsePatternLo()
      if !parser.at(")"), parser.canStartPattern {
        throw parser.unsupported(
          "rintro binder group", at: parser.current.range, detail: "write one pattern per parenthesis")
      }
      return inner
    }
    try expect(")")
    return RCasesPattern(inner.kind, range: range(from: open))
  }
}

extension Parser {
  /// `interval_cases (h :)? e? (using hl, hu)?` (Mathlib).
  mutating func parseIntervalCases() throws(ParseStop) -> Tactic.Kind {
    advance()
    var name: String?
    if atBinderName, isIndented(current), peek().isReserved(":") {
      name = advance().text
      advance()
    }
    var target: Term?
    if isIndented(current), !at("using"), leadingPrecedence() != nil, !current.isFirstOnLine {
      target = try parseTerm()
    }
    var bounds: [Term] = []
    if at("using") {
      advance()
      bounds.append(try parseTerm())
      try expect(",")
      bounds.append(try parseTerm())
    }
    if name != nil, target == nil { throw failure(expected: "term") }
    return .intervalCases(name: name, target: target, bounds: bounds)
  }
}
