/// The names and notations that are valid Lean but outside the native fragment, with the words
/// that explain why. The parser consults it where it meets them, so that such a statement gets one
/// located `unsupported` diagnostic naming the construct. Names in the `Nat` and `Int` namespaces
/// are left to the elaborator, which knows which ones its prelude defines.
enum OutsideFragment {
  /// A construct outside the fragment: its name and the explanation.
  struct Construct {
    var name: String
    var detail: String
  }

  static let numberSystems = "only ℕ and ℤ are in the native fragment"

  /// Names outside the fragment, whole.
  static let names: [String: String] = [
    "ℝ": "real numbers: " + numberSystems,
    "ℚ": "rational numbers: " + numberSystems,
    "ℂ": "complex numbers: " + numberSystems,
    "Real": "real numbers: " + numberSystems,
    "Rat": "rational numbers: " + numberSystems,
    "Complex": "complex numbers: " + numberSystems,
    "NNReal": "non-negative reals: " + numberSystems,
    "ENNReal": "extended non-negative reals: " + numberSystems,
    "EReal": "extended reals: " + numberSystems,
    "ZMod": "integers modulo n: " + numberSystems,
    "Fin": "finite types are outside the native fragment",
    "Finset": "finite sets are outside the native fragment",
    "Set": "sets are outside the native fragment",
    "Multiset": "multisets are outside the native fragment",
    "List": "lists are outside the native fragment",
    "Fintype": "finite types are outside the native fragment",
    "Polynomial": "polynomials are outside the native fragment",
    "Matrix": "matrices are outside the native fragment",
    "Equiv": "equivalences are outside the native fragment",
    "abs": "absolute value is outside the native fragment (use Int.natAbs)",
    "IsLeast": "least elements of sets are outside the native fragment",
    "IsGreatest": "greatest elements of sets are outside the native fragment",
    "Irrational": "irrational numbers are outside the native fragment",
    "Int.floor": "floor is outside the native fragment",
    "Int.ceil": "ceiling is outside the native fragment",
    "Int.fract": "fractional part is outside the native fragment",
    "Nat.floor": "floor is outside the native fragment",
    "Nat.ceil": "ceiling is outside the native fragment",
    "Nat.ModEq": "congruence is outside the native fragment (use %)",
    "Int.ModEq": "congruence is outside the native fragment (use %)",
    "Nat.divisors": "divisor sets are outside the native fragment",
    "Nat.properDivisors": "divisor sets are outside the native fragment",
    "Nat.primeFactors": "prime factor sets are outside the native fragment",
    "Nat.digits": "digit lists are outside the native fragment",
  ]

  /// Namespaces whose every name is outside the fragment.
  static let namespaces: [String: String] = [
    "Real": "real analysis is outside the native fragment",
    "Rat": "rational numbers: " + numberSystems,
    "Complex": "complex numbers: " + numberSystems,
    "NNReal": "non-negative reals: " + numberSystems,
    "ENNReal": "extended non-negative reals: " + numberSystems,
    "ZMod": "integers modulo n: " + numberSystems,
    "Finset": "finite sets and big operators are outside the native fragment",
    "Set": "sets are outside the native fragment",
    "Multiset": "multisets are outside the native fragment",
    "List": "lists are outside the native fragment",
    "Fin": "finite types are outside the native fragment",
    "Fintype": "finite types are outside the native fragment",
    "Filter": "filters and limits are outside the native fragment",
    "Function": "properties of functions are outside the native fragment",
    "Polynomial": "polynomials are outside the native fragment",
    "Matrix": "matrices are outside the native fragment",
    "Equiv": "equivalences are outside the native fragment",
  ]

  /// The construct an identifier names, if it is outside the fragment.
  static func construct(identifier: String) -> Construct? {
    if let detail = names[identifier] { return Construct(name: identifier, detail: detail) }
    let components = Lexer.splitName(identifier)
    for count in stride(from: components.count - 1, through: 1, by: -1) {
      let prefix = components[..<count].joined(separator: ".")
      if let detail = namespaces[prefix] { return Construct(name: identifier, detail: detail) }
      if let detail = names[prefix] { return Construct(name: prefix, detail: detail) }
    }
    return nil
  }

