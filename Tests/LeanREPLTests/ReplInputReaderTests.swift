import LeanREPL
import Testing

@Suite("Server input reader (the REPL's getLines)")
struct ReplInputReaderTests {
  static func queries(_ text: String, chunk: Int = .max) -> [String] {
    var reader = ReplInputReader()
    var result: [String] = []
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let end = min(bytes.count, offset + chunk)
      reader.append(bytes[offset..<end])
      offset = end
      while let query = reader.nextQuery() { result.append(query) }
    }
    reader.finish()
    while let query = reader.nextQuery() {
      result.append(query)
      if query.isEmpty { break }
    }
    return result
  }

  @Test("lines are joined after trimming their ends; the blank line ends the request and stays on it")
  func joining() {
    for chunk in [1, 3, 100] {
      #expect(
        Self.queries("{\"cmd\": \"by  \n  sorry\"}\t\n   \n{\"x\": 1}", chunk: chunk)
          == ["{\"cmd\": \"by  sorry\"}   \n", "{\"x\": 1}", ""])
    }
  }

  @Test("a second blank line is a request of its own, and end of input is the empty request")
  func blankLines() {
    #expect(Self.queries("{}\n\n\n") == ["{}\n", "\n", ""])
    #expect(Self.queries("") == [""])
  }
}

@Suite("Server input reader against the golden request streams")
struct ReplInputReaderGoldenTests {
  @Test(
    "every golden .in stream splits into exactly the requests the real REPL saw",
    .enabled(if: GoldenData.isAvailable, Comment(rawValue: GoldenData.missingMessage)))
  func goldenStreams() throws {
    let object = try GoldenData.pairsByTestAsSeen()
    #expect(object.count == 71)
    for (test, expected) in object {
      let file = GoldenData.sharedData.appendingPathComponent("repl-golden/test/\(test).in")
      let text = try String(contentsOf: file, encoding: .utf8)
      let queries = ReplInputReaderTests.queries(text, chunk: 5).filter {
        !$0.allSatisfy(\.isWhitespace) && !$0.hasPrefix("#") && !$0.hasPrefix("--")
      }
      #expect(queries.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 } == expected, "\(test)")
    }
  }
}
