import ProverCore

/// Parses the terms, binders and tactic scripts of the native fragment from tokens, the way Lean 4
/// parses them: Lean's precedences and associativity, Lean's layout rules (a saved position that
/// arguments must be to the right of, tactic blocks aligned on their first tactic), and Lean's
/// habit of stopping at the first error of a command. A construct outside the fragment stops the
/// parser with one located `unsupported` diagnostic that names it.
///
/// The parser is one type split across files by grammar area; each method is named after the
/// production it parses.
public struct Parser {
  /// The deepest nesting of terms, tactics and patterns the parser accepts; deeper input gets
  /// `unsupported: nesting too deep` instead of exhausting the stack. (A debug build uses up to
  /// about 10 KB of stack per level, so the deepest parse needs under 2 MB: less than the 8 MB of
  /// a Linux thread, more than the 512 KB of a secondary thread on macOS.)
  public static let maximumDepth = 128

  let tokens: [Token]
  let file: String
  var index: Int
  /// The column saved by Lean's `withPosition` (the start of the enclosing tactic block, calc
  /// steps, …), or nil inside brackets and at the top level. Application arguments and several
  /// tactic arguments must lie strictly to its right (`checkColGt`).
  var position: Int?
  var depth = 0

  init(tokens: some Collection<Token>, file: String) {
    var tokens = Array(tokens)
    if tokens.last?.kind != .endOfFile {
      let end = tokens.last?.range.end ?? .start
      tokens.append(
        Token(kind: .endOfFile, text: "", range: SourceRange(at: end), isFirstOnLine: true, isPrecededBySpace: true))
    }
    self.tokens = tokens
    self.file = file
    self.index = 0
  }

  // MARK: - Entry points

  /// Parses one term from source text (for tests, the search's generated text and the REPL).
  public static func parseTerm(_ source: String, file: String = "<input>") -> ParseResult<Term> {
    parseSource(source, file: file) { parser throws(ParseStop) in try parser.parseTerm() }
  }

  /// Parses a tactic sequence from source text (one tactic per line, or separated by `;`).
  public static func parseTactics(_ source: String, file: String = "<input>") -> ParseResult<TacticBlock> {
    parseSource(source, file: file) { parser throws(ParseStop) in try parser.parseTacticSequence() }
  }

  /// Parses a declaration from the token after its name to the last token of its proof:
  /// `binders : type := proof`, where the proof is `by` and a tactic block, or a term.
  /// `commandColumn` is the column of the command's first token, which Lean saves as the position
  /// of every command (`withPosition commandParser`): a top-level `by` block and the arguments of
  /// an application must lie to its right.
  public static func parseDeclarationBody(
    _ tokens: ArraySlice<Token>, file: String, commandColumn: Int? = nil
  ) -> DeclarationBodyParse {
    var parser = Parser(tokens: tokens, file: file)
    parser.position = commandColumn
    var signature: DeclarationSignature?
    do {
      let parsed = try parser.parseSignature()
      signature = parsed
      try parser.expect(":=")
      let proof = try parser.parseProof()
      try parser.parseDeclarationEnd()
      return DeclarationBodyParse(signature: parsed, proof: proof, diagnostics: [])
    } catch {
      return DeclarationBodyParse(signature: signature, proof: nil, diagnostics: [error.diagnostic])
    }
  }

  /// Parses a declaration's binders and type up to and including `:=`, and tells where the proof
  /// starts (an index of `tokens`); whatever follows `:=` is not read. `commandColumn` is as for
  /// `parseDeclarationBody`.
  public static func parseSignature(
    _ tokens: ArraySlice<Token>, file: String, commandColumn: Int? = nil
  ) -> SignatureParse {
    var parser = Parser(tokens: tokens, file: file)
    parser.position = commandColumn
    do {
      let signature = try parser.parseSignature()
      try parser.expect(":=")
      return SignatureParse(
        signature: signature, proofStart: tokens.startIndex + parser.index, diagnostics: [])
    } catch {
      return SignatureParse(signature: nil, proofStart: nil, diagnostics: [error.diagnostic])
    }
  }

  /// Where Lean's parser ends a declaration whose tokens after the name are `tokens`: the index of
  /// the first token after its proof when that token starts a line, and so starts the next
  /// command (Lean reads it as a command, or reports `expected command` there). Nil when the proof
  /// runs to the end of `tokens`, is followed by a token on its own last line, or does not parse.
  static func declarationEnd(_ tokens: ArraySlice<Token>, file: String, commandColumn: Int) -> Int? {
    var parser = Parser(tokens: tokens, file: file)
    parser.position = commandColumn
    do {
      _ = try parser.parseSignature()
      try parser.expect(":=")
      _ = try parser.parseProof()
    } catch {
      return nil
    }
    let next = parser.current
    guard next.kind != .endOfFile, next.isFirstOnLine, !parser.atDeclarationSuffix else { return nil }
    return tokens.startIndex + parser.index
  }

