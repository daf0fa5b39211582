import Foundation
import Glibc
import LeanREPL

/// Launches of the fake REPL script (`Fixtures/fake_repl.py`), a test double of the Lean REPL.
enum FakeRepl {
  static var script: String {
    if let url = Bundle.module.url(forResource: "Fixtures/fake_repl", withExtension: "py") { return url.path }
    return GoldenData.packageRoot.appendingPathComponent("Tests/LeanREPLTests/Fixtures/fake_repl.py").path
  }

  static var python: String {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : "python3"
  }

  static var isAvailable: Bool {
    ReplLaunch(executable: python).resolvedExecutable() != nil
  }

  static let missingMessage = "python3 not found: the fake REPL tests are skipped"

  static func launch(_ options: String...) -> ReplLaunch {
    launch(options)
  }

  static func launch(_ options: [String]) -> ReplLaunch {
    ReplLaunch(executable: python, arguments: [script] + options)
  }

  /// A configuration with short deadlines for fault tests.
  static func configuration(
    header: String? = "import Fake", timeout: Duration = .seconds(10), memoryLimit: Int? = nil,
    maximumReplyBytes: Int = 256 << 20
  ) -> ReplProcessConfiguration {
    ReplProcessConfiguration(
      header: header, requestTimeout: timeout, startupTimeout: .seconds(10), memoryLimitBytes: memoryLimit,
      memoryPollInterval: .milliseconds(20), maximumReplyBytes: maximumReplyBytes,
      restartBackoff: .milliseconds(10), maximumRestartBackoff: .milliseconds(50))
  }

  /// Waits (up to a generous deadline that only detects hangs) until the process group is gone:
  /// `kill(-group, 0)` fails, as `kill -0 -PGID` does in a shell. Orphaned members are reaped by
  /// PID 1, which may take a moment after they were killed.
  static func groupEnds(_ group: Int32, within seconds: Double = 10) async -> Bool {
    let start = ContinuousClock.now
    while ContinuousClock.now - start < .seconds(seconds) {
      if kill(-group, 0) != 0 { return true }
      try? await Task.sleep(for: .milliseconds(20))
    }
    return kill(-group, 0) != 0
  }
}
