import BenchmarkSupport
import Foundation
import Glibc
import LeanREPL
import ProverCore

// BenchREPL measures the Lean REPL client: the pure codec + framer cost of one request, and round
// trips through `ReplProcess` and `LeanBackend` against a trivial fake REPL (this executable
// started with --fake-repl), and against `ReplServer` serving a trivial backend (--serve-trivial).

let tacticReplyText = """
  {"proofStatus": "Incomplete: open goals remain",
   "proofState": 1,
   "goals": ["case left\\np q r : Prop\\nh1 : p ∧ q\\nh2 : q → r\\n⊢ p", "case right\\np q r : Prop\\n⊢ r"]}


  """

/// Answers a command with a new environment and one sorry, and any other request with a proof step
/// (a fake REPL that costs almost nothing).
func runFakeRepl() -> Never {
  var reader = ReplInputReader()
  var buffer = [UInt8](repeating: 0, count: 1 << 16)
  var counter = 0
  var environments = 0
  let printer = LeanJSONPrinter()
  let goal = "n m : ℕ\n⊢ n + m = m + n"
  while true {
    while let query = reader.nextQuery() {
      if query.isEmpty { exit(0) }
      counter += 1
      let reply: ReplResponse
      if query.contains("\"cmd\"") {
        environments += 1
        reply = .command(
          CommandResponse(env: environments - 1, sorries: [ReplSorry(goal: goal, proofState: counter)]))
      } else {
        reply = .proofStep(ProofStepResponse(proofState: counter, goals: [goal], proofStatus: .openGoals))
      }
      let bytes = Array(printer.reply(reply.json).utf8)
      _ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
    }
    let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
    if count <= 0 { reader.finish() } else { reader.append(buffer[..<count]) }
  }
}

func report(_ name: String, _ samples: [Double], total: Double) {
  let sorted = samples.sorted()
  let numbers = String(
    format: "%8.0f req/s   p50 %7.1f µs   p99 %7.1f µs   (%d requests)", Double(samples.count) / total,
    percentile(sorted, 0.5) * 1e6, percentile(sorted, 0.99) * 1e6, samples.count)
  print(padded(name) + numbers)
}

func padded(_ name: String) -> String {
  name + String(repeating: " ", count: max(1, 40 - name.count))
}

/// Encodes a tactic request, frames a reply split in two chunks, decodes and classifies it.
func benchCodec(iterations: Int) throws {
  let reply = Array(tacticReplyText.utf8)
  let half = reply.count / 2
  var framer = ResponseFramer()
  var sink = 0
  let start = BenchClock.wall()
  for index in 0..<iterations {
    let request = ReplRequest.tactic(TacticRequest(tactic: "exact h1.left", proofState: index))
    sink &+= try request.framedBytes().count
    _ = try framer.append(reply[..<half])
    for frame in try framer.append(reply[half...]) {
      let response = try ReplResponse(bytes: frame)
      if case .progress(let state, _) = StepClassification(classifying: response) { sink &+= state }
    }
  }
  let elapsed = BenchClock.wall() - start
  precondition(sink != 0)
  print(
    padded("codec + framer (pure)")
      + String(
        format: "%8.2f µs per request (encode + frame + decode + classify; %d iterations)",
        elapsed / Double(iterations) * 1e6, iterations))
}

func benchProcess(_ launch: ReplLaunch, name: String, requests: Int) async throws {
  let process = ReplProcess(launch: launch, configuration: ReplProcessConfiguration(header: nil))
  try await process.start()
  _ = try await process.send(.command(CommandRequest(cmd: "theorem t : True := sorry")))
  for _ in 0..<200 { _ = try await process.send(.tactic(TacticRequest(tactic: "rfl", proofState: 0))) }
  var samples: [Double] = []
  samples.reserveCapacity(requests)
  let start = BenchClock.wall()
  for index in 0..<requests {
    let before = BenchClock.wall()
    _ = try await process.send(.tactic(TacticRequest(tactic: "rfl", proofState: index % 2)))
    samples.append(BenchClock.wall() - before)
  }
  report(name, samples, total: BenchClock.wall() - start)
  await process.shutdown()
}

