import Foundation
import LeanREPL
import NativeChecker
import ProverCore
import Testing

/// The native checker served over the REPL protocol (`prover repl` in process) answers each golden
/// transcript of the real Lean REPL with the same response shapes: the same kind of reply, the same
/// keys, the same `proofStatus`, the same number of sorries with the same goals, and errors where
/// Lean gives errors.
@Suite("prover repl against the golden transcripts")
struct GoldenShapeTests {
  static let pairsPath = "../shared/data/repl-golden/pairs.jsonl"

  static var pairsURL: URL { URL(fileURLWithPath: EndToEndPaths.packageRoot).appendingPathComponent(pairsPath) }

  static var isAvailable: Bool { FileManager.default.fileExists(atPath: pairsURL.path) }

  /// One golden request and the real REPL's response.
  struct Pair {
    var test: String
    var index: Int
    var request: JSONValue
    var response: JSONValue
  }

  static func transcripts() throws -> [String: [Pair]] {
    let text = try String(contentsOf: pairsURL, encoding: .utf8)
    var result: [String: [Pair]] = [:]
    for line in text.split(separator: "\n") {
      let object = try #require(try JSONParser.parse(Array(line.utf8)).objectValue)
      let pair = Pair(
        test: try #require(object["test"]?.stringValue), index: try #require(object["index"]?.intValue),
        request: try #require(object["request"]), response: try #require(object["response"]))
      result[pair.test, default: []].append(pair)
    }
    return result.mapValues { $0.sorted { $0.index < $1.index } }
  }

  /// The replies of a native session to a transcript's requests, or nil when some request is
  /// outside the native fragment (or asks for pickling, which only real Lean does).
  ///
  /// The native backend gives no proof state for each tactic of `allTactics` and adds no root-goal
  /// sorries for `rootGoals`: from a request with either option on, the two sessions number their
  /// proof states differently, so the transcript is compared up to that request only (included for
  /// `allTactics`, whose reply differs only in the excluded `tactics` key; excluded for
  /// `rootGoals`, whose reply lacks the extra sorries).
  static func nativeReplies(_ pairs: [Pair]) async throws -> [ReplResponse]? {
    var session = ReplSession(backend: NativeBackend())
    var replies: [ReplResponse] = []
    for pair in pairs {
      let request = try ReplRequest(json: pair.request)
      if case .pickle = request { return nil }
      if case .file = request { return nil }
      if case .command(let command) = request, command.options.rootGoals == true { break }
      let reply = await session.respond(to: request)
      if "\(reply.json)".contains("outside the native fragment") { return nil }
      replies.append(reply)
      if case .command(let command) = request, command.options.allTactics == true { break }
    }
    return replies
  }

  /// Keys only real Lean can fill, left out of the comparison: `infotree` (Lean's elaboration
  /// trees), `tactics` (the `allTactics` list, with Lean's `usedConstants`) and `traces` (the
  /// output of `trace.*` options). The native checker has none of these.
  static let leanOnlyKeys: Set<String> = ["infotree", "tactics", "traces"]

  /// What must agree between Lean's reply and ours.
  struct Shape: Equatable, CustomStringConvertible {
    var kind: String
    var keys: [String]
    var proofStatus: String?
    var goals: [String]
    var hasError: Bool

    init(_ json: JSONValue) {
      let object = json.objectValue ?? [:]
      keys = object.keys.filter { !GoldenShapeTests.leanOnlyKeys.contains($0) }.sorted()
      if object["message"] != nil, object["env"] == nil, object["proofState"] == nil {
        kind = "error"
      } else if object["goals"] != nil {
        kind = "proofStep"
      } else {
        kind = "command"
      }
      proofStatus = object["proofStatus"]?.stringValue
      let sorryGoals = object["sorries"]?.arrayValue?.compactMap { $0["goal"]?.stringValue } ?? []
      goals = (object["goals"]?.arrayValue?.compactMap(\.stringValue) ?? []) + sorryGoals
      hasError =
        kind == "error"
        || (object["messages"]?.arrayValue ?? []).contains { $0["severity"]?.stringValue == "error" }
    }

    var description: String {
      "\(kind) keys=\(keys) status=\(proofStatus ?? "-") error=\(hasError) goals=\(goals)"
    }
  }

  /// Replies known to differ, each for a reason outside the REPL layer; any other difference fails.
  static let knownGaps: [String: String] = [:]

  @Test(
    "every transcript in the fragment gets the same response shapes",
    .enabled(if: isAvailable, "golden transcripts not found at ../shared/data/repl-golden/pairs.jsonl: skipped"))
  func sameShapes() async throws {
    var compared = 0
    var mismatches: [String] = []
    for (test, pairs) in try Self.transcripts().sorted(by: { $0.key < $1.key }) {
      guard let replies = try await Self.nativeReplies(pairs) else { continue }
      compared += 1
      for (pair, reply) in zip(pairs, replies) {
        let lean = Shape(pair.response)
        let ours = Shape(reply.json)
        let name = "\(test)#\(pair.index)"
        if lean != ours, Self.knownGaps[name] == nil {
          mismatches.append("\(name):\n  lean:   \(lean)\n  native: \(ours)")
        }
      }
    }
    #expect(compared >= 20, "only \(compared) transcripts lie in the native fragment")
    #expect(mismatches.isEmpty, "\(mismatches.count) replies differ:\n\(mismatches.joined(separator: "\n"))")
  }
}
