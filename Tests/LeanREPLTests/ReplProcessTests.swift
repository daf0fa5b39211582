import Foundation
import Glibc
import LeanREPL
import Testing

@Suite("REPL process against fake REPLs")
struct ReplProcessTests {
  static func command(_ text: String, env: Int? = 0) -> ReplRequest {
    .command(CommandRequest(cmd: text, env: env))
  }

  static func echoText(_ reply: ReplReply) -> String? {
    guard case .command(let response) = reply.response else { return nil }
    return response.messages.first { $0.severity == .info }?.data
  }

  @Test(
    "the header makes environment 0, and requests get their own replies in order",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func roundTrip() async throws {
    let process = ReplProcess(launch: FakeRepl.launch(), configuration: FakeRepl.configuration())
    let reply = try await process.send(Self.command("theorem t : 1 = 1 := sorry"))
    #expect(await process.headerEnvironment == 0)
    #expect(reply.incarnation == 1)
    guard case .command(let response) = reply.response else { throw Failure("not a command response") }
    #expect(response.env == 1)
    let state = try #require(response.sorries.first?.proofState)
    let step = try await process.send(.tactic(TacticRequest(tactic: "split", proofState: state)), incarnation: 1)
    #expect(
      StepClassification(classifying: step.response)
        == .progress(
          proofState: 1,
          goals: [
            "case left\nn : Nat\n⊢ n = n", "case right\nn : Nat\n⊢ n = n",
          ]))
    let done = try await process.send(.tactic(TacticRequest(tactic: "done", proofState: 1)), incarnation: 1)
    #expect(StepClassification(classifying: done.response) == .proved(proofState: 2))
    await process.shutdown()
  }

