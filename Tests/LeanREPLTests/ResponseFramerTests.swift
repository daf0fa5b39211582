import LeanREPL
import Testing

@Suite("Response framer")
struct ResponseFramerTests {
  static func frames(_ text: String, chunk: Int = .max, limit: Int = 1 << 20) throws -> [String] {
    var framer = ResponseFramer(maximumFrameBytes: limit)
    let bytes = Array(text.utf8)
    var result: [[UInt8]] = []
    var offset = 0
    while offset < bytes.count {
      let end = min(bytes.count, offset + chunk)
      result += try framer.append(bytes[offset..<end])
      offset = end
    }
    return result.map { String(decoding: $0, as: UTF8.self) }
  }

  @Test("stray lines before the first brace are skipped, at any chunk size")
  func strayLines() throws {
    let text = "Processing incremental state [pos: 0..5]:\nwarning {not a reply\n\n{\"env\": 0}\n\n"
    for chunk in [1, 2, 7, 1000] {
      #expect(try Self.frames(text, chunk: chunk) == ["{\"env\": 0}\n"])
    }
  }

  @Test("an empty line inside a string does not end a reply; escaped quotes do not end a string")
  func strings() throws {
    let raw = "{\"a\": \"x\n\ny\", \"b\": \"q\\\"\n\n\"}\n\n{\"env\": 1}\n\n"
    #expect(try Self.frames(raw) == ["{\"a\": \"x\n\ny\", \"b\": \"q\\\"\n\n\"}\n", "{\"env\": 1}\n"])
    let backslash = "{\"a\": \"\\\\\"}\n\n"
    #expect(try Self.frames(backslash, chunk: 1) == ["{\"a\": \"\\\\\"}\n"])
  }

  @Test("several replies in one chunk, blank lines with spaces or CR, leading blank lines")
  func separators() throws {
    let text = "\n\n{\"env\": 0}\n\n{\"env\": 1}\n \r\n{\"env\":\n 2}\n\n{\"env\": 3}"
    let frames = try Self.frames(text)
    #expect(frames == ["{\"env\": 0}\n", "{\"env\": 1}\n \r", "{\"env\":\n 2}\n"])
    #expect(try frames.map { try ReplResponse(bytes: Array($0.utf8)) }.count == 3)
  }

  @Test("a reply that grows past the limit is refused")
  func limit() throws {
    let text = "{\"data\": \"" + String(repeating: "x", count: 200) + "\"}\n\n"
    #expect(throws: ResponseFramer.Failure.frameTooLarge(limit: 100)) { try Self.frames(text, chunk: 16, limit: 100) }
    #expect(try Self.frames(text, chunk: 16, limit: 300).count == 1)
  }
}
