import ProverCore

/// The token stream of one source text: every token up to and including `endOfFile`, the ranges
/// of ordinary comments, and the lexical errors found on the way.
public struct LexedSource: Sendable {
  public var tokens: [Token]
  public var comments: [SourceRange]
  public var diagnostics: [Diagnostic]
}

/// Splits Lean 4 source text into tokens the way Lean's tokenizer does: nested block comments,
/// doc comments, string and character literals, identifiers with Lean's character classes, and
/// longest-match symbols. It never fails: text that is not a token becomes an `invalid` token and
/// a located diagnostic, and lexing goes on.
public struct Lexer {
  let file: String
  let bytes: [UInt8]
  var index = 0
  var line = 1
  var column = 0
  var lineHasToken = false
  var sawSpace = true
  var tokens: [Token] = []
  var comments: [SourceRange] = []
  var diagnostics: [Diagnostic] = []

  init(source: String, file: String) {
    self.file = file
    self.bytes = Array(source.utf8)
  }

  /// Tokenizes a whole source text; `file` names it in diagnostics.
  public static func tokenize(_ source: String, file: String = "<input>") -> LexedSource {
    var lexer = Lexer(source: source, file: file)
    lexer.run()
    return LexedSource(tokens: lexer.tokens, comments: lexer.comments, diagnostics: lexer.diagnostics)
  }

