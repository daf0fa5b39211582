import ProverCore

extension Parser {
  /// `declSig`: binders (bracketed groups or bare names) and `: type`.
  mutating func parseSignature() throws(ParseStop) -> DeclarationSignature {
    let start = current
    var binders: [Binder] = []
    while true {
      if at("(") || at("{") || at("[") {
        binders.append(try parseBracketedBinder())
      } else if atBinderName {
        let name = advance()
        binders.append(Binder(names: [name.text], type: nil, range: name.range))
      } else {
        break
      }
    }
    try expect(":")
    let type = try parseTerm()
    return DeclarationSignature(binders: binders, type: type, range: range(from: start))
  }

  /// The proof after `:=`: `by` and a tactic block, or a term.
  mutating func parseProof() throws(ParseStop) -> ProofSyntax {
    if at("by") {
      let keyword = advance()
      return .tactics(try parseIndentedBlock(after: keyword))
    }
    if at("|") {
      throw unsupported(
        "definition by pattern matching", at: current.range,
        detail: "equations after the signature are outside the native fragment")
    }
    return .term(try parseTerm())
  }

  /// True at a keyword that continues a declaration after its proof (`where`, `termination_by`,
  /// `decreasing_by`).
  var atDeclarationSuffix: Bool {
    current.kind == .keyword && ["where", "termination_by", "decreasing_by"].contains(current.text)
  }

  /// What may follow a proof: nothing, in the fragment.
  mutating func parseDeclarationEnd() throws(ParseStop) {
    if atDeclarationSuffix {
      throw unsupported(
        "'\(current.text)'", at: current.range, detail: "recursive definitions are outside the native fragment")
    }
    try parseEndOfInput()
  }
}
