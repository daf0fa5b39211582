import Foundation
import LeanSyntax
import ProverCore
import TestSupport
import Testing

/// Random mutations of fragment sources (deleted, duplicated and swapped tokens, random bytes):
/// the parser answers each with a tree or one diagnostic, never a crash or a hang, and every tree
/// it returns prints to text that parses back to the same tree.
@Suite struct ParserFuzzTests {
  static func seeds() -> [String] {
    var seeds = FragmentSamples.declarations
    if let problems = try? MiniF2FTests.problems() {
      seeds += problems.map { $0.statement + "\n  omega" }
    }
    // The parsing samples again, so that most mutations stay close to parsing text.
    return seeds + Array(repeating: FragmentSamples.parsing, count: 4).joined()
  }

  static func mutate(_ source: String, using generator: inout SeededGenerator) -> String {
    var bytes = Array(source.utf8)
    let tokens = Lexer.tokenize(source).tokens.dropLast()
    let count = Int.random(in: 1...2, using: &generator)
    for _ in 0..<count {
      guard let token = tokens.randomElement(using: &generator) else { break }
      let range = token.range.byteRange
      guard range.upperBound <= bytes.count else { continue }
      switch Int.random(in: 0..<4, using: &generator) {
      case 0:
        bytes.removeSubrange(range)
      case 1:
        bytes.insert(contentsOf: Array(bytes[range]) + [0x20], at: range.lowerBound)
      case 2:
        guard let other = tokens.randomElement(using: &generator), other.range.byteRange.upperBound <= bytes.count
        else { continue }
        let (first, second) =
          range.lowerBound < other.range.byteRange.lowerBound
          ? (range, other.range.byteRange) : (other.range.byteRange, range)
        guard first.upperBound <= second.lowerBound else { continue }
        let firstBytes = Array(bytes[first])
        let secondBytes = Array(bytes[second])
        bytes.replaceSubrange(second, with: firstBytes)
        bytes.replaceSubrange(first, with: secondBytes)
      default:
        let offset = Int.random(in: 0...bytes.count, using: &generator)
        let random = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
          UInt8.random(in: 0...255, using: &generator)
        }
        bytes.insert(contentsOf: random, at: offset)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Parses a mutated declaration; checks the one-result-or-one-diagnostic contract and the round
  /// trip of whatever parsed. Returns true when it parsed.
  static func check(_ source: String) -> Bool {
    let tokens = Lexer.tokenize(source).tokens
    let result = Parser.parseDeclarationBody(tokens.dropFirst(Swift.min(2, tokens.count - 1)), file: "Fuzz.lean")
    guard let signature = result.signature, let proof = result.proof else {
      #expect(result.diagnostics.count == 1, "\(source)")
      return false
    }
    #expect(result.diagnostics.isEmpty)
    let printed = "theorem t " + Printer.printDeclarationBody(signature, proof)
    let reparsed = Parser.parseDeclarationBody(Lexer.tokenize(printed).tokens.dropFirst(2), file: "Fuzz.lean")
    #expect(reparsed.signature == signature && reparsed.proof == proof, "\(source)\n--- printed ---\n\(printed)")
    return true
  }

  static func run(mutations: Int, seed: UInt64) {
    let seeds = seeds()
    var generator = SeededGenerator(seed: seed)
    var parsed = 0
    for _ in 0..<mutations {
      let source = seeds.randomElement(using: &generator) ?? ""
      if check(mutate(source, using: &generator)) { parsed += 1 }
    }
    print("ParserFuzzTests: \(mutations) mutations, \(parsed) still parse")
  }

  @Test(.timeLimit(.minutes(1))) func tenThousandMutations() {
    ParserFuzzTests.run(mutations: 10_000, seed: 0x5EED_F2F)
  }

  @Test(
    .enabled(
      if: ProcessInfo.processInfo.environment["PROVER_HEAVY_TESTS"] == "1", "heavy: set PROVER_HEAVY_TESTS=1 to run"))
  func manyMoreMutations() {
    ParserFuzzTests.run(mutations: 200_000, seed: 0xBEEF)
  }

  @Test(.timeLimit(.minutes(1))) func mutatedScriptsAndTerms() {
    var generator = SeededGenerator(seed: 42)
    for _ in 0..<2_000 {
      let script = FragmentSamples.scripts.randomElement(using: &generator) ?? ""
      let mutated = ParserFuzzTests.mutate(script, using: &generator)
      let result = Parser.parseTactics(mutated)
      #expect((result.value == nil) == (result.diagnostics.count == 1), "\(mutated)")
      if let block = result.value {
        #expect(Parser.parseTactics(Printer.print(block)).value == block, "\(mutated)\n---\n\(Printer.print(block))")
      }
    }
  }

  @Test func deepNestingIsReportedNotOverflowed() {
    let depth = 10_000
    let shapes = [
      String(repeating: "(", count: depth) + "x" + String(repeating: ")", count: depth),
      String(repeating: "¬", count: depth) + "p",
      String(repeating: "- ", count: depth) + "x",
      String(repeating: "↑", count: depth) + "x",
      String(repeating: "f (", count: depth) + "x" + String(repeating: ")", count: depth),
      String(repeating: "⟨", count: depth) + "x" + String(repeating: "⟩", count: depth),
      String(repeating: "∀ x, ", count: depth) + "p",
      String(repeating: "fun x => ", count: depth) + "x",
      String(repeating: "a + ", count: depth) + "a",
      String(repeating: "a ^ ", count: depth) + "a",
      "x" + String(repeating: ".1", count: depth),
      "x" + String(repeating: " !", count: depth),
      String(repeating: "by exact ", count: depth) + "x",
    ]
    for shape in shapes {
      let result = Parser.parseTerm(shape)
      #expect(result.diagnostics.map(\.message) == ["nesting too deep"], "\(shape.prefix(20))")
    }
    let tacticShapes = [
      String(repeating: "· ", count: depth) + "simp",
      String(repeating: "try ", count: depth) + "simp",
      String(repeating: "(", count: depth) + "simp" + String(repeating: ")", count: depth),
      "simp" + String(repeating: " <;> simp", count: depth),
      "rcases h with " + String(repeating: "⟨", count: depth) + "x" + String(repeating: "⟩", count: depth),
    ]
    for shape in tacticShapes {
      let result = Parser.parseTactics(shape)
      #expect(result.diagnostics.map(\.message) == ["nesting too deep"], "\(shape.prefix(20))")
    }
  }

  @Test func nestingJustUnderTheLimitParses() {
    let depth = Parser.maximumDepth / 2 - 2
    let nested = String(repeating: "(", count: depth) + "x" + String(repeating: ")", count: depth)
    #expect(Parser.parseTerm(nested).value != nil)
    let sum = Array(repeating: "a", count: depth).joined(separator: " + ")
    #expect(Parser.parseTerm(sum).value != nil)
  }
}
