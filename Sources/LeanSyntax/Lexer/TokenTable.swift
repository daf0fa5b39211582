/// The keywords and symbols that the lexer recognises: the part of Lean 4's token table (core and
/// Mathlib) that the fragment and the files around it use. Symbols are matched longest first.
public enum TokenTable {
  /// Words that are tokens rather than identifiers. An identifier that merely starts with one
  /// (`sorry_lemma`, `byContra`) is still an identifier, as in Lean (longest match).
  public static let keywords: Set<String> = [
    "theorem", "lemma", "example", "def", "abbrev", "instance", "structure", "inductive", "class",
    "axiom", "opaque", "noncomputable", "private", "protected", "partial", "unsafe", "mutual",
    "namespace", "section", "end", "open", "import", "variable", "universe", "set_option", "in",
    "attribute", "local", "scoped", "macro", "syntax", "notation", "infix", "infixl", "infixr",
    "prefix", "postfix", "elab", "deriving", "where", "extends",
    "by", "fun", "have", "show", "from", "at", "with", "if", "then", "else", "let", "do",
    "match", "calc", "suffices", "obtain", "sorry", "using", "termination_by", "decreasing_by",
    "Type", "Sort", "Prop",
  ]

  /// Symbols, longest first so that a prefix never shadows a longer symbol.
  public static let symbols: [String] = {
    let all: [String] = [
      ":=", "=>", "<;>", "←", "<-", "→", "->", "↔", "<->", "∧", "/\\", "∨", "\\/", "¬", "≠", "≤", "<=",
      "≥", ">=", "<", ">", "=", "==", "!=", "+", "-", "*", "/", "%", "^", "∣", "(", ")", "[", "]", "{",
      "}", "⟨", "⟩", ",", ":", "::", ".", "..", "·", "•", "|", "||", "&&", "@[", "@", "↑", "∀", "∃", "∃!",
      "⊢", "$", "<|", "|>", "|>.", "∘", "×", "!", "?", "#", ";", "_", "`", "`(", "``", "%[", "∑", "∏",
      "∈", "∉", "∩", "∪", "⊆", "⊂", "∅", "√", "∫", "⌊", "⌋", "⌈", "⌉", "≡", "≃", "≅", "⁻¹", "∞", "π",
      "λ", "&", "~", "\\", "‹", "›", "↦", "''", "⁻¹'", "≫", "≪", "∘'", "⋆", "⊤", "⊥", "⊓", "⊔", "∆", "∗", "ᶜ",
    ]
    return all.sorted { $0.utf8.count > $1.utf8.count }
  }()

  /// The symbols grouped by their first byte, for a fast longest-match lookup.
  static let symbolsByFirstByte: [UInt8: [[UInt8]]] = {
    var table: [UInt8: [[UInt8]]] = [:]
    for symbol in symbols {
      let bytes = Array(symbol.utf8)
      table[bytes[0], default: []].append(bytes)
    }
    return table
  }()
}
