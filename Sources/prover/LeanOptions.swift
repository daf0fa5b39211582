import ArgumentParser
import LeanREPL

/// The options that say where real Lean is: a Lake project or a REPL command line.
struct LeanOptions: ParsableArguments {
  @Option(
    name: .customLong("lean-project"),
    help: ArgumentHelp(
      "A Lake project whose 'lake env' runs the Lean REPL (for example Lean/ after scripts/setup-lean.sh).",
      valueName: "dir"))
  var leanProject: String?

  @Option(
    name: .customLong("repl"),
    help: ArgumentHelp(
      "The command line that starts a REPL, e.g. \"prover repl\" or a path to the repl binary.",
      valueName: "command"))
  var repl: String?

  /// The discovery these options ask for (the environment and PATH fill in the rest).
  var discovery: ReplDiscovery {
    ReplDiscovery(replCommand: repl, leanProject: leanProject)
  }
}
