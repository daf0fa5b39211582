import Foundation

/// What `prover doctor` prints: the versions of the tools found (Swift package, Lean, Lake), the
/// REPL command that would be used (or why there is none), and whether GMP can be loaded.
public struct ToolchainReport: Hashable, Sendable, Codable {
  /// A tool found on the search path, with the first line of its `--version` output.
  public struct Tool: Hashable, Sendable, Codable {
    public var path: String
    public var version: String?
  }

  public var proverVersion: String
  public var lean: Tool?
  public var lake: Tool?
  /// The REPL command line that would be used.
  public var replCommand: String?
  /// Its working directory, for a Lake project.
  public var replWorkingDirectory: String?
  /// How the command was chosen, or why none was found.
  public var replExplanation: String
  public var gmpAvailable: Bool

  /// Looks everything up; `--version` probes are stopped after `timeout`.
  public static func gather(
    proverVersion: String, discovery: ReplDiscovery, timeout: Duration = .seconds(10)
  ) -> ToolchainReport {
    func tool(_ name: String) -> Tool? {
      guard let path = discovery.find(name) else { return nil }
      return Tool(path: path, version: firstLine(ofRunning: path, ["--version"], timeout: timeout))
    }
    var replCommand: String?
    var directory: String?
    let explanation: String
    do {
      let resolution = try discovery.resolve()
      replCommand = resolution.launch.description
      directory = resolution.launch.workingDirectory
      explanation = "\(resolution.explanation) (from \(resolution.source.rawValue))"
    } catch {
      explanation = error.message
    }
    return ToolchainReport(
      proverVersion: proverVersion, lean: tool("lean"), lake: tool("lake"), replCommand: replCommand,
      replWorkingDirectory: directory, replExplanation: explanation, gmpAvailable: gmpAvailable())
  }

  /// True when the GMP shared library can be loaded.
  public static func gmpAvailable() -> Bool {
    for name in ["libgmp.so.10", "libgmp.so"] {
      if let handle = dlopen(name, RTLD_LAZY) {
        dlclose(handle)
        return true
      }
    }
    return false
  }

  /// The first line of a command's output, or nil when it fails or takes longer than `timeout`.
  static func firstLine(ofRunning path: String, _ arguments: [String], timeout: Duration) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    do {
      try process.run()
    } catch {
      return nil
    }
    if finished.wait(timeout: .now() + timeout.seconds) == .timedOut {
      process.terminate()
      return nil
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let text = String(decoding: data, as: UTF8.self)
    return text.split(separator: "\n").first.map { String($0).trimmingCharacters(in: .whitespaces) }
  }

  private enum CodingKeys: String, CodingKey {
    case proverVersion, lean, lake, replCommand, replWorkingDirectory, replExplanation, gmpAvailable
  }

  /// Encodes every field, writing `null` for a tool or command that was not found.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(proverVersion, forKey: .proverVersion)
    try container.encode(lean, forKey: .lean)
    try container.encode(lake, forKey: .lake)
    try container.encode(replCommand, forKey: .replCommand)
    try container.encode(replWorkingDirectory, forKey: .replWorkingDirectory)
    try container.encode(replExplanation, forKey: .replExplanation)
    try container.encode(gmpAvailable, forKey: .gmpAvailable)
  }

  /// The report as lines of text.
  public var text: String {
    func describe(_ tool: Tool?, _ name: String) -> String {
      guard let tool else { return "\(name): not found" }
      return "\(name): \(tool.version ?? "version unknown") (\(tool.path))"
    }
    var lines = ["prover: \(proverVersion)", describe(lean, "lean"), describe(lake, "lake")]
    if let replCommand {
      lines.append("repl: \(replCommand)" + (replWorkingDirectory.map { " (in \($0))" } ?? ""))
    } else {
      lines.append("repl: none")
    }
    lines.append("  \(replExplanation)")
    lines.append("gmp: \(gmpAvailable ? "present" : "missing")")
    return lines.joined(separator: "\n")
  }

  /// The report as pretty JSON with sorted keys.
  public var json: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
