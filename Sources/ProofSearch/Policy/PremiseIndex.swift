import Foundation

/// Retrieves the premises whose statements share the most distinctive symbols with a goal: TF-IDF
/// over `SymbolTokens` of each premise's name and statement. The score of a premise is the sum,
/// over the distinct tokens of the query, of `idf² · (1 + log tf)`, divided by the length of the
/// premise's term-frequency vector; an inverted index keeps a query proportional to the postings
/// of its tokens.
public struct PremiseIndex: Sendable {
  public private(set) var premises: [Premise] = []
  private var postings: [String: [(premise: Int, weight: Double)]] = [:]
  private var norms: [Double] = []
  private var names: Set<String> = []

  public init(_ premises: [Premise] = []) {
    for premise in premises { add(premise) }
  }

  public var count: Int { premises.count }

  /// Adds a premise (an earlier theorem of the file, say); a name already present is ignored.
  public mutating func add(_ premise: Premise) {
    guard names.insert(premise.name).inserted else { return }
    var counts: [String: Double] = [:]
    for token in SymbolTokens.tokens(premise.name) + SymbolTokens.tokens(premise.statement) {
      counts[token, default: 0] += 1
    }
    let index = premises.count
    var norm = 0.0
    for (token, count) in counts {
      let weight = 1 + log(count)
      postings[token, default: []].append((index, weight))
      norm += weight * weight
    }
    premises.append(premise)
    norms.append(norm.squareRoot())
  }

  /// The `limit` premises most similar to the text, best first (ties by name).
  public func retrieve(_ text: String, limit: Int) -> [Premise] {
    guard limit > 0, !premises.isEmpty else { return [] }
    let total = Double(premises.count + 1)
    var scores: [Int: Double] = [:]
    for token in Set(SymbolTokens.tokens(text)) {
      guard let list = postings[token] else { continue }
      let idf = log(total / Double(1 + list.count)) + 1
      for posting in list { scores[posting.premise, default: 0] += idf * idf * posting.weight }
    }
    let ranked = scores.map { (score: $0.value / max(norms[$0.key], 1e-9), index: $0.key) }
      .sorted { $0.score != $1.score ? $0.score > $1.score : premises[$0.index].name < premises[$1.index].name }
    return ranked.prefix(limit).map { premises[$0.index] }
  }

  /// The premises stated in Lean source, one declaration per line (`theorem`, `lemma` or `axiom`,
  /// after any attributes and modifiers), as in a generated prelude; `keep` filters the names.
  public init(leanSource: String, keep: (String) -> Bool = { _ in true }) {
    self.init()
    for line in leanSource.split(separator: "\n") {
      let words = line.split(separator: " ", maxSplits: 8, omittingEmptySubsequences: true)
      guard let keyword = words.firstIndex(where: { ["theorem", "lemma", "axiom"].contains($0) }),
        keyword + 1 < words.count,
        words[..<keyword].allSatisfy({
          $0.hasPrefix("@[") || $0.hasSuffix("]")
            || ["protected", "private", "noncomputable"].contains($0)
        })
      else { continue }
      let name = String(words[keyword + 1])
      guard keep(name), let range = line.range(of: name) else { continue }
      var statement = String(line[range.upperBound...])
      if let assignment = statement.range(of: ":=") { statement = String(statement[..<assignment.lowerBound]) }
      add(Premise(name: name, statement: statement))
    }
  }

  /// Reads premises from a JSON Lines file with `name` and `statement` fields (the format of
  /// `lean-core-lemmas.jsonl`); entries without a statement or marked deprecated are skipped.
  public static func load(jsonLines path: String) throws -> PremiseIndex {
    struct Entry: Decodable {
      var name: String
      var statement: String?
      var attrs: [String]?
    }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let decoder = JSONDecoder()
    var premises: [Premise] = []
    for line in text.split(separator: "\n") where !line.isEmpty {
      let entry = try decoder.decode(Entry.self, from: Data(line.utf8))
      guard let statement = entry.statement, entry.attrs?.contains(where: { $0.hasPrefix("deprecated") }) != true
      else { continue }
      premises.append(Premise(name: entry.name, statement: statement))
    }
    return PremiseIndex(premises)
  }
}
