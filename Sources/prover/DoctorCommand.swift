import ArgumentParser
import LeanREPL

/// `prover doctor`: prints the versions of the tools Prover can use and the REPL command it would
/// run, so that a user can see why real Lean is or is not available.
struct DoctorCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doctor",
    abstract: "Show the Prover version, the Lean and Lake found, the REPL command that would be used, and GMP.",
    discussion: """
      The REPL command is chosen in this order: --repl, --lean-project, the PROVER_LEAN_PROJECT \
      environment variable, a repl executable on PATH (or in ~/.elan/bin), then lake with the Lean/ \
      project of the current directory. When none is found, the reason lists what was looked for. \
      Always exits 0: this command only reports.
      """)

  @OptionGroup var lean: LeanOptions

  @Flag(help: "Print the report as JSON.")
  var json = false

  func run() async throws {
    let report = ToolchainReport.gather(
      proverVersion: ProverCommand.configuration.version, discovery: lean.discovery)
    print(json ? report.json : report.text)
  }
}
