import BenchmarkSupport
import Foundation
import LeanSyntax
import NativeChecker
import ProverCore

// Benchmark of the native checker (run in release: scripts/bench-check):
// 1. the time to load the prelude, then to check every file of corpora/ (prover check);
// 2. core tactic steps per second through NativeBackend.run on one task, and on several tasks
//    with one backend each (the kernel's intern table is the shared state they contend on).

func seconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let root = CommandLine.arguments.dropFirst().first ?? "corpora"
ArithmeticOracles.registerStandard()

let preludeTime = seconds { _ = Prelude.core.lemmas.count }
print(
  String(
    format: "prelude: %d lemmas (%d admitted, %d skipped) loaded in %.3f s",
    Prelude.core.lemmas.count, Prelude.core.admitted.count, Prelude.core.skipped.count, preludeTime))

func leanFiles(_ root: String) -> [String] {
  let found = FileManager.default.enumerator(atPath: root)?.allObjects.compactMap { $0 as? String } ?? []
  return found.filter { $0.hasSuffix(".lean") }.sorted().map { root + "/" + $0 }
}

let files = leanFiles(root)
var counts: [DeclarationVerdict.Status: Int] = [:]
let checkTime = try seconds {
  for path in files {
    for verdict in try FileChecker().check(path: path) { counts[verdict.status, default: 0] += 1 }
  }
}
print(
  String(
    format: "check corpora: %d files, %d declarations (%d accepted, %d rejected, %d sorry, %d unsupported) in %.3f s",
    files.count, counts.values.reduce(0, +), counts[.accepted] ?? 0, counts[.rejected] ?? 0, counts[.sorry] ?? 0,
    counts[.unsupported] ?? 0, checkTime))

/// Goals and tactics that work on them, as a search step would run them.
let source = """
  theorem a (p q r : Prop) (hp : p) (hq : q) (h : p → r) : (p ∧ q) ∧ (r ∨ q) := by
    sorry
  theorem b (a b c : Nat) (h₁ : a ≤ b) (h₂ : b ≤ c) : a + 0 ≤ c := by
    sorry
  theorem c (n : Nat) (h : ∃ k, n = 2 * k) : ∃ m, n + n = 2 * m + 2 * m := by
    sorry
  """
let steps: [(hole: Int, tactic: String)] = [
  (0, "constructor"), (0, "exact ⟨⟨hp, hq⟩, Or.inl (h hp)⟩"), (0, "refine ⟨⟨hp, hq⟩, ?_⟩"), (0, "intro x"),
  (0, "left"), (1, "rw [Nat.add_zero]"), (1, "exact Nat.le_trans h₁ h₂"), (1, "apply Nat.le_trans"),
  (1, "assumption"), (2, "obtain ⟨k, hk⟩ := h"), (2, "exists n"), (2, "rcases h with ⟨k, rfl⟩"),
]
let simpSteps: [(hole: Int, tactic: String)] = [(0, "constructor <;> simp [hp, hq]"), (1, "simp")]

func stepsPerSecond(_ steps: [(hole: Int, tactic: String)], duration: Double) async throws -> (Int, Double) {
  let backend = NativeBackend()
  let loaded = try await backend.load(source, context: nil)
  let holes = loaded.holes.map(\.state.id)
  var count = 0
  let start = DispatchTime.now().uptimeNanoseconds
  var elapsed = 0.0
  var stored = holes.count
  while elapsed < duration {
    for step in steps {
      _ = try await backend.run(step.tactic, on: holes[step.hole])
      count += 1
    }
    // Forget the states this round made, as a search prunes its tree.
    let total = await backend.stateCount + stored - holes.count
    for id in stored..<total { await backend.release(ProofStateID(id)) }
    stored = total
    elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }
  return (count, elapsed)
}

for (hole, tactic) in steps + simpSteps {
  let (count, time) = try await stepsPerSecond([(hole, tactic)], duration: 0.3)
  print(String(format: "  %-36@ %8.0f runs/s", tactic as NSString, Double(count) / time))
}
let cpuBefore = BenchClock.cpu()
let (single, singleTime) = try await stepsPerSecond(steps, duration: 3)
let singleCPU = BenchClock.cpu() - cpuBefore
print(
  String(
    format:
      "core tactic steps, 1 task: %d in %.2f s = %.0f steps/s (%.0f per CPU second: the one-core rate on a shared machine)",
    single, singleTime, Double(single) / singleTime, Double(single) / singleCPU))

let tasks = ProcessInfo.processInfo.activeProcessorCount
let results = try await withThrowingTaskGroup(of: (Int, Double).self) { group in
  for _ in 0..<tasks { group.addTask { try await stepsPerSecond(steps, duration: 3) } }
  var all: [(Int, Double)] = []
  for try await result in group { all.append(result) }
  return all
}
let total = results.reduce(0) { $0 + $1.0 }
let wall = results.map(\.1).max() ?? 1
print(
  String(
    format: "core tactic steps, %d tasks (one backend each): %d in %.2f s = %.0f steps/s (%.0f per task)",
    tasks, total, wall, Double(total) / wall, Double(total) / wall / Double(tasks)))
