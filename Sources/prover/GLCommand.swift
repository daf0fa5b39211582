import ArgumentParser
import Foundation
import GenerativeLogic

/// `prover gl`: the Generative Logic engine, which derives arithmetic from Peano definitions.
struct GLCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gl",
    abstract: "Generative Logic: derive the laws of arithmetic from Peano definitions, and check the proofs.",
    subcommands: [GLDeriveCommand.self, GLVerifyCommand.self]
  )
}

/// `prover gl derive FILE --out DIR`.
struct GLDeriveCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "derive",
    abstract: "Conjecture, filter and prove theorems from a definitions file.",
    discussion: """
      Writes DIR/theorems.txt, DIR/theorems.json, DIR/graphs/*.json, DIR/axioms.json, DIR/relational.json, \
      DIR/definitions.def, DIR/GLDerived.lean and a static HTML site (DIR/index.html). \
      Exit codes: 0 derived (all acceptance laws proved), 1 some acceptance law unproved, 2 bad input.
      """
  )

  @Argument(help: "The definitions file, e.g. corpora/gl/peano.def.")
  var file: String

  @Option(help: "The output directory.")
  var out: String

  @Option(help: "Concurrent workers (default: the number of cores).")
  var workers: Int?

  @Option(help: "Most operator atoms per candidate chain.")
  var maxAtoms: Int = 5

  @Flag(
    help:
      "Prove with the term-rewriting prover instead of the relational machine (logic blocks, hash bursts, built-in induction)."
  )
  var rewriting = false

  @Flag(help: "Run every task of the relational machine in a block of its own instead of the shared trie of blocks.")
  var isolatedBlocks = false

  @Option(help: "Most request steps per block of the relational machine.")
  var relationalSteps: Int?

  @Flag(help: "Print the summary as JSON on standard output.")
  var json = false

  @Flag(help: "No progress on standard error.")
  var quiet = false

  func run() async throws {
    let text: String
    do {
      text = try String(contentsOfFile: file, encoding: .utf8)
    } catch {
      FileHandle.standardError.write(Data("\(file): error: cannot read the file\n".utf8))
      throw ExitCode(2)
    }
    let definitions: DefinitionFile
    do {
      definitions = try GLEngine.parse(text, file: file)
    } catch {
      FileHandle.standardError.write(Data("\(error)\n".utf8))
      throw ExitCode(2)
    }
    var configuration = GLConfiguration()
    configuration.conjecturer.maximumAtoms = maxAtoms
    configuration.prover.workers = workers ?? ProcessInfo.processInfo.activeProcessorCount
    if rewriting { configuration.engine = .rewriting }
    if isolatedBlocks { configuration.machine.sharedBlocks = false }
    if let relationalSteps { configuration.machine.block.maximumSteps = relationalSteps }
    let quiet = self.quiet
    let derivation = await GLEngine(configuration: configuration).derive(definitions) { message in
      if !quiet { FileHandle.standardError.write(Data("gl: \(message)\n".utf8)) }
    }
    let summary: DerivationSummary
    do {
      summary = try DerivationWriter(derivation: derivation).write(to: URL(fileURLWithPath: out))
    } catch {
      FileHandle.standardError.write(Data("\(out): error: cannot write the output: \(error)\n".utf8))
      throw ExitCode(2)
    }
    if json {
      print(String(decoding: try summary.jsonData(), as: UTF8.self))
    } else {
      print(summary.text)
    }
    if !summary.missingTargets.isEmpty { throw ExitCode(1) }
  }
}

/// `prover gl verify DIR`.
struct GLVerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Re-check every step of every proof graph in a derivation directory.",
    discussion: "Exit codes: 0 every step checks, 1 some step fails, 2 the directory cannot be read."
  )

  @Argument(help: "A directory written by `prover gl derive`.")
  var directory: String

  @Flag(help: "Print the report as JSON.")
  var json = false

  func run() throws {
    let report: VerificationReport
    do {
      report = try ProofVerifier.verify(directory: URL(fileURLWithPath: directory))
    } catch {
      FileHandle.standardError.write(Data("\(directory): error: \(error)\n".utf8))
      throw ExitCode(2)
    }
    if json {
      print(String(decoding: try report.jsonData(), as: UTF8.self))
    } else {
      print(report.text)
    }
    if !report.failures.isEmpty { throw ExitCode(1) }
  }
}
