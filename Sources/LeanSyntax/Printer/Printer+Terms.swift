extension Printer {
  /// What follows a term in the printed text, which decides whether its open end needs
  /// parentheses: nothing that could be absorbed, a separator (a tactic block would swallow a
  /// following `,` or `<;>`), or a trailing construct of the given precedence.
  enum Follow: Equatable {
    case end
    case separator
    case trailing(Int)

    var isTrailing: Bool {
      if case .trailing = self { return true }
      return false
    }
  }

  /// A term printed where the context requires `context` precedence.
  static func term(_ term: Term, _ context: Int, _ follow: Follow, indent: Int) -> String {
    switch term.kind {
    case .identifier(let name): return name
    case .explicitIdentifier(let name): return "@" + name
    case .natural(let digits): return digits
    case .hole: return "_"
    case .syntheticHole(let name): return "?" + (name ?? "_")
    case .sorry: return "sorry"
    case .prop: return "Prop"
    case .application(let function, let arguments):
      let parenthesized = Precedence.lead < context
      let outer = parenthesized ? .end : follow
      var parts = [Printer.term(function, Precedence.max, .trailing(Precedence.lead), indent: indent)]
      for (position, argument) in arguments.enumerated() {
        let argumentFollow = position == arguments.count - 1 ? outer : .trailing(Precedence.lead)
        parts.append(Printer.term(argument, Precedence.max, argumentFollow, indent: indent))
      }
      return wrap(parts.joined(separator: " "), parenthesized)
    case .binary(let operation, let lhs, let rhs):
      let parenthesized = operation.precedence < context
      let outer = parenthesized ? .end : follow
      let left = Printer.term(lhs, operation.leftPrecedence, .trailing(operation.precedence), indent: indent)
      let right = Printer.term(rhs, operation.rightPrecedence, outer, indent: indent)
      return wrap(left + " " + operation.rawValue + " " + right, parenthesized)
    case .negation(let operand):
      return prefix("-", operand, Precedence.negation, Precedence.negation, context, follow, indent)
    case .not(let operand):
      return prefix("¬", operand, Precedence.lead, Precedence.notOperand, context, follow, indent)
    case .coercion(let operand):
      return prefix("↑", operand, Precedence.max, Precedence.max, context, follow, indent)
    case .factorial(let operand):
      let text = Printer.term(operand, Precedence.max, .trailing(Precedence.max), indent: indent)
      let separated = !(text.hasSuffix(")") || text.allSatisfy(\.isNumber))
      return text + (separated ? " !" : "!")
    case .projection(let operand, let field):
      let text = Printer.term(operand, Precedence.max, .trailing(Precedence.max), indent: indent)
      return wrap(text, mergesWithField(operand, field)) + "." + field
    case .ascription(let value, let type):
      return "(" + Printer.term(value, 0, .separator, indent: indent) + " : "
        + Printer.term(type, 0, .end, indent: indent) + ")"
    case .anonymousConstructor(let elements):
      return "⟨" + list(elements, .end, indent: indent) + "⟩"
    default:
      return openTerm(term, context, follow, indent: indent)
    }
  }

  /// Terms that extend as far to the right as they can (`∀`, `∃`, `fun`, `show`, `by`, `if`,
  /// `calc`): parenthesized when something follows that their end would absorb.
  static func openTerm(_ term: Term, _ context: Int, _ follow: Follow, indent: Int) -> String {
    var parenthesized = Precedence.lead < context || follow.isTrailing
    if case .by = term.kind, follow == .separator { parenthesized = true }
    if case .showBy = term.kind, follow == .separator { parenthesized = true }
    let inner: Follow = parenthesized ? .end : follow
    let text: String
    switch term.kind {
    case .forall(let binders, let body):
      text = "∀ " + quantifierBinders(binders, indent: indent) + ", " + Printer.term(body, 0, inner, indent: indent)
    case .exists(let binders, let body):
      text =
        "∃ " + quantifierBinders(binders, existential: true, indent: indent) + ", "
        + Printer.term(body, 0, inner, indent: indent)
    case .bounded(let quantifier, let variable, let relation, let bound, let body):
      text =
        quantifier.rawValue + " " + variable + " " + relation.rawValue + " "
        + Printer.term(bound, 0, .separator, indent: indent) + ", " + Printer.term(body, 0, inner, indent: indent)
    case .lambda(let binders, let body):
      text = "fun " + quantifierBinders(binders, indent: indent) + " => " + Printer.term(body, 0, inner, indent: indent)
    case .showFrom(let type, let value):
      text =
        "show " + Printer.term(type, 0, .separator, indent: indent) + " from "
        + Printer.term(value, 0, inner, indent: indent)
    case .showBy(let type, let block):
      text = "show " + Printer.term(type, 0, .separator, indent: indent) + " " + byBlock(block, indent: indent)
    case .by(let block):
      text = byBlock(block, indent: indent)
    case .ifThenElse(let hypothesis, let condition, let thenBranch, let elseBranch):
      text =
        "if " + (hypothesis.map { $0 + " : " } ?? "") + Printer.term(condition, 0, .separator, indent: indent)
        + " then " + Printer.term(thenBranch, 0, .separator, indent: indent) + " else "
        + Printer.term(elseBranch, 0, inner, indent: indent)
    case .calc(let steps):
      text = "calc" + calcSteps(steps, last: inner, indent: indent)
    default:
      text = ""
    }
    return wrap(text, parenthesized)
  }

  /// A prefix operator whose operand is parsed at `operandPrecedence`: parenthesized when a
  /// following construct would bind into the operand instead.
  static func prefix(
    _ symbol: String, _ operand: Term, _ precedence: Int, _ operandPrecedence: Int, _ context: Int,
    _ follow: Follow, _ indent: Int
  ) -> String {
    var parenthesized = precedence < context
    if case .trailing(let following) = follow, following >= operandPrecedence { parenthesized = true }
    let body = Printer.term(operand, operandPrecedence, parenthesized ? .end : follow, indent: indent)
    let space = symbol == "-" && body.hasPrefix("-") ? " " : ""
    return wrap(symbol + space + body, parenthesized)
  }

  /// Comma-separated terms; all but the last are followed by a separator.
  static func list(_ terms: [Term], _ last: Follow, indent: Int) -> String {
    terms.enumerated().map { position, element in
      Printer.term(element, 0, position == terms.count - 1 ? last : .separator, indent: indent)
    }.joined(separator: ", ")
  }

  /// Binders after `∀`, `∃` or `fun`: typed groups in parentheses, untyped names bare.
  static func quantifierBinders(_ binders: [Binder], existential: Bool = false, indent: Int) -> String {
    let hasTyped = binders.contains { $0.type != nil }
    return binders.map { binder in
      let names = binder.names.joined(separator: " ")
      let type = binder.type.map { " : " + Printer.term($0, 0, .end, indent: indent) }
      switch binder.visibility {
      case .implicit: return "{" + names + (type ?? "") + "}"
      case .explicit:
        if let type { return "(" + names + type + ")" }
        return existential && hasTyped ? "(" + names + " : _)" : names
      }
    }.joined(separator: " ")
  }

  /// `calc` steps, each on its own line two columns right of `indent`.
  static func calcSteps(_ steps: [CalcStep], last: Follow, indent: Int) -> String {
    steps.enumerated().map { position, step in
      let follow: Follow = position == steps.count - 1 ? last : .end
      let proof = step.proof.map { " := " + Printer.term($0, 0, follow, indent: indent + 2) } ?? ""
      return "\n" + spaces(indent + 2) + Printer.term(step.relation, 0, .separator, indent: indent + 2) + proof
    }.joined()
  }

  /// `by tactic` on one line when the block is one short tactic, `by` alone when it is empty, else
  /// `by` and the block indented.
  static func byBlock(_ block: TacticBlock, indent: Int) -> String {
    if block.tactics.isEmpty { return "by" }
    if let line = inline(block, indent: indent + 2) { return "by " + line }
    return "by\n" + spaces(indent + 2) + Printer.block(block, indent: indent + 2)
  }

  /// True when `operand.field` would lex differently: a numeral and `.1` make a decimal, an
  /// identifier and `.name` make one dotted identifier.
  static func mergesWithField(_ operand: Term, _ field: String) -> Bool {
    switch operand.kind {
    case .natural: true
    case .identifier, .explicitIdentifier: !(field.first?.isNumber ?? false)
    default: false
    }
  }

  static func wrap(_ text: String, _ parenthesized: Bool) -> String {
    parenthesized ? "(" + text + ")" : text
  }
}
