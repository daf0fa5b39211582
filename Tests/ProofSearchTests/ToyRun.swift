import LeanSyntax
import ProofSearch
import ProverCore
import SearchDoubles

/// Runs a `Prover` over every declaration of a text with one backend, as the command line does.
func proveAll(
  _ text: String, backend: any ProofBackend, configuration: ProverConfiguration
) async throws -> (file: SourceFile, results: [TheoremResult], traces: [TraceRecord]) {
  let file = SourceFile(text: text, path: "Toy.lean")
  let load = try await backend.load(text, context: nil)
  let prover = Prover(configuration: configuration)
  var results: [TheoremResult] = []
  var traces: [TraceRecord] = []
  for index in Set(file.holes.map(\.declarationIndex)).sorted() {
    let outcome = await prover.prove(declaration: index, of: file, load: load, backend: backend)
    results += outcome.results
    traces += outcome.traces
  }
  return (file, results, traces)
}
