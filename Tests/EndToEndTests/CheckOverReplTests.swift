import Foundation
import Testing

/// `prover check --backend repl --repl "prover repl"` (the native checker over the REPL protocol, in
/// a child process) gives the same verdict as the in-process native checker for every declaration
/// of every corpus file.
@Suite("prover check through prover repl")
struct CheckOverReplTests {
  struct Report: Decodable {
    struct File: Decodable {
      var path: String
      var declarations: [Declaration]
      var errors: [String]
    }

    struct Declaration: Decodable {
      var label: String
      var status: String
    }

    var files: [File]
    var errors: [String]
  }

  static func check(_ arguments: [String]) throws -> Report {
    try run(arguments).report
  }

  static func run(_ arguments: [String]) throws -> (report: Report, status: Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(EndToEndPaths.prover))
    process.arguments = ["check", "--json"] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: EndToEndPaths.packageRoot)
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect([0, 1].contains(process.terminationStatus), "prover check exited with \(process.terminationStatus)")
    return (try JSONDecoder().decode(Report.self, from: data), process.terminationStatus)
  }

  @Test(
    "same verdicts over the REPL protocol as in process, on all of corpora/",
    .enabled(if: EndToEndPaths.prover != nil, "the prover executable is not built next to the test bundle"))
  func sameVerdicts() throws {
    let prover = try #require(EndToEndPaths.prover)
    let native = try Self.check(["corpora"])
    let served = try Self.check(["--backend", "repl", "--repl", "\(prover) repl", "corpora"])
    let nativeRows = native.files.flatMap { file in file.declarations.map { "\(file.path) \($0.label): \($0.status)" } }
    let servedRows = served.files.flatMap { file in file.declarations.map { "\(file.path) \($0.label): \($0.status)" } }
    #expect(nativeRows.count > 500, "only \(nativeRows.count) declarations were checked")
    #expect(native.errors.isEmpty && served.errors.isEmpty)
    #expect(nativeRows.count == servedRows.count)
    let differences = zip(nativeRows, servedRows).filter { $0 != $1 }.map { "\($0)  vs  \($1)" }
    #expect(differences.isEmpty, "\(differences.count) verdicts differ:\n\(differences.joined(separator: "\n"))")
    #expect(nativeRows.contains { $0.hasSuffix(": accepted") } && nativeRows.contains { $0.hasSuffix(": sorry") })
  }

  /// Files that Lean rejects for an error outside every declaration, with the error's location
  /// and the verdict of the declaration the error cut short.
  static let rejectedFiles: [(name: String, text: String, error: String, verdicts: [String])] = [
    (
      "Stray.lean", "theorem foo : 1 = 1 := by\nsorry\n",
      "Stray.lean:2:0: error: unexpected token 'sorry'; expected command",
      ["theorem foo: rejected"]
    ),
    (
      "EndMismatch.lean", "namespace A\ntheorem foo : 1 = 1 := rfl\nend B\n",
      "EndMismatch.lean:3:0: error: invalid 'end', name mismatch (expected A)", ["theorem A.foo: accepted"]
    ),
    (
      "Garbage.lean", "theorem foo : 1 = 1 := rfl\n\nblah blah 3\n\ntheorem bar : 2 = 2 := rfl\n",
      "Garbage.lean:3:0: error: unexpected identifier; expected command",
      ["theorem foo: accepted", "theorem bar: accepted"]
    ),
    (
      "LeadingEnd.lean", "end\ntheorem foo : 1 = 1 := rfl\n",
      "LeadingEnd.lean:1:0: error: invalid 'end', insufficient scopes",
      ["theorem foo: accepted"]
    ),
  ]

  @Test(
    "an error outside every declaration is reported and fails the check, in process and over the REPL",
    .enabled(if: EndToEndPaths.prover != nil, "the prover executable is not built next to the test bundle"))
  func errorsOutsideDeclarations() throws {
    let prover = try #require(EndToEndPaths.prover)
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("check-file-errors-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for file in Self.rejectedFiles {
      let path = directory.appendingPathComponent(file.name).path
      try file.text.write(toFile: path, atomically: true, encoding: .utf8)
      for backend in [[], ["--backend", "repl", "--repl", "\(prover) repl"]] {
        let (report, status) = try Self.run(backend + [path])
        #expect(status == 1, "\(file.name) \(backend): exit status \(status)")
        let checked = try #require(report.files.first)
        #expect(checked.errors == [directory.path + "/" + file.error], "\(file.name) \(backend)")
        #expect(checked.declarations.map { "\($0.label): \($0.status)" } == file.verdicts, "\(file.name) \(backend)")
      }
    }
  }
}
