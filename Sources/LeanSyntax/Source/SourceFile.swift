import Foundation
import ProverCore

/// A Lean 4 file split the way Lean reads it: header commands (`import`, `open`, `set_option`,
/// `namespace`/`section`/`end`, `variable`, …), declarations with exact byte and line/column
/// ranges, and every `sorry` that is a real proof hole.
public struct SourceFile: Sendable {
  /// The path or pseudo-name used in diagnostics.
  public let path: String
  public let text: String
  /// All tokens, ending with `endOfFile`.
  public let tokens: [Token]
  /// Ranges of ordinary comments.
  public let comments: [SourceRange]
  /// The commands that are not declarations, in source order.
  public private(set) var header: [HeaderItem] = []
  public private(set) var declarations: [Declaration] = []
  public private(set) var holes: [SorryHole] = []
  /// Lexical and structural errors (unterminated comments, unmatched `end`, missing names, …).
  public private(set) var diagnostics: [Diagnostic] = []

  let utf8: [UInt8]

  /// Splits a source text; `path` names it in diagnostics.
  public init(text: String, path: String = "<input>") {
    self.path = path
    self.text = text
    self.utf8 = Array(text.utf8)
    let lexed = Lexer.tokenize(text, file: path)
    self.tokens = lexed.tokens
    self.comments = lexed.comments
    self.diagnostics = lexed.diagnostics
    var splitter = FileSplitter(file: self)
    splitter.run()
    header = splitter.header
    declarations = splitter.declarations
    holes = splitter.holes
    diagnostics += splitter.diagnostics
  }

  /// Reads and splits a file; a file that cannot be read is an `.input` diagnostic.
  public static func read(path: String) throws(Diagnostic) -> SourceFile {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Diagnostic(
        category: .input, location: SourceLocation(file: path, position: .start), message: "cannot read file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw Diagnostic(
        category: .input, location: SourceLocation(file: path, position: .start),
        message: "file is not valid UTF-8")
    }
    return SourceFile(text: text, path: path)
  }

  /// True when the file imports Mathlib (`import Mathlib` or any `Mathlib.*` module).
  public var importsMathlib: Bool {
    header.contains { item in
      item.kind == .import
        && item.text.split(whereSeparator: \.isWhitespace).dropFirst().contains {
          $0 == "Mathlib" || $0.hasPrefix("Mathlib.")
        }
    }
  }

  /// The exact text of a range.
  public func text(of range: SourceRange) -> String {
    String(decoding: utf8[range.start.offset..<range.end.offset], as: UTF8.self)
  }

  /// The holes of one declaration, in source order.
  public func holes(inDeclaration index: Int) -> [SorryHole] {
    holes.filter { $0.declarationIndex == index }
  }

  /// A location in this file.
  public func location(_ range: SourceRange) -> SourceLocation {
    SourceLocation(file: path, range: range)
  }
}

extension SourceFile {
  /// Parses a declaration's binders, type and proof with the fragment parser.
  public func parseBody(of declaration: Declaration) -> DeclarationBodyParse {
    Parser.parseDeclarationBody(
      tokens[declaration.bodyTokenRange], file: path, commandColumn: declaration.range.start.column)
  }
}
