import LeanREPL
import Testing

@Suite("Request encoding and decoding")
struct RequestEncodingTests {
  @Test("a request is one line of raw UTF-8 JSON and an empty line, whatever its text holds")
  func oneLine() throws {
    let request = ReplRequest.command(
      CommandRequest(cmd: "# not a comment\n-- nor this\n\ntheorem t : ∀ n : ℕ, n = n := by\n  sorry", env: 0))
    let bytes = try request.framedBytes()
    #expect(bytes.first == UInt8(ascii: "{"))
    #expect(bytes.suffix(2) == [10, 10])
    #expect(bytes.dropLast(2).contains(10) == false)
    #expect(String(decoding: bytes, as: UTF8.self).contains("∀ n : ℕ"))
    #expect(try ReplRequest(json: JSONParser.parse(bytes)) == request)
  }

  @Test("ids that would make the REPL exit are refused before sending")
  func negativeIDs() {
    #expect(throws: ReplProtocolError.self) {
      try ReplRequest.tactic(TacticRequest(tactic: "rfl", proofState: -1)).framedBytes()
    }
    #expect(throws: ReplProtocolError.self) {
      try ReplRequest.command(CommandRequest(cmd: "x", env: -2)).framedBytes()
    }
  }

  @Test("shapes are tried in the REPL's order and wrong field types fall through")
  func parseOrder() throws {
    #expect(
      try ReplRequest(text: #"{"tactic": "rfl", "proofState": 1, "cmd": "x"}"#)
        == .tactic(TacticRequest(tactic: "rfl", proofState: 1)))
    #expect(
      try ReplRequest(text: #"{"pickleTo": "a.olean", "env": 2, "proofState": 1}"#)
        == .pickle(.pickleEnvironment(env: 2, to: "a.olean")))
    #expect(
      try ReplRequest(text: #"{"path": "f.lean", "allTactics": true, "infotree": "odd"}"#)
        == .file(
          FileRequest(
            path: "f.lean", options: CommandOptions(allTactics: true, infotree: InfoTreeMode(rawValue: "odd")))))
    #expect(
      try ReplRequest(text: #"{"unpickleProofStateFrom": "p.olean"}"#)
        == .pickle(.unpickleProofState(from: "p.olean", env: nil)))
    #expect(try ReplRequest(text: #"{"cmd": "x", "env": null, "gc": true}"#) == .command(CommandRequest(cmd: "x")))
    #expect(throws: ReplProtocolError.self) { try ReplRequest(text: #"{"cmd": "x", "env": "0"}"#) }
    #expect(throws: ReplProtocolError.self) { try ReplRequest(text: #"{"tactic": "rfl", "proofState": -1}"#) }
    #expect(throws: ReplProtocolError.self) { try ReplRequest(text: "[1]") }
  }
}
