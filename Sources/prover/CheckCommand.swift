import ArgumentParser
import Foundation
import LeanREPL
import LeanSyntax
import NativeChecker
import ProofSearch
import ProverCore

/// `prover check`: checks Lean files with the native checker and reports each declaration.
struct CheckCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the declarations of Lean files with the native checker.",
    discussion: """
      Each FILE may be a directory, which stands for every .lean file below it. Every declaration \
      is checked in order (later declarations may use earlier theorems) and reported as accepted \
      (proved and replayed through the kernel), rejected (with file:line:col: error: …), sorry \
      (contains sorry, never accepted) or unsupported (outside the native fragment, with the \
      construct). With --backend repl or lean the files are checked through a Lean REPL instead \
      (for example --backend repl --repl "prover repl", the native checker over stdio), and each \
      message is attributed to the declaration it lies in; an error that lies in no declaration \
      (a stray token after a proof, an unmatched `end`) is reported for the file. Exit codes: 0 every \
      declaration accepted, 1 some declaration not accepted or some error outside the declarations, \
      2 bad input (unreadable file), 3 backend failure.
      """
  )

  @Argument(help: "Lean files or directories.")
  var paths: [String]

  @Flag(help: "Print JSON instead of text.")
  var json = false

  @Flag(help: "Print only the summary and the declarations that were not accepted.")
  var quiet = false

  @Option(help: "The checker: native (in process), repl (with --repl) or lean.")
  var backend: BackendChoice = .native

  @OptionGroup var lean: LeanOptions

  @Flag(help: "Do not use the decision procedures (omega, decide, ring, …); their tactics are then unsupported.")
  var noOracles = false

  func run() async throws {
    if noOracles { ArithmeticOracles.removeAll() }
    let (files, missing) = LeanFiles.expand(paths)
    var reports: [FileVerdicts] = []
    var problems = missing.map { "\($0): error: no such file or directory" }
    let checker = FileChecker()
    var remote: (any ProofBackend)?
    if backend != .native {
      do {
        remote = try await backend.factory(lean: lean)()
      } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        throw ExitCode(3)
      }
    }
    for path in files {
      let file: SourceFile
      do {
        file = try SourceFile.read(path: path)
      } catch {
        problems.append(error.description)
        continue
      }
      guard let remote else {
        reports.append(
          FileVerdicts(
            path: path, declarations: checker.check(file).map(Row.init),
            errors: file.diagnostics.filter { $0.severity == .error }.map(\.description)))
        continue
      }
      do {
        let report = try await BackendFileChecker(backend: remote).report(file)
        reports.append(
          FileVerdicts(
            path: path, declarations: report.declarations.map(Row.init), errors: report.fileErrors.map(\.description)))
      } catch {
        FileHandle.standardError.write(Data("\(path): error: the backend failed: \(error)\n".utf8))
        throw ExitCode(3)
      }
    }
    if let leanBackend = remote as? LeanBackend { await leanBackend.shutdown() }
    let all = reports.flatMap(\.declarations)
    let counts = Dictionary(grouping: all, by: \.status).mapValues(\.count)
    let fileErrors = reports.reduce(0) { $0 + $1.errors.count }
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(JSONOutput(files: reports, errors: problems)), as: UTF8.self))
    } else {
      for report in reports {
        for error in report.errors { print(error) }
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
          + "\(counts[.unsupported] ?? 0) unsupported"
          + (fileErrors == 0 ? "" : ", \(fileErrors) errors outside declarations"))
      for problem in problems { FileHandle.standardError.write(Data((problem + "\n").utf8)) }
    }
    if !problems.isEmpty { throw ExitCode(2) }
    if all.contains(where: { $0.status != .accepted }) || fileErrors > 0 {
      throw ExitCode(1)
    }
  }

  struct FileVerdicts: Encodable {
    var path: String
    var declarations: [Row]
    /// The file's errors that no declaration's verdict holds (a stray token after a proof, an
    /// unmatched `end`), each printed as `file:line:col: error: message`.
    var errors: [String]
  }

  /// One declaration's verdict, from the native checker or from a backend.
  struct Row: Encodable {
    var label: String
    var name: String?
    var status: DeclarationVerdict.Status
    var diagnostics: [Diagnostic]
    /// The trusted facts an accepted proof rests on (native checker only).
    var trusted: [String]

    init(_ verdict: DeclarationVerdict) {
      self.init(
        label: verdict.label, name: verdict.name, status: verdict.status, diagnostics: verdict.diagnostics,
        trusted: verdict.trusted)
    }

    init(_ verdict: BackendVerdict) {
      self.init(
        label: verdict.label, name: verdict.name, status: DeclarationVerdict.Status(rawValue: verdict.status.rawValue)!,
        diagnostics: verdict.diagnostics, trusted: [])
    }

    init(label: String, name: String?, status: DeclarationVerdict.Status, diagnostics: [Diagnostic], trusted: [String])
    {
      self.label = label
      self.name = name
      self.status = status
      self.diagnostics = diagnostics
      self.trusted = trusted
    }
  }

  struct JSONOutput: Encodable {
    var files: [FileVerdicts]
    var errors: [String]
  }
}
