import ProverCore

/// Splits a definitions file into tokens: names (letters, digits, `_`, `'`), the symbols
/// `( ) [ ] , : & > ! = + * :=`, and `#` comments to the end of the line.
struct DefinitionLexer {
  let file: String

  func tokens(of text: String) throws(DefinitionError) -> [DefinitionToken] {
    let scalars = Array(text.unicodeScalars)
    var tokens: [DefinitionToken] = []
    var index = 0
    var position = SourcePosition.start

    func advance() {
      let scalar = scalars[index]
      position.offset += String(scalar).utf8.count
      if scalar == "\n" {
        position.line += 1
        position.column = 0
      } else {
        position.column += 1
      }
      index += 1
    }

    while index < scalars.count {
      let scalar = scalars[index]
      if scalar.properties.isWhitespace {
        advance()
        continue
      }
      if scalar == "#" {
        while index < scalars.count && scalars[index] != "\n" { advance() }
        continue
      }
      let start = position
      if Self.isNameScalar(scalar) {
        var name = ""
        while index < scalars.count && Self.isNameScalar(scalars[index]) {
          name.unicodeScalars.append(scalars[index])
          advance()
        }
        tokens.append(DefinitionToken(kind: .identifier(name), range: SourceRange(start: start, end: position)))
        continue
      }
      if scalar == ":" && index + 1 < scalars.count && scalars[index + 1] == "=" {
        advance()
        advance()
        tokens.append(DefinitionToken(kind: .symbol(":="), range: SourceRange(start: start, end: position)))
        continue
      }
      if "()[],:&>!=+*".unicodeScalars.contains(scalar) {
        advance()
        tokens.append(DefinitionToken(kind: .symbol(String(scalar)), range: SourceRange(start: start, end: position)))
        continue
      }
      throw DefinitionError(
        location: SourceLocation(file: file, position: start),
        message: "unexpected character '\(scalar)'")
    }
    tokens.append(DefinitionToken(kind: .end, range: SourceRange(at: position)))
    return tokens
  }

  static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar == "'" || (scalar.isASCII && scalar.properties.isAlphabetic)
      || ("0"..."9").contains(scalar)
  }
}
