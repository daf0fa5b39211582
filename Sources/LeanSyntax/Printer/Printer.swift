/// Prints syntax trees back as Lean 4 source: precedence-aware with the fewest parentheses Lean
/// needs, Lean's spacing (`a + b`, `¬p`, `↑n`, `f x`, `h.1`, `n !`), and tactic blocks laid out one
/// tactic per line with two-space indentation. Parsing the printed text gives back an equal tree.
public enum Printer {
  /// A term on one line where it can be (a `calc` or a long `by` block takes several).
  public static func print(_ term: Term) -> String {
    Printer.term(term, 0, .end, indent: 0)
  }

  /// A tactic whose first line starts at column 0.
  public static func print(_ tactic: Tactic) -> String {
    Printer.tactic(tactic, indent: 0, thenFollows: false)
  }

  /// A tactic block, one tactic per line from column 0.
  public static func print(_ block: TacticBlock) -> String {
    Printer.block(block, indent: 0)
  }

  /// An `rcases` pattern, as written after `rcases … with`.
  public static func print(_ pattern: RCasesPattern) -> String {
    Printer.pattern(pattern, .low)
  }

  /// A declaration binder: `(a b : ℕ)`, `{n : ℕ}`, `(x)`.
  public static func print(_ binder: Binder) -> String {
    let names = binder.names.joined(separator: " ")
    let type = binder.type.map { " : " + Printer.term($0, 0, .end, indent: 0) } ?? ""
    return binder.visibility == .implicit ? "{" + names + type + "}" : "(" + names + type + ")"
  }

  /// A signature: `(a b : ℕ) (h : 0 < a) : a + b = b + a`, or `: T` without binders.
  public static func print(_ signature: DeclarationSignature) -> String {
    let binders = signature.binders.map { print($0) + " " }.joined()
    return binders + ": " + Printer.term(signature.type, 0, .end, indent: 0)
  }

  /// A proof as it follows `:=`: `by` and its block (indented by two spaces), or a term.
  public static func print(_ proof: ProofSyntax) -> String {
    switch proof {
    case .tactics(let block): byBlock(block, indent: 0)
    case .term(let term): Printer.term(term, 0, .end, indent: 0)
    }
  }

  /// A declaration after its name: `(a : ℕ) : a = a := by\n  rfl`.
  public static func printDeclarationBody(_ signature: DeclarationSignature, _ proof: ProofSyntax) -> String {
    print(signature) + " := " + print(proof)
  }

  static func spaces(_ count: Int) -> String { String(repeating: " ", count: count) }
}
