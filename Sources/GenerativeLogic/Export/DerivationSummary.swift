import Foundation

/// The numbers of a derivation, printed by `gl derive` and stored in `theorems.json`.
public struct DerivationSummary: Hashable, Sendable, Codable {
  public var chainsEnumerated: Int
  public var structurallyValid: Int
  public var distinctCanonical: Int
  public var candidates: Int
  public var conditionalCandidates: Int
  public var theoremsProved: Int
  public var mirrorsProved: Int
  public var essentialAfterCompression: Int
  public var unproved: Int
  public var rounds: Int
  public var axioms: Int
  public var proofSteps: Int
  public var leanTheoremsExported: Int
  public var targetsProved: [String]
  public var missingTargets: [String]
  /// The engine that proved the theorems: `machine` (the relational machine) or `rewriting`.
  public var engine = GLConfiguration.Engine.machine.rawValue
  /// Candidates the relational machine proved, its rounds, and the acceptance laws among them.
  public var relationalProved = 0
  public var relationalRounds = 0
  public var relationalTargetsProved: [String] = []
  /// Blocks, hash bursts and admitted witnesses over the relational machine's successful proofs.
  public var relationalBlocks = 0
  public var relationalBursts = 0
  public var relationalWitnesses = 0

  public var text: String {
    """
    conjecturer: \(chainsEnumerated) chains enumerated, \(structurallyValid) pass the structural filters, \
    \(distinctCanonical) distinct canonical forms, \(candidates) survive the counterexample filter on 0…8 \
    (\(conditionalCandidates) implications)
    prover (\(engine)): \(theoremsProved) theorems proved in \(rounds) rounds, \(unproved) candidates open; \
    \(mirrorsProved) mirrored statements proved; \(proofSteps) proof steps
    compression: \(essentialAfterCompression) of \(theoremsProved) theorems are essential
    \(relationalText)lean: \(leanTheoremsExported) theorems exported to GLDerived.lean
    acceptance laws proved: \(targetsProved.joined(separator: ", "))\
    \(missingTargets.isEmpty ? "" : "\nMISSING: " + missingTargets.joined(separator: ", "))
    """
  }

  var relationalText: String {
    guard relationalRounds > 0 else { return "" }
    return """
      relational machine: \(relationalProved) candidates proved in \(relationalRounds) rounds \
      (\(relationalBlocks) blocks, \(relationalBursts) hash bursts, \(relationalWitnesses) witnesses); \
      acceptance laws: \(relationalTargetsProved.joined(separator: ", "))

      """
  }

  public func jsonData() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }
}
