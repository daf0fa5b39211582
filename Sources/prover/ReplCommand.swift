import ArgumentParser
import Foundation
import LeanREPL
import NativeChecker

/// `prover repl`: serves the native checker over the Lean REPL's JSON protocol on standard input
/// and output, so that anything that drives a real Lean REPL can drive the native checker.
struct ReplCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repl",
    abstract: "Serve the native checker over the Lean REPL's JSON protocol (stdin/stdout).",
    discussion: """
      Requests are JSON objects separated by blank lines, as for leanprover-community/repl: \
      {"cmd": …, "env": n}, {"tactic": …, "proofState": n}, {"path": …}; replies have the real \
      REPL's shapes (env, messages, sorries with proofState, goals, proofStatus). Pickling is not \
      supported and gets an error reply. Example: prover check --backend repl --repl "prover repl" \
      corpora/nat. Exit codes: 0 at the end of input, 1 on input that is not a JSON command (as \
      the real REPL).
      """)

  func run() async throws {
    let server = ReplServer(backend: NativeBackend())
    let status = await server.serve(
      input: FileHandle.standardInput.fileDescriptor, output: FileHandle.standardOutput.fileDescriptor,
      errorOutput: FileHandle.standardError.fileDescriptor)
    if status != 0 { throw ExitCode(status) }
  }
}
