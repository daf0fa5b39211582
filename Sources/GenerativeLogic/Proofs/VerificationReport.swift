import Foundation

/// What the verifier found: how many theorems and steps it checked, and every failing step.
public struct VerificationReport: Hashable, Sendable, Codable {
  /// One step that does not check, with the reason.
  public struct Failure: Hashable, Sendable, Codable {
    public var theorem: String
    public var node: Int?
    public var message: String
  }

  public var axiomsChecked = 0
  public var theoremsChecked = 0
  public var stepsChecked = 0
  public var failures: [Failure] = []

  public var text: String {
    var lines = [
      "checked \(axiomsChecked) axioms, \(theoremsChecked) theorems, \(stepsChecked) steps: \(failures.count) failures"
    ]
    for failure in failures {
      lines.append("  \(failure.theorem)\(failure.node.map { " node \($0)" } ?? ""): \(failure.message)")
    }
    return lines.joined(separator: "\n")
  }

  public func jsonData() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }
}
