import Foundation

/// Finds the command that starts a Lean REPL, in this order: an explicit command line (`--repl`),
/// an explicit Lake project (`--lean-project`), the `PROVER_LEAN_PROJECT` environment variable,
/// then `repl` on `PATH`, then `lake` on `PATH` with the `Lean/` project of the current directory.
/// A Lake project is run as `lake env <its built repl>`, or `lake exe repl` when not built yet.
public struct ReplDiscovery: Sendable {
  /// Where the command came from.
  public enum Source: String, Hashable, Sendable {
    case replOption = "--repl"
    case leanProjectOption = "--lean-project"
    case environmentVariable = "PROVER_LEAN_PROJECT"
    case path = "PATH"
  }

  /// The command found and how.
  public struct Resolution: Hashable, Sendable {
    public var launch: ReplLaunch
    public var source: Source
    /// A sentence saying what was chosen and why.
    public var explanation: String
  }

  /// The name of the environment variable that names a Lake project.
  public static let projectVariable = "PROVER_LEAN_PROJECT"

  public var replCommand: String?
  public var leanProject: String?
  public var environment: [String: String]
  public var currentDirectory: String

  public init(
    replCommand: String? = nil, leanProject: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    currentDirectory: String = FileManager.default.currentDirectoryPath
  ) {
    self.replCommand = replCommand
    self.leanProject = leanProject
    self.environment = environment
    self.currentDirectory = currentDirectory
  }

  /// `PATH` plus `~/.elan/bin`, where elan installs `lean` and `lake`.
  public var searchPath: String {
    var parts = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
    if let home = environment["HOME"] { parts.append(home + "/.elan/bin") }
    return parts.joined(separator: ":")
  }

  /// The path of a tool (`lean`, `lake`, `repl`) on the search path.
  public func find(_ tool: String) -> String? {
    ReplLaunch.findOnPath(tool, searchPath: searchPath)
  }

  /// The REPL command to use, or an error that lists everything that was looked for.
  public func resolve() throws(ReplDiscoveryError) -> Resolution {
    if let replCommand {
      guard let launch = ReplLaunch(commandLine: replCommand, workingDirectory: nil) else {
        throw ReplDiscoveryError(message: "--repl: '\(replCommand)' is not a command line")
      }
      guard launch.resolvedExecutable(searchPath: searchPath) != nil else {
        throw ReplDiscoveryError(message: "--repl: executable '\(launch.executable)' not found")
      }
      return Resolution(launch: launch, source: .replOption, explanation: "the command given with --repl")
    }
    if let leanProject {
      return try project(leanProject, source: .leanProjectOption)
    }
    if let variable = environment[Self.projectVariable], !variable.isEmpty {
      return try project(variable, source: .environmentVariable)
    }
    if let repl = find("repl") {
      return Resolution(
        launch: ReplLaunch(executable: repl), source: .path, explanation: "the repl executable found on PATH")
    }
    let bundled = (currentDirectory as NSString).appendingPathComponent("Lean")
    let lake = find("lake")
    if lake != nil, Self.isLakeProject(bundled) {
      return try project(bundled, source: .path)
    }
    throw ReplDiscoveryError(
      message: """
        Lean was not found. Looked for: a command given with --repl (none); a Lake project given with \
        --lean-project (none); the \(Self.projectVariable) environment variable (unset); a repl executable \
        on PATH or in ~/.elan/bin (none); lake on PATH (\(lake ?? "none")) with a Lake project in \
        \(bundled) (\(Self.isLakeProject(bundled) ? "found" : "none")). To use real Lean, run \
        scripts/setup-lean.sh and pass --lean-project Lean (see Lean/README.md); otherwise use the native \
        backend.
        """)
  }

  /// The launch for a Lake project directory.
  private func project(_ path: String, source: Source) throws(ReplDiscoveryError) -> Resolution {
    let directory = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: currentDirectory)).standardized.path
    guard Self.isLakeProject(directory) else {
      throw ReplDiscoveryError(
        message:
          "\(source.rawValue): '\(path)' is not a Lake project (no lakefile.toml or lakefile.lean in \(directory))")
    }
    guard let lake = find("lake") else {
      throw ReplDiscoveryError(
        message: "\(source.rawValue): lake was not found on PATH or in ~/.elan/bin; install elan (see Lean/README.md)")
    }
    // The REPL finds its Lean through `lean` on PATH: make sure the folder of this lake is on it.
    let lakeDirectory = (lake as NSString).deletingLastPathComponent
    let environmentPath = [lakeDirectory, environment["PATH"] ?? ""].filter { !$0.isEmpty }.joined(separator: ":")
    let variables = ["PATH": environmentPath]
    let candidates = [
      directory + "/.lake/packages/REPL/.lake/build/bin/repl",
      directory + "/.lake/packages/repl/.lake/build/bin/repl",
      directory + "/.lake/build/bin/repl",
    ]
    if let built = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
      return Resolution(
        launch: ReplLaunch(
          executable: lake, arguments: ["env", built], workingDirectory: directory, environment: variables),
        source: source,
        explanation: "the REPL built in the Lake project \(directory), run with lake env")
    }
    return Resolution(
      launch: ReplLaunch(
        executable: lake, arguments: ["exe", "repl"], workingDirectory: directory, environment: variables),
      source: source,
      explanation: "lake exe repl in the Lake project \(directory) (the REPL is not built yet; lake builds it)")
  }

  /// True when `directory` holds a lakefile.
  public static func isLakeProject(_ directory: String) -> Bool {
    let manager = FileManager.default
    return manager.fileExists(atPath: directory + "/lakefile.toml")
      || manager.fileExists(atPath: directory + "/lakefile.lean")
  }
}
