import ArgumentParser
import LeanREPL
import NativeChecker
import ProverCore

/// The backends `prover prove` can search with, and how each is made: one instance per job, so
/// that jobs share no lock.
enum BackendChoice: String, ExpressibleByArgument, CaseIterable {
  case native, lean, repl

  /// A failure to make a backend; `prove` exits with code 3.
  struct Unavailable: Error, CustomStringConvertible {
    var description: String
  }

  /// A factory for fresh backend instances.
  func factory(lean options: LeanOptions) throws -> @Sendable () async throws -> any ProofBackend {
    switch self {
    case .native:
      return { NativeBackend() }
    case .lean, .repl:
      if self == .repl, options.repl == nil {
        throw Unavailable(description: "--backend repl needs --repl COMMAND (for example --repl \"prover repl\")")
      }
      let resolution: ReplDiscovery.Resolution
      do {
        resolution = try options.discovery.resolve()
      } catch {
        throw Unavailable(description: error.description)
      }
      let launch = resolution.launch
      return { LeanBackend(configuration: ReplPoolConfiguration(launch: launch, workersPerHeader: 1)) }
    }
  }
}
