import ProverCore

/// Why the parser stopped: the first syntax error or construct outside the fragment. Lean reports
/// one parse error per command, and so does this parser.
struct ParseStop: Error {
  var diagnostic: Diagnostic
}
