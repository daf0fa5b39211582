import Foundation
import LeanREPL
import Testing

@Suite("Golden REPL responses")
struct GoldenResponseTests {
  let pairs: [GoldenData.Pair]

  init() throws {
    pairs = GoldenData.isAvailable ? try GoldenData.pairs() : []
  }

  @Test(
    "all 217 golden pairs are present",
    .enabled(if: GoldenData.isAvailable, Comment(rawValue: GoldenData.missingMessage)))
  func pairCount() throws {
    #expect(pairs.count == 217)
  }

  @Test(
    "each raw response frames to one reply that decodes to the independently parsed value",
    .enabled(if: GoldenData.isAvailable, Comment(rawValue: GoldenData.missingMessage)))
  func decodesByteExact() throws {
    for pair in pairs {
      var framer = ResponseFramer()
      let frames = try framer.append(Array(pair.responseRaw.utf8))
      try #require(frames.count == 1, "\(pair.name): \(frames.count) frames")
      let response = try ReplResponse(bytes: frames[0])
      #expect(response.json == pair.response, "\(pair.name)")
      switch response {
      case .proofStep: #expect(pair.response["proofStatus"] != nil, "\(pair.name)")
      case .command: #expect(pair.response["env"] != nil, "\(pair.name)")
      case .error(let message): #expect(pair.response["message"] == .string(message), "\(pair.name)")
      }
    }
  }

  @Test(
    "the whole stream split into random chunks frames to the same replies",
    .enabled(if: GoldenData.isAvailable, Comment(rawValue: GoldenData.missingMessage)), arguments: [1, 2, 3, 4])
  func decodesInRandomChunks(seed: UInt64) throws {
    let stream = Array(pairs.map(\.responseRaw).joined().utf8)
    var generator = SeededGenerator(seed: seed)
    var framer = ResponseFramer()
    var frames: [[UInt8]] = []
    var offset = 0
    while offset < stream.count {
      let size = Int.random(in: 1...(seed == 1 ? 3 : 700), using: &generator)
      let end = min(offset + size, stream.count)
      frames += try framer.append(stream[offset..<end])
      offset = end
    }
    try #require(frames.count == pairs.count)
    for (frame, pair) in zip(frames, pairs) {
      #expect(try ReplResponse(bytes: frame).json == pair.response, "\(pair.name)")
    }
    #expect(framer.pendingByteCount == 0)
  }

  @Test(
    "Lean's pretty printer is reproduced byte for byte",
    .enabled(if: GoldenData.isAvailable, Comment(rawValue: GoldenData.missingMessage)))
  func printsLikeLean() throws {
    let printer = LeanJSONPrinter()
    for pair in pairs {
      #expect(printer.reply(pair.response) == pair.responseRaw, "\(pair.name)")
    }
  }

  @Test(
    "our own parser reads every raw response like Foundation does",
    .enabled(if: GoldenData.isAvailable, Comment(rawValue: GoldenData.missingMessage)))
  func parserAgreesWithFoundation() throws {
    for pair in pairs {
      #expect(try JSONParser.parse(pair.responseRaw) == pair.response, "\(pair.name)")
    }
  }
}
