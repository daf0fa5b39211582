import Foundation
import LeanREPL
import Testing

/// Long or environment-dependent tests, run only with `PROVER_HEAVY_TESTS=1`.
@Suite("Heavy REPL tests (PROVER_HEAVY_TESTS=1)")
struct HeavyTests {
  static var enabled: Bool { ProcessInfo.processInfo.environment["PROVER_HEAVY_TESTS"] == "1" }
  static let disabledMessage = "set PROVER_HEAVY_TESTS=1 to run"
  static var leanFound: Bool { (try? ReplDiscovery().resolve()) != nil }

  @Test("the restart back-off doubles up to its cap")
  func backoff() {
    let configuration = ReplProcessConfiguration(restartBackoff: .milliseconds(100), maximumRestartBackoff: .seconds(1))
    #expect(configuration.backoff(afterFailures: 0) == .zero)
    #expect(configuration.backoff(afterFailures: 1) == .milliseconds(100))
    #expect(configuration.backoff(afterFailures: 3) == .milliseconds(400))
    #expect(configuration.backoff(afterFailures: 50) == .seconds(1))
  }

  @Test(
    "soak: thousands of requests over a pool with faults injected; every reply is its own",
    .enabled(if: HeavyTests.enabled, Comment(rawValue: HeavyTests.disabledMessage)),
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func soak() async throws {
    var process = FakeRepl.configuration(header: "import Fake", timeout: .milliseconds(400))
    process.restartBackoff = .milliseconds(1)
    let pool = ReplPool(
      configuration: ReplPoolConfiguration(
        launch: FakeRepl.launch(
          "--grandchild", "--chunked", "3", "--late-on", "LATE", "--late-seconds", "0.6", "--exit-on", "EXIT",
          "--garbage-on", "GARBAGE", "--double-on", "TWICE"),
        workersPerHeader: 2, process: process, recycleAfterRequests: 300))
    let faults = ["LATE", "EXIT", "GARBAGE", "TWICE"]
    try await withThrowingTaskGroup(of: (Int, Int).self) { group in
      for tree in 0..<4 {
        group.addTask {
          var generator = SeededGenerator(seed: UInt64(tree + 1))
          let worker = await pool.beginTree(header: "import Fake")
          var good = 0
          for index in 0..<750 {
            let fault = Int.random(in: 0..<100, using: &generator) < 3 ? faults.randomElement(using: &generator)! : ""
            let text = "echo \(tree) \(index) \(fault)"
            do {
              let reply = try await pool.sendInHeaderEnvironment(text, to: worker)
              guard case .command(let response) = reply.response else { throw Failure("wrong shape") }
              let echoed = response.messages.first { $0.severity == .info }?.data
              if echoed != text { throw Failure("request '\(text)' got the reply to '\(echoed ?? "-")'") }
              good += 1
            } catch let error as ReplProcessError {
              switch error {
              case .unexpectedReply, .mismatchedReply:
                continue
              default:
                if fault.isEmpty || fault == "TWICE" { throw Failure("request '\(text)' failed: \(error)") }
              }
            }
          }
          await pool.endTree(worker)
          return (tree, good)
        }
      }
      for try await (_, good) in group { #expect(good > 650) }
    }
    await pool.shutdown()
  }

  @Test(
    "real Lean: the golden core transcripts replay to the same replies",
    .enabled(if: HeavyTests.enabled, Comment(rawValue: HeavyTests.disabledMessage)),
    .enabled(if: GoldenData.isAvailable, Comment(rawValue: GoldenData.missingMessage)),
    .enabled(if: HeavyTests.leanFound, "no Lean REPL found (see Lean/README.md)"))
  func realLean() async throws {
    var launch = try ReplDiscovery().resolve().launch
    let sandbox = NSTemporaryDirectory() + "prover-golden-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: sandbox + "/test", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: sandbox) }
    if launch.workingDirectory == nil { launch.workingDirectory = sandbox }
    let pairs = try GoldenData.pairs().filter { !$0.test.hasPrefix("Mathlib/") }
    let tests = Dictionary(grouping: pairs, by: \.test).filter { _, pairs in
      !pairs.contains { $0.request["path"] != nil || $0.request["pickleTo"] != nil }
        && !pairs.contains { $0.request["unpickleEnvFrom"] != nil || $0.request["unpickleProofStateFrom"] != nil }
    }
    for (test, testPairs) in tests.sorted(by: { $0.key < $1.key }) {
      let process = ReplProcess(
        launch: launch, configuration: ReplProcessConfiguration(requestTimeout: .seconds(120)))
      for pair in testPairs.sorted(by: { $0.index < $1.index }) {
        let reply = try await process.send(try ReplRequest(json: pair.request))
        #expect(reply.response.json == pair.response, "\(test)#\(pair.index)")
      }
      await process.shutdown()
    }
  }
}
