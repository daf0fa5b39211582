import Foundation
import Glibc
import LeanREPL
import ProverCore
import Testing

/// Runs a `ReplServer` over a `CounterBackend` in this process, connected by pipes, and talks to it
/// as a client would: raw bytes in, frames out through the client's own framer. Blocking reads
/// happen on threads of their own, never on the test's task.
final class ServerHarness: @unchecked Sendable {
  let backend = CounterBackend()
  let toServer: (read: Int32, write: Int32)
  let exit: Task<Int32, Never>
  private var output: AsyncStream<[UInt8]>.AsyncIterator
  private var errors: AsyncStream<[UInt8]>.AsyncIterator
  private var framer = ResponseFramer()
  private var frames: [[UInt8]] = []

  init() {
    toServer = Self.makePipe()
    let fromServer = Self.makePipe()
    let errorPipe = Self.makePipe()
    let server = ReplServer(backend: backend)
    let (input, outputFD, errorFD) = (toServer.read, fromServer.write, errorPipe.write)
    exit = Task.detached {
      let status = await server.serve(input: input, output: outputFD, errorOutput: errorFD)
      close(outputFD)
      close(errorFD)
      return status
    }
    output = Self.chunks(of: fromServer.read).makeAsyncIterator()
    errors = Self.chunks(of: errorPipe.read).makeAsyncIterator()
  }

  /// A pipe whose ends are not inherited by processes that other tests start.
  static func makePipe() -> (read: Int32, write: Int32) {
    var fds: [Int32] = [0, 0]
    pipe(&fds)
    for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    return (fds[0], fds[1])
  }

  /// Reads `fd` on a thread of its own until end of file, then closes it.
  static func chunks(of fd: Int32) -> AsyncStream<[UInt8]> {
    AsyncStream { continuation in
      Thread {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
          let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
          if count <= 0 { break }
          continuation.yield(Array(buffer[..<count]))
        }
        close(fd)
        continuation.finish()
      }.start()
    }
  }

  func send(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(toServer.write, $0.baseAddress, $0.count) }
  }

  func send(_ request: ReplRequest) throws {
    send(String(decoding: try request.framedBytes(), as: UTF8.self))
  }

  /// The next reply, read through the client framer (nil at end of output).
  func reply() async throws -> ReplResponse? {
    while frames.isEmpty {
      guard let chunk = await output.next() else { return nil }
      frames += try framer.append(chunk)
    }
    return try ReplResponse(bytes: frames.removeFirst())
  }

  /// Everything the server writes to stdout from now on, until it closes it.
  func remainingOutput() async -> String {
    var data: [UInt8] = []
    while let chunk = await output.next() { data += chunk }
    return String(decoding: data, as: UTF8.self)
  }

  /// Everything the server writes to stderr, until it closes it.
  func errorText() async -> String {
    var data: [UInt8] = []
    while let chunk = await errors.next() { data += chunk }
    return String(decoding: data, as: UTF8.self)
  }

  func closeInput() {
    close(toServer.write)
  }

  deinit {
    close(toServer.read)
  }
}