  /// Splits a dotted identifier into its components, removing `«»` quotes.
  public static func splitName(_ text: String) -> [String] {
    var components: [String] = []
    var current = ""
    var quoted = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "«": quoted = true
      case "»": quoted = false
      case "." where !quoted:
        components.append(current)
        current = ""
      default: current.unicodeScalars.append(scalar)
      }
    }
    components.append(current)
    return components
  }

  // MARK: - Positions

  var position: SourcePosition { SourcePosition(offset: index, line: line, column: column) }

  /// The scalar value at a byte index and its UTF-8 length (0 at the end of the text).
  func scalar(at offset: Int) -> (value: UInt32, length: Int) {
    guard offset < bytes.count else { return (0, 0) }
    let lead = bytes[offset]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let length: Int
    var value: UInt32
    if lead & 0xE0 == 0xC0 {
      length = 2
      value = UInt32(lead & 0x1F)
    } else if lead & 0xF0 == 0xE0 {
      length = 3
      value = UInt32(lead & 0x0F)
    } else {
      length = 4
      value = UInt32(lead & 0x07)
    }
    guard offset + length <= bytes.count else { return (0xFFFD, 1) }
    for next in 1..<length { value = value << 6 | UInt32(bytes[offset + next] & 0x3F) }
    return (value, length)
  }

  var current: UInt32 { scalar(at: index).value }
  var atEnd: Bool { index >= bytes.count }

  func peekByte(_ distance: Int = 0) -> UInt8? {
    index + distance < bytes.count ? bytes[index + distance] : nil
  }

  /// Moves past one scalar, keeping line and column up to date.
  mutating func advance() {
    let (value, length) = scalar(at: index)
    index += max(length, 1)
    if value == 0x0A {
      line += 1
      column = 0
      lineHasToken = false
    } else {
      column += 1
    }
  }

  mutating func advance(bytes count: Int) {
    let end = index + count
    while index < end { advance() }
  }

  func text(from start: SourcePosition) -> String {
    String(decoding: bytes[start.offset..<index], as: UTF8.self)
  }

  mutating func emit(_ kind: Token.Kind, from start: SourcePosition) {
    let token = Token(
      kind: kind, text: text(from: start), range: SourceRange(start: start, end: position),
      isFirstOnLine: !lineHasToken,
      isPrecededBySpace: sawSpace)
    tokens.append(token)
    lineHasToken = true
    sawSpace = false
  }

  mutating func report(_ message: String, from start: SourcePosition) {
    let location = SourceLocation(file: file, range: SourceRange(start: start, end: position))
    diagnostics.append(Diagnostic(category: .syntax, location: location, message: message))
  }

  // MARK: - Main loop

  mutating func run() {
    while true {
      skipTrivia()
      if atEnd { break }
      let before = index
      lexToken()
      if index == before { advance() }  // every iteration must make progress
    }
    let end = position
    tokens.append(
      Token(
        kind: .endOfFile, text: "", range: SourceRange(at: end), isFirstOnLine: !lineHasToken,
        isPrecededBySpace: true))
  }

  /// Skips whitespace and ordinary comments, recording the comments.
  mutating func skipTrivia() {
    while let byte = peekByte() {
      switch byte {
      case 0x20, 0x0A, 0x0D:
        advance()
        sawSpace = true
      case 0x09:
        let start = position
        advance()
        sawSpace = true
        report("tabs are not allowed; please configure your editor to expand them", from: start)
      case UInt8(ascii: "-") where peekByte(1) == UInt8(ascii: "-"):
        let start = position
        while let next = peekByte(), next != 0x0A { advance() }
        comments.append(SourceRange(start: start, end: position))
        sawSpace = true
      case UInt8(ascii: "/") where peekByte(1) == UInt8(ascii: "-"):
        if peekByte(2) == UInt8(ascii: "-") && peekByte(3) != UInt8(ascii: "/") || peekByte(2) == UInt8(ascii: "!") {
          return  // a doc comment is a token
        }
        let start = position
        skipBlockComment(from: start)
        comments.append(SourceRange(start: start, end: position))
        sawSpace = true
      default:
        return
      }
    }
  }

  /// Skips a nested `/- … -/` comment whose opening is at `start`; reports an unterminated one.
  mutating func skipBlockComment(from start: SourcePosition) {
    advance(bytes: 2)
    var depth = 1
    while depth > 0 {
      guard let byte = peekByte() else {
        report("unterminated comment", from: start)
        return
      }
      if byte == UInt8(ascii: "/") && peekByte(1) == UInt8(ascii: "-") {
        depth += 1
        advance(bytes: 2)
      } else if byte == UInt8(ascii: "-") && peekByte(1) == UInt8(ascii: "/") {
        depth -= 1
        advance(bytes: 2)
      } else {
        advance()
      }
    }
  }

  mutating func lexToken() {
    let start = position
    let value = current
    if value == UInt32(UInt8(ascii: "/")) {
      if peekByte(1) == UInt8(ascii: "-") {
        skipBlockComment(from: start)
        emit(.docComment, from: start)
        return
      }
    }
    if value == 0x22 {
      lexString(from: start)
      return
    }
    if value == UInt32(UInt8(ascii: "'")), lexCharacter(from: start) { return }
    if CharacterClass.isASCIIDigit(value) {
      lexNumber(from: start)
      return
    }
    let identifierLength = CharacterClass.isIdentifierFirst(value) || value == 0xAB ? scanIdentifier() : 0
    let symbolLength = matchSymbol()
    if symbolLength > 0 && symbolLength >= identifierLength {
      advance(bytes: symbolLength)
      emit(.symbol, from: start)
    } else if identifierLength > 0 {
      advance(bytes: identifierLength)
      let word = text(from: start)
      emit(TokenTable.keywords.contains(word) ? .keyword : .identifier, from: start)
    } else {
      advance()
      emit(.invalid, from: start)
      report("unexpected character '\(text(from: start))'", from: start)
    }
  }

  /// The byte length of the longest table symbol at the current position (0 if none).
  func matchSymbol() -> Int {
    guard let first = peekByte(), let candidates = TokenTable.symbolsByFirstByte[first] else { return 0 }
    for symbol in candidates where index + symbol.count <= bytes.count {
      if bytes[index..<index + symbol.count].elementsEqual(symbol) { return symbol.count }
    }
    return 0
  }

  /// The byte length of the (dotted) identifier at the current position, without consuming it.
  func scanIdentifier() -> Int {
    var offset = index
    while true {
      guard let partEnd = scanIdentifierPart(at: offset) else { break }
      offset = partEnd
      guard offset < bytes.count, bytes[offset] == UInt8(ascii: ".") else { break }
      let next = scalar(at: offset + 1).value
      guard CharacterClass.isIdentifierFirst(next) || next == 0xAB else { break }
      offset += 1
    }
    return offset - index
  }

  /// The end of one identifier component starting at `offset`, or nil if none starts there.
  func scanIdentifierPart(at offset: Int) -> Int? {
    var offset = offset
    let (first, firstLength) = scalar(at: offset)
    if first == 0xAB {  // «
      offset += firstLength
      while offset < bytes.count {
        let (value, length) = scalar(at: offset)
        offset += length
        if value == 0xBB { return offset }  // »
        if value == 0x0A { return nil }
      }
      return nil
    }
    guard CharacterClass.isIdentifierFirst(first) else { return nil }
    offset += firstLength
    while offset < bytes.count {
      let (value, length) = scalar(at: offset)
      guard CharacterClass.isIdentifierRest(value) else { break }
      offset += length
    }
    return offset
  }

  mutating func lexString(from start: SourcePosition) {
    advance()
    while let byte = peekByte() {
      if byte == UInt8(ascii: "\\") {
        advance()
        if !atEnd { advance() }
      } else if byte == UInt8(ascii: "\"") {
        advance()
        emit(.string, from: start)
        return
      } else {
        advance()
      }
    }
    emit(.invalid, from: start)
    report("unterminated string literal", from: start)
  }

  /// Lexes `'a'` or `'\n'`; returns false (consuming nothing) when the quote starts no literal.
  mutating func lexCharacter(from start: SourcePosition) -> Bool {
    var offset = index + 1
    guard offset < bytes.count else { return false }
    if bytes[offset] == UInt8(ascii: "\\") {
      offset += 2
      while offset < bytes.count, bytes[offset] != UInt8(ascii: "'"), offset - index < 12 { offset += 1 }
    } else {
      offset += max(scalar(at: offset).length, 1)
    }
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: "'") else { return false }
    advance(bytes: offset + 1 - index)
    emit(.character, from: start)
    return true
  }

  mutating func lexNumber(from start: SourcePosition) {
    let afterDot = tokens.last.map { $0.text == "." && !sawSpace } ?? false
    if peekByte() == UInt8(ascii: "0"), let base = peekByte(1),
      [
        UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "o"),
        UInt8(ascii: "O"),
      ]
      .contains(base)
    {
      advance(bytes: 2)
      while let byte = peekByte(), isHexDigit(byte) { advance() }
      emit(.number, from: start)
      return
    }
    while let byte = peekByte(), isDigit(byte) { advance() }
    var scientific = false
    if !afterDot, peekByte() == UInt8(ascii: "."), let next = peekByte(1), isDigit(next) {
      advance()
      while let byte = peekByte(), isDigit(byte) { advance() }
      scientific = true
    }
    if !afterDot, let e = peekByte(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
      let sign = peekByte(1)
      let digitAt = sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") ? 2 : 1
      if let digit = peekByte(digitAt), isDigit(digit) {
        advance(bytes: digitAt)
        while let byte = peekByte(), isDigit(byte) { advance() }
        scientific = true
      }
    }
    emit(scientific ? .scientific : .number, from: start)
  }

  func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  func isHexDigit(_ byte: UInt8) -> Bool {
    isDigit(byte) || (0x61...0x66).contains(byte | 0x20)
  }
}
