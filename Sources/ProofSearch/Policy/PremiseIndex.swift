import Foundation

/// Retrieves the premises whose statements share the most distinctive symbols with a goal: TF-IDF
/// vectors over `SymbolTokens` of each premise's name and statement, ranked by cosine similarity.
public struct PremiseIndex: Sendable {
  public private(set) var premises: [Premise] = []
  private var vectors: [[String: Double]] = []
  private var documentFrequency: [String: Int] = [:]

  public init(_ premises: [Premise] = []) {
    for premise in premises { add(premise) }
  }

  public var count: Int { premises.count }

  /// Adds a premise (an earlier theorem of the file, say).
  public mutating func add(_ premise: Premise) {
    guard !premises.contains(where: { $0.name == premise.name }) else { return }
    let counts = Self.counts(SymbolTokens.tokens(premise.name) + SymbolTokens.tokens(premise.statement))
    for token in counts.keys { documentFrequency[token, default: 0] += 1 }
    premises.append(premise)
    vectors.append(counts)
  }

  /// The `limit` premises most similar to the text, best first (ties by name).
  public func retrieve(_ text: String, limit: Int) -> [Premise] {
    guard limit > 0, !premises.isEmpty else { return [] }
    let query = weighted(Dictionary(uniqueKeysWithValues: Set(SymbolTokens.tokens(text)).map { ($0, 1.0) }))
    guard !query.isEmpty else { return [] }
    var scored: [(score: Double, index: Int)] = []
    for (index, counts) in vectors.enumerated() {
      let vector = weighted(counts)
      var dot = 0.0
      for (token, weight) in query { dot += weight * (vector[token] ?? 0) }
      guard dot > 0 else { continue }
      let norm = vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
      scored.append((dot / max(norm, 1e-9), index))
    }
    scored.sort { $0.score != $1.score ? $0.score > $1.score : premises[$0.index].name < premises[$1.index].name }
    return scored.prefix(limit).map { premises[$0.index] }
  }

  private func weighted(_ counts: [String: Double]) -> [String: Double] {
    let total = Double(premises.count + 1)
    var result: [String: Double] = [:]
    for (token, count) in counts {
      let idf = log(total / Double(1 + (documentFrequency[token] ?? 0))) + 1
      result[token] = (1 + log(count)) * idf
    }
    return result
  }

  private static func counts(_ tokens: [String]) -> [String: Double] {
    var result: [String: Double] = [:]
    for token in tokens { result[token, default: 0] += 1 }
    return result
  }

  /// Reads premises from a JSON Lines file with `name` and `statement` fields (the format of
  /// `lean-core-lemmas.jsonl`); entries whose `attrs` mark them deprecated are skipped.
  public static func load(jsonLines path: String) throws -> PremiseIndex {
    struct Entry: Decodable {
      var name: String
      var statement: String
      var attrs: [String]?
    }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let decoder = JSONDecoder()
    var premises: [Premise] = []
    for line in text.split(separator: "\n") where !line.isEmpty {
      let entry = try decoder.decode(Entry.self, from: Data(line.utf8))
      if entry.attrs?.contains(where: { $0.hasPrefix("deprecated") }) == true { continue }
      premises.append(Premise(name: entry.name, statement: entry.statement))
    }
    return PremiseIndex(premises)
  }
}