  /// Parses a declaration body from source text: `binders : type := proof`.
  public static func parseDeclarationBody(_ source: String, file: String = "<input>") -> DeclarationBodyParse {
    let lexed = Lexer.tokenize(source, file: file)
    if let first = lexed.diagnostics.first {
      return DeclarationBodyParse(signature: nil, proof: nil, diagnostics: [first])
    }
    return parseDeclarationBody(lexed.tokens[...], file: file)
  }

  static func parseSource<Value>(
    _ source: String, file: String, _ body: (inout Parser) throws(ParseStop) -> Value
  ) -> ParseResult<Value> {
    let lexed = Lexer.tokenize(source, file: file)
    if let first = lexed.diagnostics.first { return ParseResult(value: nil, diagnostics: [first]) }
    var parser = Parser(tokens: lexed.tokens, file: file)
    do {
      let value = try body(&parser)
      try parser.parseEndOfInput()
      return ParseResult(value: value, diagnostics: [])
    } catch {
      return ParseResult(value: nil, diagnostics: [error.diagnostic])
    }
  }

  /// The end of the text: any token left over is an error.
  mutating func parseEndOfInput() throws(ParseStop) {
    guard current.kind != .endOfFile else { return }
    throw failure(expected: current.isFirstOnLine ? "command" : "';' or line break")
  }

  // MARK: - Tokens

  var current: Token { tokens[index] }

  func peek(_ distance: Int = 1) -> Token { tokens[Swift.min(index + distance, tokens.count - 1)] }

  var previous: Token? { index > 0 ? tokens[index - 1] : nil }

  @discardableResult
  mutating func advance() -> Token {
    let token = tokens[index]
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  /// True when the current token is the keyword or symbol `text`.
  func at(_ text: String) -> Bool { current.isReserved(text) }

  /// True when the current token is the identifier `text` (a word that Lean reads as a
  /// non-reserved keyword, such as `only` or `generalizing`).
  func atWord(_ text: String) -> Bool { current.kind == .identifier && current.text == text }

  /// Consumes the keyword or symbol `text` if it is next.
  mutating func accept(_ text: String) -> Bool {
    guard at(text) else { return false }
    advance()
    return true
  }

  @discardableResult
  mutating func expect(_ text: String) throws(ParseStop) -> Token {
    guard at(text) else { throw failure(expected: "'\(text)'") }
    return advance()
  }

  /// The range from the start of `token` to the end of the last consumed token.
  func range(from token: Token) -> SourceRange {
    let end = previous.map { Swift.max($0.range.end, token.range.start) } ?? token.range.start
    return SourceRange(start: token.range.start, end: end)
  }

  // MARK: - Layout

  /// Lean's `checkColGt`: the token lies strictly to the right of the saved position.
  func isIndented(_ token: Token) -> Bool {
    guard let position else { return true }
    return token.column > position
  }

  /// Runs `body` with the saved position at `column` (Lean's `withPosition`).
  mutating func withPosition<Value>(
    _ column: Int?, _ body: (inout Parser) throws(ParseStop) -> Value
  ) throws(ParseStop) -> Value {
    let saved = position
    position = column
    defer { position = saved }
    return try body(&self)
  }

  /// Counts one level of nesting, and stops the parser when the input nests too deeply.
  mutating func enterNesting() throws(ParseStop) {
    depth += 1
    guard depth <= Parser.maximumDepth else {
      throw ParseStop(diagnostic: .unsupported("nesting too deep", at: location(of: current.range)))
    }
  }

  // MARK: - Diagnostics

  func location(of range: SourceRange) -> SourceLocation { SourceLocation(file: file, range: range) }

  /// A syntax error at the current token, in Lean's words: `unexpected token 'at'; expected term`.
  func failure(expected: String) -> ParseStop {
    let token = current
    let message: String
    switch token.kind {
    case .endOfFile: message = "unexpected end of input; expected \(expected)"
    case .invalid: message = "unexpected character '\(token.text.prefix(1))'; expected \(expected)"
    case .identifier: message = "unexpected identifier '\(token.text)'; expected \(expected)"
    default: message = "unexpected token '\(token.text)'; expected \(expected)"
    }
    return ParseStop(diagnostic: Diagnostic(category: .syntax, location: location(of: token.range), message: message))
  }

  /// A construct outside the fragment, located at `range`.
  func unsupported(_ construct: String, at range: SourceRange, detail: String? = nil) -> ParseStop {
    ParseStop(diagnostic: .unsupported(construct, at: location(of: range), detail: detail))
  }
}
