import Foundation
import ProverCore
import Testing
import TestSupport

@testable import NativeChecker

/// Replays the real Lean REPL transcripts through the native backend and compares every goal that
/// both produce (declarations and tactics outside the fragment are skipped): the text must be
/// exactly Lean's.
@Suite struct GoldenGoalTests {
  struct Comparison {
    var compared = 0
    var mismatches: [String] = []
  }

  static let pairsPath = SharedData.path("repl-golden/pairs.jsonl")

  static func replay() async throws -> Comparison {
    let text = try String(contentsOfFile: pairsPath, encoding: .utf8)
    var comparison = Comparison()
    var backend = NativeBackend()
    var currentTest = ""
    var environments: [Int: EnvironmentID] = [:]
    var states: [Int: ProofStateID] = [:]
    for line in text.split(separator: "\n") {
      guard let data = line.data(using: .utf8),
        let pair = try JSONSerialization.jsonObject(with: data) as? [String: Any],
        let request = pair["request"] as? [String: Any], let response = pair["response"] as? [String: Any]
      else { continue }
      let test = pair["test"] as? String ?? ""
      if test != currentTest {
        currentTest = test
        backend = NativeBackend()
        environments = [:]
        states = [:]
      }
      if let command = request["cmd"] as? String {
        let context = (request["env"] as? Int).flatMap { environments[$0] }
        if request["env"] != nil, context == nil { continue }
        guard let loaded = try? await backend.load(command, context: context) else { continue }
        if let env = response["env"] as? Int { environments[env] = loaded.environment }
        for sorry in response["sorries"] as? [[String: Any]] ?? [] {
          guard let position = sorry["pos"] as? [String: Int], let goal = sorry["goal"] as? String,
            let hole = loaded.holes.first(where: {
              $0.range.start.line == position["line"] && $0.range.start.column == position["column"]
            }), let ours = hole.state.goals.first
          else { continue }
          if let id = sorry["proofState"] as? Int { states[id] = hole.state.id }
          comparison.compared += 1
          if ours.description != goal { comparison.mismatches.append("\(test): ours\n\(ours)\nLean's\n\(goal)") }
        }
      } else if let tactic = request["tactic"] as? String, let source = request["proofState"] as? Int,
        let state = states[source]
      {
        let messages = response["messages"] as? [[String: Any]] ?? []
        guard !messages.contains(where: { $0["severity"] as? String == "error" }),
          let goals = response["goals"] as? [String],
          case .success(let next) = try await backend.run(tactic, on: state)
        else { continue }
        if let id = response["proofState"] as? Int { states[id] = next.id }
        comparison.compared += 1
        let ours = next.goals.map(\.description)
        if ours != goals { comparison.mismatches.append("\(test) after \(tactic): ours\n\(ours)\nLean's\n\(goals)") }
      }
    }
    return comparison
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: pairsPath), "shared/data/repl-golden is absent"))
  func goalsPrintExactlyAsLeanPrintsThem() async throws {
    let comparison = try await Self.replay()
    #expect(comparison.compared >= 20)
    #expect(comparison.mismatches.isEmpty, "\(comparison.mismatches.joined(separator: "\n\n"))")
  }
}
