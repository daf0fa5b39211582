import Foundation
import LeanSyntax
import TestSupport

/// The problems of the value-model ablation, one declaration each: the exercise holes, the
/// theorems of the ℕ/ℤ/logic/Mathlib corpora with their proofs replaced by `sorry` (the proofs are
/// never shown to the prover), and the `natint_core` problems of miniF2F-valid when the shared
/// data is present. A fixed seed splits them into a training and an evaluation half.
struct AblationPool {
  struct Problem {
    var file: Int
    var declaration: Int
    var name: String
    var source: String
  }

  var files: [SourceFile] = []
  var problems: [Problem] = []

  static let corpusFolders = ["nat", "int", "logic", "mathlib-like"]
  static let minif2fHeader = "import Mathlib\nset_option maxHeartbeats 0\nopen BigOperators Real Nat Topology Rat\n\n"

  /// Reads the pool from the package's `corpora/` and, if given and present, the miniF2F file.
  static func read(corpora: String, minif2f: String?) throws -> AblationPool {
    var pool = AblationPool()
    for name in try leanFiles(in: corpora + "/exercises") {
      pool.add(try SourceFile.read(path: name), source: "exercises")
    }
    for folder in corpusFolders {
      for name in try leanFiles(in: corpora + "/" + folder) {
        let file = try SourceFile.read(path: name)
        pool.add(SourceFile(text: statementsOnly(file), path: name), source: "corpus")
      }
    }
    if let minif2f, let text = try? String(contentsOfFile: minif2f, encoding: .utf8) {
      struct Entry: Decodable {
        var name: String
        var statement: String
        var category: String
      }
      for line in text.split(separator: "\n") {
        guard let entry = try? JSONDecoder().decode(Entry.self, from: Data(line.utf8)),
          entry.category == "natint_core"
        else { continue }
        let source = minif2fHeader + entry.statement + "\n  sorry\n"
        pool.add(SourceFile(text: source, path: "minif2f/\(entry.name).lean"), source: "minif2f")
      }
    }
    return pool
  }

  static func leanFiles(in directory: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".lean") }.sorted().map {
      directory + "/" + $0
    }
  }

  /// The file's text with the value of every `theorem` and `lemma` replaced by `by sorry`.
  static func statementsOnly(_ file: SourceFile) -> String {
    var bytes = Array(file.text.utf8)
    let ranges = file.declarations.filter { $0.kind == .theorem || $0.kind == .lemma }.compactMap(\.valueRange)
    for range in ranges.sorted(by: { $0.start.offset > $1.start.offset }) {
      bytes.replaceSubrange(range.start.offset..<range.end.offset, with: Array("by\n  sorry".utf8))
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  mutating func add(_ file: SourceFile, source: String) {
    let index = files.count
    files.append(file)
    for declaration in Set(file.holes.map(\.declarationIndex)).sorted() {
      let label = file.declarations[declaration].label
      problems.append(Problem(file: index, declaration: declaration, name: "\(file.path): \(label)", source: source))
    }
  }

  /// The pool shuffled by a seeded generator and cut in two halves: training, then evaluation.
  func split(seed: UInt64) -> (training: [Problem], evaluation: [Problem]) {
    var generator = SeededGenerator(seed: seed)
    let shuffled = problems.sorted { $0.name < $1.name }.shuffled(using: &generator)
    let half = shuffled.count / 2
    return (Array(shuffled[..<half]), Array(shuffled[half...]))
  }
}
