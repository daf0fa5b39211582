import Foundation
import LeanSyntax
import ProverCore
import TestSupport
import Testing

/// The 244 statements of miniF2F-valid: each parses, or stops at exactly one located `unsupported`
/// diagnostic that names the construct; none is a syntax error.
@Suite struct MiniF2FTests {
  struct Problem: Decodable {
    var name: String
    var statement: String
    var category: String
  }

  static let path = SharedData.path("minif2f-valid/minif2f-valid.jsonl")
  static let available = FileManager.default.fileExists(atPath: path)
  static let absent: Comment =
    "skipped: the shared data file ../shared/data/minif2f-valid/minif2f-valid.jsonl is absent"

  static func problems() throws -> [Problem]? {
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return try text.split(separator: "\n").map { try JSONDecoder().decode(Problem.self, from: Data($0.utf8)) }
  }

  @Test(.enabled(if: available, absent)) func everyStatementParsesOrNamesOneUnsupportedConstruct() throws {
    let problems = try #require(try MiniF2FTests.problems())
    #expect(problems.count == 244)
    var parsed = 0
    var constructs: [String: Int] = [:]
    for problem in problems {
      let file = problem.name + ".lean"
      let result = Parser.parseSignature(bodyTokens(problem.statement), file: file)
      if result.signature != nil {
        parsed += 1
        #expect(result.diagnostics.isEmpty)
        continue
      }
      #expect(result.diagnostics.count == 1, "\(problem.name): \(result.diagnostics)")
      guard let diagnostic = result.diagnostics.first else { continue }
      #expect(diagnostic.category == .unsupported, "\(problem.name): \(diagnostic)")
      #expect(diagnostic.location.file == file)
      #expect(diagnostic.location.range.start.line >= 1)
      let construct = diagnostic.construct ?? "?"
      #expect(!construct.isEmpty && diagnostic.description.contains("unsupported: \(construct)"))
      constructs[construct, default: 0] += 1
    }
    let summary = constructs.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key): \($0.value)" }
    print(
      "miniF2F-valid: \(parsed) parsed, \(problems.count - parsed) unsupported (\(summary.joined(separator: ", ")))")
  }

  @Test(.enabled(if: available, absent)) func everyNatIntCoreStatementParses() throws {
    let problems = try #require(try MiniF2FTests.problems())
    let core = problems.filter { $0.category == "natint_core" }
    #expect(core.count == 44)
    for problem in core {
      let result = Parser.parseSignature(bodyTokens(problem.statement), file: problem.name)
      #expect(result.signature != nil, "\(problem.name): \(result.diagnostics)")
    }
  }

  @Test(.enabled(if: available, absent)) func parsedStatementsRoundTrip() throws {
    let problems = try #require(try MiniF2FTests.problems())
    var count = 0
    for problem in problems {
      guard let signature = Parser.parseSignature(bodyTokens(problem.statement), file: problem.name).signature
      else { continue }
      let printed = "theorem t " + Printer.print(signature) + " := by"
      let reparsed = Parser.parseSignature(bodyTokens(printed), file: problem.name)
      #expect(
        reparsed.signature == signature, "\(problem.name)\n\(problem.statement)\n\(printed)\n\(reparsed.diagnostics)")
      count += 1
    }
    #expect(count > 44)
  }

  /// Files are parsed at each command's column (Lean's `withPosition commandParser`); every
  /// statement starts at column 0 and continues its lines to the right, so the saved position
  /// changes none of them.
  @Test(.enabled(if: available, absent)) func statementsParseTheSameAtTheCommandColumn() throws {
    let problems = try #require(try MiniF2FTests.problems())
    for problem in problems {
      let tokens = bodyTokens(problem.statement)
      let free = Parser.parseSignature(tokens, file: problem.name)
      let positioned = Parser.parseSignature(tokens, file: problem.name, commandColumn: 0)
      #expect(positioned.signature == free.signature, "\(problem.name)")
      #expect(positioned.diagnostics == free.diagnostics, "\(problem.name)")
    }
  }

  @Test func signatureTellsWhereTheProofStarts() throws {
    let tokens = bodyTokens("theorem t (n : ℕ) : n = n := by\n  rfl")
    let result = Parser.parseSignature(tokens, file: "t.lean")
    let start = try #require(result.proofStart)
    #expect(tokens[start].text == "by")
  }
}
