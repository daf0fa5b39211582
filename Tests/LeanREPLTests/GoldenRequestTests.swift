import Foundation
import LeanREPL
import Testing

@Suite("Golden REPL requests")
struct GoldenRequestTests {
  @Test(
    "every golden request decodes, and encodes to JSON that parses back to the same value",
    .enabled(if: GoldenData.isAvailable, Comment(rawValue: GoldenData.missingMessage)))
  func requestsRoundTrip() throws {
    let pairs = try GoldenData.pairs()
    var kinds: Set<String> = []
    for pair in pairs {
      let request = try ReplRequest(json: pair.request)
      #expect(request.json == pair.request, "\(pair.name)")
      let framed = try request.framedBytes()
      #expect(framed.suffix(2) == [10, 10])
      #expect(!framed.dropLast(2).contains(10), "\(pair.name): raw newline")
      let line = Array(framed.dropLast(2))
      let foundation = try GoldenData.foundationValue(JSONSerialization.jsonObject(with: Data(line)))
      #expect(foundation == pair.request, "\(pair.name)")
      #expect(try ReplRequest(json: JSONParser.parse(line)) == request, "\(pair.name)")
      kinds.insert(Self.kind(request))
    }
    #expect(
      kinds == [
        "command", "file", "tactic", "pickleEnvironment", "pickleProofState", "unpickleEnvironment",
        "unpickleProofState",
      ])
  }

  static func kind(_ request: ReplRequest) -> String {
    switch request {
    case .command: return "command"
    case .file: return "file"
    case .tactic: return "tactic"
    case .pickle(.pickleEnvironment): return "pickleEnvironment"
    case .pickle(.pickleProofState): return "pickleProofState"
    case .pickle(.unpickleEnvironment): return "unpickleEnvironment"
    case .pickle(.unpickleProofState): return "unpickleProofState"
    }
  }
}
