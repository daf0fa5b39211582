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

let preludeTime = seconds { _ = Prelude.core.lemmas.count }
print(String(format: "prelude: %d lemmas (%d admitted, %d skipped) loaded in %.3f s",
  Prelude.core.lemmas.count, Prelude.core.admitted.count, Prelude.core.skipped.count, preludeTime))

var files: [String] = []
if let enumerator = FileManager.default.enumerator(atPath: root) {
  for case let path as String in enumerator where path.hasSuffix(".lean") { files.append(root + "/" + path) }
}
files.sort()
var counts: [DeclarationVerdict.Status: Int] = [:]
let checkTime = try seconds {
  for path in files {
    for verdict in try FileChecker().check(path: path) { counts[verdict.status, default: 0] += 1 }
  }
}
print(String(format: "check corpora: %d files, %d declarations (%d accepted, %d rejected, %d sorry, %d unsupported) in %.3f s",
  files.count, counts.values.reduce(0, +), counts[.accepted] ?? 0, counts[.rejected] ?? 0, counts[.sorry] ?? 0,
  counts[.unsupported] ?? 0, checkTime))

/// A goal and tactic scripts that work on it, as a search step would run them.
let source = """
  theorem a (p q r : Prop) (hp : p) (hq : q) (h : p → r) : (p ∧ q) ∧ (r ∨ q) := by
    sorry
  theorem b (a b c : Nat) (h₁ : a ≤ b) (h₂ : b ≤ c) : a + 0 ≤ c := by
    sorry
  theorem c (n : Nat) (h : ∃ k, n = 2 * k) : ∃ m, n + n = 2 * m + 2 * m := by
    sorry
  """
let steps: [[String]] = [
  ["constructor", "intro x", "exact ⟨hp, hq⟩", "left; exact h hp", "refine ⟨⟨hp, hq⟩, ?_⟩", "constructor <;> simp [hp, hq]"],
  ["rw [Nat.add_zero]", "exact Nat.le_trans h₁ h₂", "apply Nat.le_trans", "simp", "assumption"],
  ["obtain ⟨k, hk⟩ := h", "exists n", "intro x", "subst h", "rcases h with ⟨k, rfl⟩"],
]

func stepsPerSecond(duration: Double) async throws -> (Int, Double) {
  let backend = NativeBackend()
  let loaded = try await backend.load(source, context: nil)
  let holes = loaded.holes.map(\.state.id)
  var count = 0
  let start = DispatchTime.now().uptimeNanoseconds
  var elapsed = 0.0
  while elapsed < duration {
    for (index, hole) in holes.enumerated() {
      for tactic in steps[index] {
        _ = try await backend.run(tactic, on: hole)
        count += 1
      }
    }
    if count % 64 < 16 {
      // Forget the states this round made, as a search prunes its tree.
      for id in 3..<max(3, await backend.stateCount) { await backend.release(ProofStateID(id)) }
    }
    elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }
  return (count, elapsed)
}

let (single, singleTime) = try await stepsPerSecond(duration: 3)
print(String(format: "tactic steps, 1 task: %d in %.2f s = %.0f steps/s", single, singleTime, Double(single) / singleTime))

let tasks = ProcessInfo.processInfo.activeProcessorCount
let results = try await withThrowingTaskGroup(of: (Int, Double).self) { group in
  for _ in 0..<tasks { group.addTask { try await stepsPerSecond(duration: 3) } }
  var all: [(Int, Double)] = []
  for try await result in group { all.append(result) }
  return all
}
let total = results.reduce(0) { $0 + $1.0 }
let wall = results.map(\.1).max() ?? 1
print(String(format: "tactic steps, %d tasks (one backend each): %d in %.2f s = %.0f steps/s (%.0f per task)",
  tasks, total, wall, Double(total) / wall, Double(total) / wall / Double(tasks)))
