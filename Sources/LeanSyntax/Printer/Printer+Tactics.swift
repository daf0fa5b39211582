extension Printer {
  /// The tactics of a block, one per line at column `indent` (the first line is not indented).
  static func block(_ block: TacticBlock, indent: Int) -> String {
    block.tactics.map { tactic($0, indent: indent, thenFollows: false) }.joined(separator: "\n" + spaces(indent))
  }

  /// The block on one line, when it is a single tactic that prints on one line.
  static func inline(_ block: TacticBlock, indent: Int) -> String? {
    guard block.tactics.count == 1 else { return nil }
    let text = tactic(block.tactics[0], indent: indent, thenFollows: false)
    return text.contains("\n") ? nil : text
  }

  /// A nested block after a header (`try`, `case t =>`, `| c =>`): on the header's line when it is
  /// one short tactic, else on the following lines two columns right of `indent`.
  static func nested(_ block: TacticBlock, indent: Int) -> String {
    if let line = inline(block, indent: indent + 2) { return " " + line }
    return "\n" + spaces(indent + 2) + Printer.block(block, indent: indent + 2)
  }

  /// True when the printed tactic ends with a tactic sequence, which would swallow a following
  /// `<;>`.
  static func endsWithTacticSequence(_ tactic: Tactic) -> Bool {
    switch tactic.kind {
    case .focusDot, .first, .combinator, .namedCase, .next: true
    case .cases(_, _, let alternatives), .induction(_, _, let alternatives): !alternatives.isEmpty
    case .andThen(_, let next): endsWithTacticSequence(next)
    default: false
    }
  }

  /// One tactic whose first line starts at column `indent`; `thenFollows` when `<;>` comes next.
  static func tactic(_ tactic: Tactic, indent: Int, thenFollows: Bool) -> String {
    let follow: Follow = thenFollows ? .separator : .end
    func term(_ term: Term, _ follow: Follow = follow) -> String { Printer.term(term, 0, follow, indent: indent) }
    switch tactic.kind {
    case .atomic(let atomic):
      return atomic.rawValue
    case .located(let located, let place):
      return located.rawValue + location(place)
    case .intro(let patterns):
      return (["intro"] + patterns.map { Printer.term($0, Precedence.max, .separator, indent: indent) })
        .joined(separator: " ")
    case .intros(let names):
      return (["intros"] + names).joined(separator: " ")
    case .rintro(let patterns, let type):
      return "rintro " + patterns.map { pattern($0, .atom) }.joined(separator: " ")
        + (type.map { " : " + term($0) } ?? "")
    case .exact(let value): return "exact " + term(value)
    case .apply(let value): return "apply " + term(value)
    case .refine(let value): return "refine " + term(value)
    case .exactModCast(let value): return "exact_mod_cast " + term(value)
    case .specialize(let value): return "specialize " + term(value)
    case .show(let type): return "show " + term(type)
    case .use(let values): return "use " + list(values, follow, indent: indent)
    case .exists(let values): return "exists " + list(values, follow, indent: indent)
    case .cases(let name, let target, let alternatives):
      return "cases " + (name.map { $0 + " : " } ?? "") + term(target, alternatives.isEmpty ? follow : .separator)
        + self.alternatives(alternatives, indent: indent)
    case .induction(let target, let generalizing, let alternatives):
      let targetFollow: Follow = generalizing.isEmpty && alternatives.isEmpty ? follow : .separator
      return "induction " + term(target, targetFollow)
        + (generalizing.isEmpty ? "" : " generalizing " + generalizing.joined(separator: " "))
        + self.alternatives(alternatives, indent: indent)
    case .rcases(let target, let pattern):
      return "rcases " + term(target, pattern == nil ? follow : .separator)
        + (pattern.map { " with " + self.pattern($0, .low) } ?? "")
    case .obtain(let pattern, let type, let value):
      return "obtain" + (pattern.map { " " + self.pattern($0, .medium) } ?? "")
        + (type.map { " : " + term($0, value == nil ? follow : .separator) } ?? "")
        + (value.map { " := " + term($0) } ?? "")
    case .rewrite(let rules, let place, let rewriteOnly):
      let text = rules.enumerated().map { position, rule in
        (rule.reversed ? "← " : "") + term(rule.equation, position == rules.count - 1 ? .end : .separator)
      }
      return (rewriteOnly ? "rewrite" : "rw") + " [" + text.joined(separator: ", ") + "]" + location(place)
    case .simp(let call):
      let arguments = call.arguments.enumerated().map { position, argument in
        simpArgument(argument, position == call.arguments.count - 1 ? .end : .separator, indent: indent)
      }
      return call.variant.rawValue + (call.only ? " only" : "")
        + (arguments.isEmpty ? "" : " [" + arguments.joined(separator: ", ") + "]") + location(call.location)
    case .linarith(let call):
      return call.name + (call.only ? " only" : "")
        + (call.facts.isEmpty ? "" : " [" + list(call.facts, .end, indent: indent) + "]")
    case .byContra(let name):
      return "by_contra" + (name.map { " " + $0 } ?? "")
    case .byCases(let name, let proposition):
      return "by_cases " + (name.map { $0 + " : " } ?? "") + term(proposition)
    case .have(let name, let type, let value):
      return "have" + (name.map { " " + $0 } ?? "")
        + (type.map { " : " + term($0, value == nil ? follow : .separator) } ?? "")
        + (value.map { " := " + term($0) } ?? "")
    case .subst(let values):
      return (["subst"] + values.map { Printer.term($0, Precedence.max, .separator, indent: indent) })
        .joined(separator: " ")
    case .unfold(let names, let place):
      return (["unfold"] + names).joined(separator: " ") + location(place)
    case .calc(let steps):
      return "calc" + calcSteps(steps, last: follow, indent: indent)
    case .intervalCases(let name, let target, let bounds):
      return "interval_cases" + (name.map { " " + $0 + " :" } ?? "") + (target.map { " " + term($0, .separator) } ?? "")
        + (bounds.isEmpty ? "" : " using " + bounds.map { term($0, .separator) }.joined(separator: ", "))
    case .andThen(let first, let next):
      let left =
        endsWithTacticSequence(first)
        ? "(" + self.tactic(first, indent: indent + 1, thenFollows: false) + ")"
        : self.tactic(first, indent: indent, thenFollows: true)
      let right: String
      if case .andThen = next.kind {
        right = "(" + self.tactic(next, indent: indent + 1, thenFollows: false) + ")"
      } else if thenFollows, endsWithTacticSequence(next) {
        right = "(" + self.tactic(next, indent: indent + 1, thenFollows: false) + ")"
      } else {
        right = self.tactic(next, indent: indent, thenFollows: thenFollows)
      }
      return left + " <;> " + right
    case .focusDot(let body):
      return body.tactics.isEmpty ? "·" : "· " + block(body, indent: indent + 2)
    case .first(let alternatives):
      let lines = alternatives.map { inline($0, indent: indent) }
      if lines.allSatisfy({ $0 != nil }) {
        return "first" + lines.map { " | " + ($0 ?? "") }.joined()
      }
      return "first"
        + alternatives.map { "\n" + spaces(indent + 2) + "| " + block($0, indent: indent + 4) }.joined()
    case .combinator(let combinator, let body):
      return combinator.rawValue + nested(body, indent: indent)
    case .namedCase(let tag, let names, let body):
      return (["case", tag] + names).joined(separator: " ") + " =>" + nested(body, indent: indent)
    case .next(let names, let body):
      return (["next"] + names).joined(separator: " ") + " =>" + nested(body, indent: indent)
    case .parenthesized(let body):
      // The block's column is the column after `(`, which this printer does not track, so a
      // sequence of one-line tactics is printed on one line, separated by `;`.
      let lines = body.tactics.map { self.tactic($0, indent: indent + 1, thenFollows: false) }
      if lines.allSatisfy({ !$0.contains("\n") }) { return "(" + lines.joined(separator: "; ") + ")" }
      return "(" + block(body, indent: indent + 1) + ")"
    }
  }

  /// ` with` and one alternative per line, the bars at column `indent`.
  static func alternatives(_ alternatives: [InductionAlternative], indent: Int) -> String {
    guard !alternatives.isEmpty else { return "" }
    return " with"
      + alternatives.map { alternative in
        "\n" + spaces(indent) + (["|", alternative.constructor] + alternative.names).joined(separator: " ") + " =>"
          + nested(alternative.body, indent: indent)
      }.joined()
  }

  static func location(_ location: Location?) -> String {
    switch location {
    case nil: ""
    case .wildcard: " at *"
    case .hypotheses(let names, let goal): " at " + (names + (goal ? ["⊢"] : [])).joined(separator: " ")
    }
  }

  static func simpArgument(_ argument: SimpArgument, _ follow: Follow, indent: Int) -> String {
    switch argument {
    case .allHypotheses: "*"
    case .erase(let name): "-" + Printer.term(name, Precedence.max, follow, indent: indent)
    case .lemma(let lemma, let reversed): (reversed ? "← " : "") + Printer.term(lemma, 0, follow, indent: indent)
    }
  }

  /// How much of the pattern grammar a position accepts: `rcasesPat` (atom), `rcasesPatMed`
  /// (alternatives) or `rcasesPatLo` (alternatives with a type).
  enum PatternLevel {
    case atom, medium, low
  }

  static func pattern(_ pattern: RCasesPattern, _ level: PatternLevel) -> String {
    switch pattern.kind {
    case .name(let name): return name
    case .hole: return "_"
    case .clear: return "-"
    case .tuple(let elements):
      return "⟨" + elements.map { self.pattern($0, .low) }.joined(separator: ", ") + "⟩"
    case .alternatives(let alternatives):
      let text = alternatives.map { self.pattern($0, .atom) }.joined(separator: " | ")
      return level == .atom ? "(" + text + ")" : text
    case .typed(let inner, let type):
      let text = self.pattern(inner, .medium) + " : " + Printer.term(type, 0, .separator, indent: 0)
      return level == .low ? text : "(" + text + ")"
    }
  }
}