func benchBackend(_ launch: ReplLaunch, requests: Int) async throws {
  var configuration = ReplProcessConfiguration()
  configuration.requestTimeout = .seconds(30)
  let backend = LeanBackend(
    configuration: ReplPoolConfiguration(launch: launch, workersPerHeader: 1, process: configuration))
  let loaded = try await backend.load("theorem t : True := sorry", context: nil)
  guard let root = loaded.holes.first?.state.id else { throw BenchError("the fake REPL gave no hole") }
  var samples: [Double] = []
  let start = BenchClock.wall()
  for _ in 0..<requests {
    let before = BenchClock.wall()
    _ = try await backend.run("rfl", on: root)
    samples.append(BenchClock.wall() - before)
  }
  report("LeanBackend.run vs fake REPL", samples, total: BenchClock.wall() - start)
  await backend.shutdown()
}

/// Tactic requests on a trivial goal through `prover repl` (the native checker over a pipe): each
/// `rfl` on `⊢ 1 = 1` is checked and answered `Completed`.
func benchProver(_ prover: String, requests: Int) async throws {
  let launch = ReplLaunch(executable: prover, arguments: ["repl"])
  let process = ReplProcess(launch: launch, configuration: ReplProcessConfiguration(header: nil))
  try await process.start()
  let loaded = try await process.send(.command(CommandRequest(cmd: "theorem t : 1 = 1 := by sorry")))
  guard case .command(let command) = loaded.response, let root = command.sorries.first?.proofState else {
    throw BenchError("prover repl gave no sorry for the benchmark theorem")
  }
  for _ in 0..<200 { _ = try await process.send(.tactic(TacticRequest(tactic: "rfl", proofState: root))) }
  var samples: [Double] = []
  samples.reserveCapacity(requests)
  var proved = 0
  let start = BenchClock.wall()
  for _ in 0..<requests {
    let before = BenchClock.wall()
    let reply = try await process.send(.tactic(TacticRequest(tactic: "rfl", proofState: root)))
    samples.append(BenchClock.wall() - before)
    if StepClassification(classifying: reply.response).isProved { proved += 1 }
  }
  report("ReplProcess vs prover repl (rfl)", samples, total: BenchClock.wall() - start)
  guard proved == requests else { throw BenchError("only \(proved) of \(requests) rfl steps were Completed") }
  await process.shutdown()
}

struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

let arguments = CommandLine.arguments
if arguments.contains("--fake-repl") { runFakeRepl() }
if arguments.contains("--serve-trivial") {
  exit(await ReplServer(backend: TrivialBackend()).serve(input: 0, output: 1, errorOutput: 2))
}
let requests = arguments.firstIndex(of: "--requests").flatMap { Int(arguments[$0 + 1]) } ?? 20_000
let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
print("BenchREPL: \(requests) requests per round-trip benchmark, \(ProcessInfo.processInfo.activeProcessorCount) cores")
do {
  try benchCodec(iterations: requests * 5)
  try await benchProcess(
    ReplLaunch(executable: executable, arguments: ["--fake-repl"]), name: "ReplProcess round trip vs fake REPL",
    requests: requests)
  try await benchBackend(ReplLaunch(executable: executable, arguments: ["--fake-repl"]), requests: requests)
  try await benchProcess(
    ReplLaunch(executable: executable, arguments: ["--serve-trivial"]), name: "ReplProcess vs ReplServer (trivial)",
    requests: requests)
  if let prover = arguments.firstIndex(of: "--prover").map({ arguments[$0 + 1] }) {
    try await benchProver(prover, requests: requests)
  }
} catch {
  FileHandle.standardError.write(Data("BenchREPL: \(error)\n".utf8))
  exit(1)
}
