import LeanREPL
import Testing

@Suite("JSON parser and writer")
struct JSONParserTests {
  @Test("values, numbers, escapes and surrogate pairs")
  func values() throws {
    #expect(
      try JSONParser.parse(#" {"a": [1, -2, 0.5, 1e3, true, false, null], "b": "x\"\\\/\n\t\u00e9\ud83d\ude00"} "#)
        == .object([
          "a": .array([.int(1), .int(-2), .double(0.5), .double(1000), .bool(true), .bool(false), .null]),
          "b": .string("x\"\\/\n\té😀"),
        ]))
    #expect(try JSONParser.parse("\"⊢ ℝ → ℕ\"") == .string("⊢ ℝ → ℕ"))
  }

  @Test(
    "invalid input is rejected with its offset",
    arguments: [
      "", "{", "{\"a\" 1}", "[1,]", "\"raw\nnewline\"", "\"\\ud800\"", "\"\\x\"", "01", "1.", "{\"a\":1} x", "tru",
      "\u{0}",
    ])
  func invalid(text: String) {
    #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
  }

  @Test("invalid UTF-8 inside a string is rejected")
  func invalidUTF8() {
    #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
  }

  @Test("deep nesting is refused instead of overflowing the stack")
  func depth() {
    let deep = String(repeating: "[", count: 100_000)
    #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
    let depth = JSONParser.maximumDepth
    let fine = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    #expect((try? JSONParser.parse(fine)) != nil)
    let tooDeep = String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
    #expect(throws: JSONParseError.self) { try JSONParser.parse(tooDeep) }
  }

  @Test("compact output escapes like Lean, keeps non-ASCII raw, and parses back")
  func compact() throws {
    let value = JSONValue.object(["z": .string("a\"b\\c\nd\re\u{1}f ⊢"), "a": .array([.int(-3), .null, .bool(true)])])
    #expect(value.compactText == #"{"z":"a\"b\\c\nd\re\u0001f ⊢","a":[-3,null,true]}"#)
    #expect(try JSONParser.parse(value.compactBytes) == value)
  }

  @Test("Lean's printer breaks long values after the key and keeps short objects on one line")
  func pretty() {
    let printer = LeanJSONPrinter()
    #expect(printer.print(.object(["env": .int(0)])) == "{\"env\": 0}")
    let long = String(repeating: "x", count: 90)
    #expect(printer.print(.object(["message": .string(long)])) == "{\"message\":\n \"\(long)\"}")
  }
}
