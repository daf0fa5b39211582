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
    }

    struct Declaration: Decodable {
      var label: String
      var status: String
    }

    var files: [File]
    var errors: [String]
  }

  static func check(_ arguments: [String]) throws -> Report {
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
    return try JSONDecoder().decode(Report.self, from: data)
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
}
