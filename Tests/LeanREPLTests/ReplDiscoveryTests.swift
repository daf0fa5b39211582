import Foundation
import LeanREPL
import Testing

@Suite("REPL discovery and launch command lines")
struct ReplDiscoveryTests {
  /// A temporary folder with a `bin/` for fake tools, removed by `cleanUp`.
  struct Sandbox {
    let root: String
    var bin: String { root + "/bin" }

    init() throws {
      root = NSTemporaryDirectory() + "prover-discovery-" + UUID().uuidString
      try FileManager.default.createDirectory(atPath: root + "/bin", withIntermediateDirectories: true)
    }

    func tool(_ name: String) throws -> String {
      let path = bin + "/" + name
      try "#!/bin/sh\necho \(name) 1.0\n".write(toFile: path, atomically: true, encoding: .utf8)
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
      return path
    }

    func project(_ name: String, builtRepl: Bool) throws -> String {
      let directory = root + "/" + name
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      try "name = \"x\"\n".write(toFile: directory + "/lakefile.toml", atomically: true, encoding: .utf8)
      if builtRepl {
        let bin = directory + "/.lake/packages/repl/.lake/build/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try "#!/bin/sh\n".write(toFile: bin + "/repl", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin + "/repl")
      }
      return directory
    }

    func cleanUp() {
      try? FileManager.default.removeItem(atPath: root)
    }
  }

  @Test("command lines split into words with quotes and escapes")
  func commandLines() throws {
    let launch = try #require(ReplLaunch(commandLine: "lake env '/a b/repl' \"x y\" z\\ w"))
    #expect(launch.executable == "lake")
    #expect(launch.arguments == ["env", "/a b/repl", "x y", "z w"])
    #expect(ReplLaunch(commandLine: launch.description) == launch)
    #expect(ReplLaunch(commandLine: "   ") == nil)
    #expect(ReplLaunch(commandLine: "repl 'open") == nil)
  }

  @Test("--repl wins and must name an executable")
  func replOption() throws {
    let sandbox = try Sandbox()
    defer { sandbox.cleanUp() }
    _ = try sandbox.tool("prover")
    let discovery = ReplDiscovery(replCommand: "prover repl", environment: ["PATH": sandbox.bin])
    let resolution = try discovery.resolve()
    #expect(resolution.source == .replOption)
    #expect(resolution.launch == ReplLaunch(executable: "prover", arguments: ["repl"]))
    #expect(throws: ReplDiscoveryError.self) {
      try ReplDiscovery(replCommand: "missing-repl", environment: ["PATH": sandbox.bin]).resolve()
    }
  }

  @Test("a Lake project runs its built REPL with lake env, or lake exe repl before it is built")
  func leanProject() throws {
    let sandbox = try Sandbox()
    defer { sandbox.cleanUp() }
    let lake = try sandbox.tool("lake")
    let built = try sandbox.project("built", builtRepl: true)
    let resolution = try ReplDiscovery(leanProject: built, environment: ["PATH": sandbox.bin]).resolve()
    #expect(resolution.source == .leanProjectOption)
    #expect(resolution.launch.executable == lake)
    #expect(resolution.launch.arguments == ["env", built + "/.lake/packages/repl/.lake/build/bin/repl"])
    #expect(resolution.launch.workingDirectory == built)
    #expect(resolution.launch.environment["PATH"]?.hasPrefix(sandbox.bin) == true)
    let fresh = try sandbox.project("fresh", builtRepl: false)
    let viaVariable = try ReplDiscovery(
      environment: ["PATH": sandbox.bin, ReplDiscovery.projectVariable: fresh], currentDirectory: sandbox.root
    ).resolve()
    #expect(viaVariable.source == .environmentVariable)
    #expect(viaVariable.launch.arguments == ["exe", "repl"])
    do {
      _ = try ReplDiscovery(leanProject: sandbox.bin, environment: ["PATH": sandbox.bin]).resolve()
      Issue.record("a folder without a lakefile was accepted")
    } catch {
      #expect(error.message.contains("not a Lake project"))
    }
  }

  @Test("without options, repl on PATH is used; with nothing found, the message lists what was looked for")
  func pathAndMissing() throws {
    let sandbox = try Sandbox()
    defer { sandbox.cleanUp() }
    do {
      _ = try ReplDiscovery(environment: ["PATH": sandbox.bin], currentDirectory: sandbox.root).resolve()
      Issue.record("discovery found a REPL in an empty sandbox")
    } catch {
      for looked in ["--repl", "--lean-project", "PROVER_LEAN_PROJECT", "PATH", "lake"] {
        #expect(error.message.contains(looked))
      }
    }
    let repl = try sandbox.tool("repl")
    let resolution = try ReplDiscovery(environment: ["PATH": sandbox.bin], currentDirectory: sandbox.root).resolve()
    #expect(resolution.source == .path)
    #expect(resolution.launch.executable == repl)
  }

  @Test("the doctor report names the tools found and prints JSON with nulls for missing ones")
  func doctorReport() throws {
    let sandbox = try Sandbox()
    defer { sandbox.cleanUp() }
    _ = try sandbox.tool("lake")
    let report = ToolchainReport.gather(
      proverVersion: "9.9.9",
      discovery: ReplDiscovery(environment: ["PATH": sandbox.bin], currentDirectory: sandbox.root))
    #expect(report.lake?.version == "lake 1.0")
    #expect(report.lean == nil)
    #expect(report.replCommand == nil)
    #expect(report.text.contains("lean: not found"))
    let json = try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any]
    #expect(json?["lean"] is NSNull)
    #expect(json?["proverVersion"] as? String == "9.9.9")
  }
}
