import LeanSyntax
import ProverCore
import Testing

/// A test source with a `⁅` marker where a diagnostic is expected; the marker is removed before
/// parsing, and its line (from 1) and column (in code points, from 0) are kept.
struct MarkedSource {
  static let marker: Character = "⁅"

  let text: String
  let line: Int
  let column: Int

  init(_ marked: String) {
    var text = ""
    var line = 1
    var column = 0
    var found: (Int, Int)?
    for character in marked {
      if character == MarkedSource.marker {
        found = (line, column)
        continue
      }
      text.append(character)
      if character == "\n" {
        line += 1
        column = 0
      } else {
        column += character.unicodeScalars.count
      }
    }
    self.text = text
    (self.line, self.column) = found ?? (0, 0)
  }

  /// `file:line:column` of the marker.
  func location(file: String) -> String { "\(file):\(line):\(column)" }
}

/// Parses a term that must parse.
func term(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Term? {
  let result = Parser.parseTerm(source)
  #expect(result.diagnostics.isEmpty, "\(source): \(result.diagnostics)", sourceLocation: sourceLocation)
  return result.value
}

/// Parses tactics that must parse.
func tactics(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> TacticBlock? {
  let result = Parser.parseTactics(source)
  #expect(result.diagnostics.isEmpty, "\(source): \(result.diagnostics)", sourceLocation: sourceLocation)
  return result.value
}

/// The single diagnostic of a term that must not parse.
func termDiagnostic(_ source: String, file: String = "<input>") -> Diagnostic? {
  let result = Parser.parseTerm(source, file: file)
  return result.diagnostics.count == 1 && result.value == nil ? result.diagnostics[0] : nil
}

/// The tokens of a declaration after its keyword and name (`example` has no name).
func bodyTokens(_ source: String) -> ArraySlice<Token> {
  let tokens = Lexer.tokenize(source).tokens
  let skip = tokens.first?.text == "example" ? 1 : 2
  return tokens.dropFirst(skip)
}

/// Parses a whole declaration (keyword, name, body) with the declaration-body entry point.
func declaration(_ source: String, file: String = "<input>") -> DeclarationBodyParse {
  Parser.parseDeclarationBody(bodyTokens(source), file: file)
}
