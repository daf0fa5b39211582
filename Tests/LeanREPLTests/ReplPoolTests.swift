import Foundation
import LeanREPL
import Testing

@Suite("REPL pool")
struct ReplPoolTests {
  static func pool(
    _ options: String..., workers: Int = 2, recycleAfter: Int? = nil, timeout: Duration = .seconds(10)
  ) -> ReplPool {
    var process = FakeRepl.configuration(header: nil, timeout: timeout)
    process.header = nil
    return ReplPool(
      configuration: ReplPoolConfiguration(
        launch: ReplLaunch(executable: FakeRepl.python, arguments: [FakeRepl.script] + options),
        workersPerHeader: workers, process: process, recycleAfterRequests: recycleAfter))
  }

  @Test("the default size is cores − 1 and at least one")
  func defaultSize() {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    #expect(ReplPoolConfiguration.defaultWorkerCount == max(1, cores - 1))
    #expect(ReplPoolConfiguration(launch: ReplLaunch(executable: "x"), workersPerHeader: 0).workersPerHeader == 1)
  }

  @Test(
    "trees are spread over N workers per header and pinned to theirs",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func routing() async throws {
    let pool = Self.pool(workers: 2)
    let first = await pool.beginTree(header: "import A\n\n")
    let second = await pool.beginTree(header: "import A")
    let third = await pool.beginTree(header: "import A")
    let other = await pool.beginTree(header: "import B")
    #expect(first.header == "import A" && second.header == "import A")
    #expect(Set([first.index, second.index]) == [0, 1])
    #expect(third.index == 0 || third.index == 1)
    #expect(other.header == "import B" && other.index == 0)
    let reply = try await pool.sendInHeaderEnvironment("echo in A", to: first)
    #expect(reply.incarnation == 1)
    let group = try #require(await pool.process(first).processGroup)
    let otherGroup = try await pool.sendInHeaderEnvironment("echo in B", to: other)
    #expect(otherGroup.incarnation == 1)
    #expect(try await pool.process(other).processGroup != group)
    await pool.shutdown()
  }

  @Test(
    "a worker is recycled after its request budget once no tree uses it",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func recycling() async throws {
    let pool = Self.pool(workers: 1, recycleAfter: 3)
    let worker = await pool.beginTree(header: "import A")
    for _ in 0..<4 { _ = try await pool.sendInHeaderEnvironment("echo", to: worker) }
    #expect(await pool.recycledCount == 0)
    #expect(try await pool.sendInHeaderEnvironment("echo", to: worker).incarnation == 1)
    await pool.endTree(worker)
    #expect(await pool.recycledCount == 1)
    let again = await pool.beginTree(header: "import A")
    #expect(try await pool.sendInHeaderEnvironment("echo", to: again).incarnation == 2)
    await pool.shutdown()
  }

  @Test(
    "the pool keeps serving after a worker hangs, and old ids are refused as stale",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func recovery() async throws {
    let pool = Self.pool("--grandchild", "--hang-on", "HANG", workers: 1)
    let worker = await pool.beginTree(header: "import A")
    let loaded = try await pool.sendInHeaderEnvironment("theorem x : True := sorry", to: worker)
    guard case .command(let response) = loaded.response, let state = response.sorries.first?.proofState else {
      throw Failure("no sorry")
    }
    let group = try #require(await pool.process(worker).processGroup)
    await #expect(throws: ReplProcessError.timeout(milliseconds: 300)) {
      try await pool.sendInHeaderEnvironment("HANG", to: worker, timeout: .milliseconds(300))
    }
    #expect(await FakeRepl.groupEnds(group))
    await #expect(throws: ReplProcessError.staleIncarnation(expected: 1, current: 2)) {
      try await pool.send(
        .tactic(TacticRequest(tactic: "done", proofState: state)), to: worker, incarnation: loaded.incarnation)
    }
    let fresh = try await pool.sendInHeaderEnvironment("echo fresh", to: worker)
    #expect(fresh.incarnation == 2)
    await pool.shutdown()
  }

  @Test(
    "prewarm starts every worker of a header",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func prewarm() async throws {
    let pool = Self.pool(workers: 2)
    try await pool.prewarm(header: "import A")
    for index in 0..<2 {
      #expect(try await pool.process(ReplWorkerID(header: "import A", index: index)).isRunning)
    }
    await pool.shutdown()
  }
}
