import ArgumentParser

/// The `prover` command: finds, checks and manipulates Lean 4 proofs. Each subcommand is a thin
/// layer that parses options, builds a configuration and calls the library modules.
@main
struct ProverCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "prover",
    abstract: "A formal-proof search agent for Lean 4.",
    discussion: """
      Exit codes: 0 success (everything accepted or proved), 1 some item failed or was left \
      unproved, 2 bad input (unreadable file, syntax error, bad option), 3 backend failure.
      Positions are printed as file:line:column with lines from 1 and columns from 0, as Lean does.
      """,
    version: "0.1.0",
    subcommands: [
      ParseCommand.self, CheckCommand.self, ProveCommand.self, ReplCommand.self, TrainValueCommand.self,
      DoctorCommand.self,
      GLCommand.self,
    ]
  )
}