  /// Notations that start a term.
  static let leadingSymbols: [String: Construct] = [
    "∑": Construct(name: "Finset.sum", detail: "the big operator ∑ is outside the native fragment"),
    "∏": Construct(name: "Finset.prod", detail: "the big operator ∏ is outside the native fragment"),
    "|": Construct(name: "abs", detail: "absolute value |x| is outside the native fragment (use Int.natAbs)"),
    "⌊": Construct(name: "Int.floor", detail: "floor ⌊x⌋ is outside the native fragment"),
    "⌈": Construct(name: "Int.ceil", detail: "ceiling ⌈x⌉ is outside the native fragment"),
    "√": Construct(name: "Real.sqrt", detail: "square root √ is outside the native fragment"),
    "π": Construct(name: "Real.pi", detail: "π is outside the native fragment"),
    "{": Construct(
      name: "set-builder notation", detail: "sets and structure instances are outside the native fragment"),
    "[": Construct(name: "list literal", detail: "lists are outside the native fragment"),
    "∃!": Construct(name: "∃!", detail: "unique existence is outside the native fragment"),
    "·": Construct(name: "· function", detail: "anonymous functions with · are outside the native fragment"),
    "!": Construct(name: "Bool negation", detail: "Bool operations are outside the native fragment"),
    "∅": Construct(name: "∅", detail: "sets are outside the native fragment"),
    "∞": Construct(name: "∞", detail: "infinity is outside the native fragment"),
    "#": Construct(name: "#", detail: "cardinality and array notation are outside the native fragment"),
    "%[": Construct(name: "list literal", detail: "lists are outside the native fragment"),
  ]

  /// Notations that continue a term (infix and postfix operators).
  static let trailingSymbols: [String: Construct] = [
    "∈": Construct(name: "∈", detail: "membership is outside the native fragment"),
    "∉": Construct(name: "∉", detail: "membership is outside the native fragment"),
    "⊆": Construct(name: "⊆", detail: "sets are outside the native fragment"),
    "⊂": Construct(name: "⊂", detail: "sets are outside the native fragment"),
    "∩": Construct(name: "∩", detail: "sets are outside the native fragment"),
    "∪": Construct(name: "∪", detail: "sets are outside the native fragment"),
    "\\": Construct(name: "set difference \\", detail: "sets are outside the native fragment"),
    "''": Construct(name: "Set.image ''", detail: "sets are outside the native fragment"),
    "⁻¹'": Construct(name: "Set.preimage ⁻¹'", detail: "sets are outside the native fragment"),
    "⁻¹": Construct(name: "⁻¹", detail: "inverses are outside the native fragment"),
    "≡": Construct(name: "Nat.ModEq (≡ [MOD n])", detail: "congruence is outside the native fragment (use %)"),
    "∘": Construct(name: "Function.comp ∘", detail: "function composition is outside the native fragment"),
    "∘'": Construct(name: "Function.comp ∘", detail: "function composition is outside the native fragment"),
    "×": Construct(name: "Prod ×", detail: "pairs are outside the native fragment"),
    "•": Construct(name: "• (scalar multiplication)", detail: "scalar multiplication is outside the native fragment"),
    "▸": Construct(name: "▸", detail: "rewriting casts are outside the native fragment"),
    "<|": Construct(name: "<|", detail: "pipeline application is outside the native fragment"),
    "|>": Construct(name: "|>", detail: "pipeline application is outside the native fragment"),
    "|>.": Construct(name: "|>.", detail: "pipeline application is outside the native fragment"),
    "$": Construct(name: "$", detail: "pipeline application is outside the native fragment"),
    "::": Construct(name: "::", detail: "lists are outside the native fragment"),
    "==": Construct(name: "==", detail: "Bool equality is outside the native fragment (use =)"),
    "!=": Construct(name: "!=", detail: "Bool inequality is outside the native fragment (use ≠)"),
    "&&": Construct(name: "&&", detail: "Bool operations are outside the native fragment (use ∧)"),
    "||": Construct(name: "||", detail: "Bool operations are outside the native fragment (use ∨)"),
    "∆": Construct(name: "∆", detail: "symmetric difference is outside the native fragment"),
    "⊓": Construct(name: "⊓", detail: "lattice operations are outside the native fragment"),
    "⊔": Construct(name: "⊔", detail: "lattice operations are outside the native fragment"),
    "≃": Construct(name: "≃", detail: "equivalences are outside the native fragment"),
    "≅": Construct(name: "≅", detail: "isomorphisms are outside the native fragment"),
    "≫": Construct(name: "≫", detail: "composition is outside the native fragment"),
    "⋆": Construct(name: "⋆", detail: "this operator is outside the native fragment"),
    "∗": Construct(name: "∗", detail: "this operator is outside the native fragment"),
    "ᶜ": Construct(name: "ᶜ (complement)", detail: "complements are outside the native fragment"),
  ]
}