  @Test(
    "concurrent callers are served one at a time, each with its own reply",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func concurrentCallers() async throws {
    let process = ReplProcess(launch: FakeRepl.launch("--chunked", "7"), configuration: FakeRepl.configuration())
    try await withThrowingTaskGroup(of: (Int, String?).self) { group in
      for index in 0..<24 {
        group.addTask { (index, Self.echoText(try await process.send(Self.command("echo \(index)")))) }
      }
      for try await (index, text) in group {
        #expect(text == "echo \(index)")
      }
    }
    await process.shutdown()
  }

  @Test(
    "a hung REPL times out, its group (with a grandchild) is killed, and the next request restarts it",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func hang() async throws {
    let process = ReplProcess(
      launch: FakeRepl.launch("--grandchild", "--hang-on", "HANG"), configuration: FakeRepl.configuration())
    _ = try await process.send(Self.command("echo warm"))
    let group = try #require(await process.processGroup)
    #expect(ProcessGroup.members(of: group).count >= 2)
    let start = ContinuousClock.now
    await #expect(throws: ReplProcessError.timeout(milliseconds: 300)) {
      try await process.send(Self.command("HANG"), timeout: .milliseconds(300))
    }
    #expect(
      ContinuousClock.now - start < .seconds(600),
      "hang bound, not a timing claim (the whole suite shares 2 cores): the deadline fired")
    #expect(await FakeRepl.groupEnds(group))
    let reply = try await process.send(Self.command("echo again"))
    #expect(reply.incarnation == 2)
    #expect(Self.echoText(reply) == "echo again")
    #expect(await process.headerEnvironment == 0)
    await #expect(throws: ReplProcessError.staleIncarnation(expected: 1, current: 2)) {
      try await process.send(.tactic(TacticRequest(tactic: "done", proofState: 0)), incarnation: 1)
    }
    await process.shutdown()
  }

  @Test(
    "a REPL started as a grandchild (as `lake env repl` does) is killed with its whole group",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func wrappedLikeLakeEnv() async throws {
    let inner = ([FakeRepl.python, FakeRepl.script, "--hang-on", "HANG"]).map { "'\($0)'" }.joined(separator: " ")
    let process = ReplProcess(
      launch: ReplLaunch(executable: "/bin/sh", arguments: ["-c", inner + "; exit 0"]),
      configuration: FakeRepl.configuration())
    _ = try await process.send(Self.command("echo warm"))
    let group = try #require(await process.processGroup)
    #expect(ProcessGroup.members(of: group).count == 2)
    await #expect(throws: ReplProcessError.timeout(milliseconds: 300)) {
      try await process.send(Self.command("HANG"), timeout: .milliseconds(300))
    }
    #expect(await FakeRepl.groupEnds(group))
    #expect(Self.echoText(try await process.send(Self.command("echo after"))) == "echo after")
    await process.shutdown()
  }

  @Test(
    "a REPL that exits in the middle of a reply is detected at end of output",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func exitMidReply() async throws {
    let process = ReplProcess(
      launch: FakeRepl.launch("--grandchild", "--exit-on", "EXIT"), configuration: FakeRepl.configuration())
    _ = try await process.send(Self.command("echo warm"))
    let group = try #require(await process.processGroup)
    do {
      _ = try await process.send(Self.command("EXIT"))
      Issue.record("expected a failure")
    } catch {
      guard case .exited(let stderr) = error else { throw error }
      #expect(stderr.contains("exiting mid-reply"))
    }
    #expect(await FakeRepl.groupEnds(group))
    #expect(Self.echoText(try await process.send(Self.command("echo after"))) == "echo after")
    await process.shutdown()
  }

  @Test(
    "garbage on stdout is a decode failure that kills the REPL",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func garbage() async throws {
    let process = ReplProcess(
      launch: FakeRepl.launch("--grandchild", "--stray", "--garbage-on", "GARBAGE"),
      configuration: FakeRepl.configuration())
    #expect(Self.echoText(try await process.send(Self.command("echo stray lines are skipped"))) != nil)
    let group = try #require(await process.processGroup)
    do {
      _ = try await process.send(Self.command("GARBAGE"))
      Issue.record("expected a failure")
    } catch {
      guard case .invalidReply = error else { throw error }
    }
    #expect(await FakeRepl.groupEnds(group))
    #expect(Self.echoText(try await process.send(Self.command("echo after"))) == "echo after")
    await process.shutdown()
  }

  @Test(
    "a 10 MB reply is read whole, and refused above the reply limit",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func hugeReply() async throws {
    let process = ReplProcess(launch: FakeRepl.launch("--huge-on", "HUGE"), configuration: FakeRepl.configuration())
    let reply = try await process.send(Self.command("HUGE"))
    guard case .command(let response) = reply.response else { throw Failure("not a command response") }
    #expect(response.messages.first?.data.utf8.count == 10 << 20)
    #expect(response.messages.first?.endPos == nil)
    await process.shutdown()

    let limited = ReplProcess(
      launch: FakeRepl.launch("--grandchild", "--huge-on", "HUGE"),
      configuration: FakeRepl.configuration(maximumReplyBytes: 1 << 20))
    _ = try await limited.send(Self.command("echo warm"))
    let group = try #require(await limited.processGroup)
    await #expect(throws: ReplProcessError.replyTooLarge(limitBytes: 1 << 20)) {
      try await limited.send(Self.command("HUGE"))
    }
    #expect(await FakeRepl.groupEnds(group))
    #expect(Self.echoText(try await limited.send(Self.command("echo after"))) == "echo after")
    await limited.shutdown()
  }

  @Test(
    "a REPL that never answers the header fails to start within the start-up deadline",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func silentHeader() async throws {
    var configuration = FakeRepl.configuration()
    configuration.startupTimeout = .milliseconds(400)
    let process = ReplProcess(launch: FakeRepl.launch("--grandchild", "--no-header"), configuration: configuration)
    let start = ContinuousClock.now
    await #expect(throws: ReplProcessError.timeout(milliseconds: 400)) { try await process.start() }
    #expect(
      ContinuousClock.now - start < .seconds(600),
      "hang bound, not a timing claim (the whole suite shares 2 cores): the deadline fired")
    #expect(await process.isRunning == false)
    #expect(await process.consecutiveFailures == 1)
    await process.shutdown()
  }

  @Test(
    "a REPL that grows past the memory cap is killed during the request",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func memoryCap() async throws {
    let limit = 120 << 20
    let process = ReplProcess(
      launch: FakeRepl.launch("--grandchild", "--grow-on", "GROW"),
      configuration: FakeRepl.configuration(timeout: .seconds(20), memoryLimit: limit))
    _ = try await process.send(Self.command("echo warm"))
    let group = try #require(await process.processGroup)
    let start = ContinuousClock.now
    do {
      _ = try await process.send(Self.command("GROW"))
      Issue.record("expected a failure")
    } catch {
      guard case .memoryLimit(let resident, let reportedLimit) = error else { throw error }
      #expect(resident > limit)
      #expect(reportedLimit == limit)
    }
    #expect(
      ContinuousClock.now - start < .seconds(600),
      "hang bound, not a timing claim (the whole suite shares 2 cores): the deadline fired")
    #expect(await FakeRepl.groupEnds(group))
    #expect(Self.echoText(try await process.send(Self.command("echo after"))) == "echo after")
    await process.shutdown()
  }

  @Test(
    "a reply that comes after the deadline is never taken for the next request's answer",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func lateReply() async throws {
    let process = ReplProcess(
      launch: FakeRepl.launch("--late-on", "LATE", "--late-seconds", "0.6"), configuration: FakeRepl.configuration())
    await #expect(throws: ReplProcessError.timeout(milliseconds: 200)) {
      try await process.send(Self.command("echo LATE"), timeout: .milliseconds(200))
    }
    try await Task.sleep(for: .milliseconds(700))
    for index in 0..<3 {
      #expect(Self.echoText(try await process.send(Self.command("echo next \(index)"))) == "echo next \(index)")
    }
    await process.shutdown()
  }

  @Test(
    "a reply nobody asked for makes the process restart before the next request is sent",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func unsolicitedReply() async throws {
    let process = ReplProcess(launch: FakeRepl.launch("--double-on", "TWICE"), configuration: FakeRepl.configuration())
    let first = try await process.send(Self.command("echo TWICE"))
    #expect(Self.echoText(first) == "echo TWICE")
    try await Task.sleep(for: .milliseconds(200))
    // Usually the extra reply has arrived and the process restarts before sending; on a loaded
    // machine it may arrive as the answer to the next request, where its stale environment id
    // gives it away. Either way no request may get the extra reply.
    do {
      let second = try await process.send(Self.command("echo second"))
      #expect(Self.echoText(second) == "echo second")
      #expect(second.incarnation == 2)
    } catch {
      guard case .mismatchedReply = error else { throw error }
      let third = try await process.send(Self.command("echo third"))
      #expect(Self.echoText(third) == "echo third")
    }
    await process.shutdown()
  }

  @Test(
    "cancelling a waiting request kills the REPL",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func cancellation() async throws {
    let process = ReplProcess(
      launch: FakeRepl.launch("--grandchild", "--hang-on", "HANG"), configuration: FakeRepl.configuration())
    _ = try await process.send(Self.command("echo warm"))
    let group = try #require(await process.processGroup)
    let task = Task { try await process.send(Self.command("HANG")) }
    try await Task.sleep(for: .milliseconds(200))
    task.cancel()
    await #expect(throws: ReplProcessError.cancelled) { try await task.value }
    #expect(await FakeRepl.groupEnds(group))
    let fresh = try await process.send(Self.command("echo fresh"))
    let freshGroup = try #require(await process.processGroup)
    let early = Task {
      withUnsafeCurrentTask { $0?.cancel() }
      return try await process.send(Self.command("echo never sent"))
    }
    await #expect(throws: ReplProcessError.cancelled) { try await early.value }
    #expect(await process.processGroup == freshGroup)
    #expect(Self.echoText(try await process.send(Self.command("echo still alive"))) == "echo still alive")
    #expect(fresh.incarnation == 2)
    await process.shutdown()
  }

  @Test("a missing executable is a start failure with its name")
  func missingExecutable() async throws {
    let process = ReplProcess(launch: ReplLaunch(executable: "/nonexistent/repl"))
    do {
      try await process.start()
      Issue.record("expected a failure")
    } catch {
      guard case .spawnFailed(let reason) = error else { throw error }
      #expect(reason.contains("/nonexistent/repl"))
    }
  }

  @Test(
    "golden replies written in random chunks with random pauses decode to the right values",
    .enabled(if: FakeRepl.isAvailable && GoldenData.isAvailable, "needs python3 and ../shared/data"))
  func goldenReplayInChunks() async throws {
    let tests = Dictionary(grouping: try GoldenData.pairs(), by: \.test)
    #expect(tests.count == 71)
    try await withThrowingTaskGroup(of: Void.self) { group in
      var running = 0
      for (seed, (test, pairs)) in tests.sorted(by: { $0.key < $1.key }).enumerated() {
        if running == 4 {
          try await group.next()
          running -= 1
        }
        running += 1
        group.addTask {
          let process = ReplProcess(
            launch: FakeRepl.launch(
              "--replay", GoldenData.pairsFile.path, "--replay-test", test, "--chunked", "\(seed)"),
            configuration: FakeRepl.configuration(header: nil))
          for pair in pairs.sorted(by: { $0.index < $1.index }) {
            let reply = try await process.send(try ReplRequest(json: pair.request))
            #expect(reply.response.json == pair.response, "\(pair.name)")
          }
          #expect(await process.incarnation == 1, "\(test)")
          await process.shutdown()
        }
      }
      try await group.waitForAll()
    }
  }
}

/// A test failure with a message.
struct Failure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

@Suite("Reply validation")
struct ReplReplyValidationTests {
  @Test(
    "a reply that answers an earlier request is refused by its ids, without any timing",
    .enabled(if: FakeRepl.isAvailable, Comment(rawValue: FakeRepl.missingMessage)))
  func misdirectedReply() async throws {
    // The fake answers "TWICE" twice at once; the unsolicited second reply is already waiting or
    // arrives as the next request's answer: both are caught.
    let process = ReplProcess(
      launch: FakeRepl.launch("--double-on", "TWICE"), configuration: FakeRepl.configuration(header: nil))
    for round in 0..<5 {
      _ = try? await process.send(.command(CommandRequest(cmd: "echo TWICE \(round)")))
      do {
        let next = try await process.send(.command(CommandRequest(cmd: "echo next \(round)")))
        #expect(ReplProcessTests.echoText(next) == "echo next \(round)")
      } catch {
        guard case .mismatchedReply = error else { throw error }
      }
    }
    await process.shutdown()
  }
}
