import ArgumentParser
import Foundation
import LeanSyntax
import ProverCore

/// `prover parse`: reads Lean files and prints their header, declarations and `sorry` holes.
struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Print the declarations and sorry holes of Lean files.",
    discussion: """
      Each FILE may be a directory, which stands for every .lean file below it. For every \
      declaration the report gives its kind, full name, position (line:column, columns from 0 as \
      in Lean), the positions of its sorry holes, and whether its statement and proof lie in the \
      native fragment (a construct outside it is reported as `unsupported`, with its location). \
      Exit code 0 when every file was read and every declaration is valid syntax (unsupported \
      constructs included), 2 otherwise.
      """
  )

  @Argument(help: "Lean files or directories.")
  var paths: [String]

  @Flag(help: "Print JSON instead of text.")
  var json = false

  func run() throws {
    let (files, missing) = LeanFiles.expand(paths)
    var reports: [FileReport] = []
    var problems = missing.map { "\($0): error: no such file or directory" }
    for path in files {
      do {
        let file = try SourceFile.read(path: path)
        let report = FileReport(file)
        reports.append(report)
        problems += file.diagnostics.map(\.description) + report.syntaxErrors
      } catch {
        problems.append(error.description)
      }
    }
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let output = JSONOutput(files: reports, errors: problems)
      print(String(decoding: try encoder.encode(output), as: UTF8.self))
    } else {
      for report in reports { print(report.text) }
      let holes = reports.reduce(0) { $0 + $1.holeCount }
      let all = reports.flatMap(\.declarations)
      let inFragment = all.filter { $0.status == "fragment" }.count
      let unsupported = all.filter { $0.status == "unsupported" }.count
      print(
        "\(reports.count) files, \(all.count) declarations (\(inFragment) in the native fragment, "
          + "\(unsupported) unsupported), \(holes) holes")
      for problem in problems { FileHandle.standardError.write(Data((problem + "\n").utf8)) }
    }
    if !problems.isEmpty { throw ExitCode(2) }
  }
}

/// What `prover parse` reports about one file.
struct FileReport: Encodable {
  struct DeclarationReport: Encodable {
    var kind: String
    var name: String?
    var line: Int
    var column: Int
    var endLine: Int
    var statement: String
    var holes: [HoleReport]
    /// `fragment` when statement and proof parse, `unsupported` or `error` otherwise.
    var status: String
    var diagnostic: String?
  }

  struct HoleReport: Encodable {
    var line: Int
    var column: Int
    var position: String
  }

  var path: String
  var importsMathlib: Bool
  var header: [String]
  var declarations: [DeclarationReport]

  init(_ file: SourceFile) {
    path = file.path
    importsMathlib = file.importsMathlib
    header = file.header.map(\.text)
    declarations = file.declarations.indices.map { index in
      let declaration = file.declarations[index]
      let parse = file.parseBody(of: declaration)
      let diagnostic = parse.diagnostics.first
      let status =
        diagnostic == nil ? "fragment" : diagnostic?.category == .unsupported ? "unsupported" : "error"
      return DeclarationReport(
        kind: declaration.kind.rawValue, name: declaration.fullName,
        line: declaration.keywordRange.start.line, column: declaration.keywordRange.start.column,
        endLine: declaration.range.end.line,
        statement: file.text(of: declaration.signatureRange).trimmingCharacters(in: .whitespacesAndNewlines),
        holes: file.holes(inDeclaration: index).map {
          HoleReport(line: $0.range.start.line, column: $0.range.start.column, position: $0.position.rawValue)
        }, status: status, diagnostic: diagnostic?.description)
    }
  }

  var holeCount: Int { declarations.reduce(0) { $0 + $1.holes.count } }

  /// The syntax errors (not the unsupported constructs) of the declarations.
  var syntaxErrors: [String] { declarations.filter { $0.status == "error" }.compactMap(\.diagnostic) }

  var text: String {
    var lines = ["\(path): \(declarations.count) declarations, \(holeCount) holes"]
    for declaration in declarations {
      var line = "  \(declaration.line):\(declaration.column) \(declaration.kind) \(declaration.name ?? "_")"
      if !declaration.holes.isEmpty {
        line += "  sorry at " + declaration.holes.map { "\($0.line):\($0.column)" }.joined(separator: ", ")
      }
      lines.append(line)
      if declaration.status == "unsupported", let diagnostic = declaration.diagnostic {
        lines.append("    " + diagnostic)
      }
    }
    return lines.joined(separator: "\n")
  }
}

/// The JSON document of `prover parse --json`.
struct JSONOutput: Encodable {
  var files: [FileReport]
  var errors: [String]
}
