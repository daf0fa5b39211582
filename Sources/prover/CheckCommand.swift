import ArgumentParser
import Foundation
import LeanSyntax
import NativeChecker
import ProverCore

/// `prover check`: checks Lean files with the native checker and reports each declaration.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the declarations of Lean files with the native checker.",
    discussion: """
      Each FILE may be a directory, which stands for every .lean file below it. Every declaration \
      is checked in order (later declarations may use earlier theorems) and reported as accepted \
      (proved and replayed through the kernel), rejected (with file:line:col: error: …), sorry \
      (contains sorry, never accepted) or unsupported (outside the native fragment, with the \
      construct). Exit codes: 0 every declaration accepted, 1 some declaration not accepted, \
      2 bad input (unreadable file).
      """
  )

  @Argument(help: "Lean files or directories.")
  var paths: [String]

  @Flag(help: "Print JSON instead of text.")
  var json = false

  @Flag(help: "Print only the summary and the declarations that were not accepted.")
  var quiet = false

  @Flag(help: "Do not use the decision procedures (omega, decide, ring, …); their tactics are then unsupported.")
  var noOracles = false

  func run() throws {
    if !noOracles { ArithmeticOracles.registerStandard() }
    let (files, missing) = LeanFiles.expand(paths)
    var reports: [FileVerdicts] = []
    var problems = missing.map { "\($0): error: no such file or directory" }
    let checker = FileChecker()
    for path in files {
      do {
        let file = try SourceFile.read(path: path)
        reports.append(FileVerdicts(path: path, declarations: checker.check(file)))
      } catch {
        problems.append(error.description)
      }
    }
    let all = reports.flatMap(\.declarations)
    let counts = Dictionary(grouping: all, by: \.status).mapValues(\.count)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(JSONOutput(files: reports, errors: problems)), as: UTF8.self))
    } else {
      for report in reports {
        for verdict in report.declarations where !(quiet && verdict.status == .accepted) {
          let trusted = verdict.trusted.isEmpty ? "" : " (trusts: \(verdict.trusted.joined(separator: ", ")))"
          print("\(report.path): \(verdict.label): \(verdict.status.rawValue)\(trusted)")
          for diagnostic in verdict.diagnostics {
            print("  " + diagnostic.description.replacingOccurrences(of: "\n", with: "\n  "))
          }
        }
      }
      print(
        "\(reports.count) files, \(all.count) declarations: \(counts[.accepted] ?? 0) accepted, "
          + "\(counts[.rejected] ?? 0) rejected, \(counts[.sorry] ?? 0) with sorry, "
          + "\(counts[.unsupported] ?? 0) unsupported")
      for problem in problems { FileHandle.standardError.write(Data((problem + "\n").utf8)) }
    }
    if !problems.isEmpty { throw ExitCode(2) }
    if all.contains(where: { $0.status != .accepted }) { throw ExitCode(1) }
  }

  struct FileVerdicts: Encodable {
    var path: String
    var declarations: [DeclarationVerdict]
  }

  struct JSONOutput: Encodable {
    var files: [FileVerdicts]
    var errors: [String]
  }
}
