import Foundation

/// Writes a derivation to a directory: `definitions.def`, `axioms.json`, `theorems.json`,
/// `theorems.txt`, `graphs/NAME.json`, `GLDerived.lean` and the HTML site. The bytes depend only on
/// the derivation (sorted JSON keys, no times), so two runs give identical directories.
public struct DerivationWriter: Sendable {
  public let derivation: Derivation

  public init(derivation: Derivation) {
    self.derivation = derivation
  }

  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// The summary, the listing and the Lean file, without touching the disk.
  public func render() -> (
    summary: DerivationSummary, listing: TheoremListing, lean: String, exported: [LeanExporter.Exported]
  ) {
    let all = derivation.allTheorems
    let (lean, exported) = LeanExporter(axioms: derivation.axioms).file(
      for: all, source: derivation.file.anchor.location.file)
    let names = Set(derivation.theorems.map(\.name))
    let essential = Set(derivation.essential)
    var summary = DerivationSummary(
      chainsEnumerated: derivation.statistics.enumerated, structurallyValid: derivation.statistics.structurallyValid,
      distinctCanonical: derivation.statistics.distinct, candidates: derivation.candidates.count,
      conditionalCandidates: derivation.statistics.conditionalSurvivors, theoremsProved: derivation.theorems.count,
      mirrorsProved: derivation.mirrors.count, essentialAfterCompression: derivation.essential.count,
      unproved: derivation.unproved.count, rounds: derivation.rounds, axioms: derivation.axioms.axioms.count,
      proofSteps: all.reduce(0) { $0 + $1.graph.nodes.count },
      leanTheoremsExported: exported.filter { $0.text != nil }.count,
      targetsProved: KnownLaws.targets.filter(names.contains),
      missingTargets: KnownLaws.targets.filter { !names.contains($0) })
    summary.engine = derivation.configuration.engine.rawValue
    let relationalNames = Set(derivation.relational.map(\.name))
    summary.relationalProved = derivation.relational.count
    summary.relationalRounds = derivation.relationalRounds
    summary.relationalTargetsProved = KnownLaws.targets.filter(relationalNames.contains)
    summary.relationalBlocks = derivation.relational.reduce(0) { $0 + $1.blocks }
    summary.relationalBursts = derivation.relational.reduce(0) { $0 + $1.bursts }
    summary.relationalWitnesses = derivation.relational.reduce(0) { $0 + $1.witnesses }
    let entries = all.map { theorem in
      let method: String
      switch theorem.graph.method {
      case .direct: method = "direct"
      case .induction(let variable): method = "induction on \(variable)"
      }
      return TheoremListing.Entry(
        name: theorem.name, statement: theorem.statement, text: theorem.statement.description,
        chain: RelationalChain(theorem.statement, anchor: derivation.file.anchor).description,
        lean: "theorem \(theorem.name)\(LeanExporter.signature(theorem.statement))", round: theorem.round,
        candidate: theorem.candidate, mirrorOf: theorem.candidate == nil ? String(theorem.name.dropLast(5)) : nil,
        method: method, essential: essential.contains(theorem.name), graph: "graphs/\(theorem.name).json")
    }
    let open = derivation.unproved.map {
      TheoremListing.Open(
        candidate: $0.index, statement: $0.statement.description,
        chain: RelationalChain($0.statement, anchor: derivation.file.anchor).description)
    }
    return (summary, TheoremListing(summary: summary, theorems: entries, unproved: open), lean, exported)
  }

  /// Writes everything and returns the summary.
  @discardableResult
  public func write(to directory: URL) throws -> DerivationSummary {
    let (summary, listing, lean, exported) = render()
    let manager = FileManager.default
    for folder in ["", "graphs", "theorems"] {
      try manager.createDirectory(at: directory.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    let encoder = Self.encoder()
    func put(_ path: String, _ data: Data) throws {
      try data.write(to: directory.appendingPathComponent(path), options: .atomic)
    }
    try put("definitions.def", Data(derivation.file.source.utf8))
    try put("axioms.json", encoder.encode(AxiomListing(derivation.axioms)))
    try put("theorems.json", encoder.encode(listing))
    for theorem in derivation.allTheorems {
      try put("graphs/\(theorem.name).json", encoder.encode(theorem.graph))
    }
    try put("GLDerived.lean", Data(lean.utf8))
    try put("relational.json", encoder.encode(derivation.relational))
    try put("theorems.txt", Data(text(listing).utf8))
    let site = HTMLSite(
      derivation: derivation, listing: listing,
      lean: Dictionary(uniqueKeysWithValues: exported.map { ($0.name, $0) }))
    for (path, content) in site.files() { try put(path, Data(content.utf8)) }
    return summary
  }

  func text(_ listing: TheoremListing) -> String {
    var lines = [listing.summary.text, ""]
    for entry in listing.theorems {
      let flags = [entry.essential ? "essential" : nil, entry.mirrorOf.map { "mirror of \($0)" }].compactMap { $0 }
      lines.append(
        "\(entry.name): \(entry.text)  [round \(entry.round), \(entry.method)\(flags.isEmpty ? "" : ", " + flags.joined(separator: ", "))]"
      )
    }
    if !listing.unproved.isEmpty {
      lines.append("")
      lines.append("open candidates:")
      for item in listing.unproved { lines.append("  #\(item.candidate): \(item.statement)") }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