@Suite("REPL server over pipes")
struct ReplServerTests {
  @Test("commands and tactics get the real REPL's shapes and counters; proofs complete")
  func session() async throws {
    let harness = ServerHarness()
    try harness.send(.command(CommandRequest(cmd: "theorem a : count 2 := by sorry")))
    guard case .command(let loaded) = try await harness.reply() else { throw Failure("not a command reply") }
    #expect(loaded.env == 0)
    #expect(
      loaded.sorries == [
        ReplSorry(
          goal: "⊢ count 2", proofState: 0, pos: ReplPosition(line: 1, column: 26),
          endPos: ReplPosition(line: 1, column: 31))
      ])
    #expect(loaded.messages.map(\.severity) == [.warning])
    try harness.send(.tactic(TacticRequest(tactic: "dec", proofState: 0)))
    #expect(
      try await harness.reply()
        == .proofStep(ProofStepResponse(proofState: 1, goals: ["⊢ count 1"], proofStatus: .openGoals)))
    try harness.send(.tactic(TacticRequest(tactic: "done", proofState: 1)))
    guard case .error(let message) = try await harness.reply() else { throw Failure("done at 1 should fail") }
    #expect(message.hasPrefix("Lean error:\n"))
    try harness.send(.tactic(TacticRequest(tactic: "dec", proofState: 1)))
    try harness.send(.tactic(TacticRequest(tactic: "done", proofState: 2)))
    #expect(
      try await harness.reply()
        == .proofStep(ProofStepResponse(proofState: 2, goals: ["⊢ count 0"], proofStatus: .openGoals)))
    let finished = try #require(try await harness.reply())
    #expect(finished == .proofStep(ProofStepResponse(proofState: 3, goals: [], proofStatus: .completed)))
    #expect(StepClassification(classifying: finished) == .proved(proofState: 3))
    try harness.send(.command(CommandRequest(cmd: "example : count 0 := sorry", env: 0)))
    guard case .command(let second) = try await harness.reply() else { throw Failure("not a command reply") }
    #expect(second.env == 1)
    #expect(await harness.backend.contexts == [nil, EnvironmentID(100)])
    harness.closeInput()
    #expect(await harness.exit.value == 0)
  }

  @Test("unknown ids get the REPL's error replies")
  func unknownIDs() async throws {
    let harness = ServerHarness()
    try harness.send(.command(CommandRequest(cmd: "def f := 2", env: 5)))
    #expect(try await harness.reply() == .error(message: "Unknown environment."))
    try harness.send(.tactic(TacticRequest(tactic: "dec", proofState: 0)))
    #expect(try await harness.reply() == .error(message: "Unknown proof state."))
    try harness.send(.pickle(.pickleProofState(proofState: 3, to: "a.olean")))
    #expect(try await harness.reply() == .error(message: "Unknown proof State."))
    harness.closeInput()
    #expect(await harness.exit.value == 0)
  }

  @Test("comments get no reply, lines are joined after trimming (a raw newline vanishes), replies print like Lean's")
  func framingRules() async throws {
    let harness = ServerHarness()
    harness.send("# a comment\n\n-- another\n\n")
    harness.send("{\"cmd\": \"theorem a : count 1 := by\n  sorry\"}  \n\n")
    harness.send("{\"tactic\": \"dec\", \"proofState\": 0}")
    harness.closeInput()
    let output = await harness.remainingOutput()
    let printer = LeanJSONPrinter()
    let expected =
      printer.reply(
        ReplResponse.command(
          CommandResponse(
            env: 0,
            messages: [
              ReplMessage(
                severity: .warning, pos: ReplPosition(line: 1, column: 27), endPos: ReplPosition(line: 1, column: 32),
                data: "declaration uses `sorry`")
            ],
            sorries: [
              ReplSorry(
                goal: "⊢ count 1", proofState: 0, pos: ReplPosition(line: 1, column: 27),
                endPos: ReplPosition(line: 1, column: 32))
            ])
        ).json)
      + printer.reply(
        ReplResponse.proofStep(ProofStepResponse(proofState: 1, goals: ["⊢ count 0"], proofStatus: .openGoals)).json)
    #expect(output == expected)
    #expect(output.hasPrefix("{\"sorries\":\n [{\"proofState\": 0,\n"))
    #expect(await harness.exit.value == 0)
  }

  @Test("invalid JSON ends the server with exit status 1 and an uncaught exception on stderr")
  func invalidJSON() async throws {
    let harness = ServerHarness()
    try harness.send(.command(CommandRequest(cmd: "def x := sorry")))
    harness.send("{\"cmd\": oops}\n\n")
    harness.send("{\"cmd\": \"never read\"}\n\n")
    #expect(await harness.exit.value == 1)
    let errors = await harness.errorText()
    #expect(errors.hasPrefix("uncaught exception: {\"message\""))
    #expect(errors.contains("Could not parse JSON:"))
    let output = await harness.remainingOutput()
    #expect(output.components(separatedBy: "\n\n").filter { !$0.isEmpty }.count == 1)
    harness.closeInput()
  }

  @Test("two blank lines in a row are an empty request that ends the server, as in Lean")
  func doubleBlankLine() async throws {
    let harness = ServerHarness()
    harness.send("{\"cmd\": \"def x := 1\"}\n\n\n")
    #expect(await harness.exit.value == 1)
    #expect(await harness.errorText().contains("Could not parse JSON"))
    harness.closeInput()
  }

  @Test("a request of the wrong shape is rejected like invalid JSON")
  func wrongShape() async throws {
    let harness = ServerHarness()
    harness.send("{\"tactic\": \"dec\", \"proofState\": -1}\n\n")
    #expect(await harness.exit.value == 1)
    #expect(await harness.errorText().contains("Could not parse as a valid JSON command"))
    harness.closeInput()
  }
}

/// The server in a real child process: `BenchREPL --serve-trivial` (built next to the test bundle
/// by `swift build`/`swift test`) serves a trivial backend, and `ReplProcess` talks to it.
@Suite("REPL server in a child process")
struct ReplServerChildTests {
  static var serverExecutable: String? {
    let directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    let path = directory.appendingPathComponent("BenchREPL").path
    return FileManager.default.isExecutableFile(atPath: path) ? path : nil
  }

  @Test(
    "the client drives the server over real pipes: shapes, ids, proofs and end of input",
    .enabled(if: serverExecutable != nil, "BenchREPL is not built next to the test bundle"))
  func childServer() async throws {
    let executable = try #require(Self.serverExecutable)
    let process = ReplProcess(
      launch: ReplLaunch(executable: executable, arguments: ["--serve-trivial"]),
      configuration: ReplProcessConfiguration(header: "theorem header : True := sorry", requestTimeout: .seconds(20)))
    let loaded = try await process.send(.command(CommandRequest(cmd: "theorem t : n + m = m + n := sorry", env: 0)))
    guard case .command(let command) = loaded.response else { throw Failure("not a command reply") }
    #expect(command.env == 1)
    #expect(command.sorries.map(\.goal) == ["n m : ℕ\n⊢ n + m = m + n"])
    let state = try #require(command.sorries.first?.proofState)
    let step = try await process.send(.tactic(TacticRequest(tactic: "rw [Nat.add_comm]", proofState: state)))
    guard case .progress(let next, _) = StepClassification(classifying: step.response) else {
      throw Failure("expected progress")
    }
    let done = try await process.send(.tactic(TacticRequest(tactic: "done", proofState: next)))
    #expect(StepClassification(classifying: done.response).isProved)
    let unknown = try await process.send(.tactic(TacticRequest(tactic: "done", proofState: 99)))
    #expect(unknown.response == .error(message: "Unknown proof state."))
    #expect(await process.incarnation == 1)
    let group = try #require(await process.processGroup)
    await process.shutdown()
    #expect(await FakeRepl.groupEnds(group))
  }
}
