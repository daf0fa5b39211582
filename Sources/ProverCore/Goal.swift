/// One line of a goal's local context: one or more names that share a type, printed as Lean prints
/// them (`a b : Nat`). The names and the type are pretty-printed Lean text.
public struct Hypothesis: Hashable, Sendable, Codable {
  public var names: [String]
  public var type: String

  public init(names: [String], type: String) {
    self.names = names
    self.type = type
  }
}

/// A goal as Lean prints it: an optional case tag, the local context and the target after `⊢`.
///
/// Both backends produce goals in this exact text form, so the search, the value model and the
/// curriculum see the same thing whichever backend produced them.
public struct Goal: Hashable, Sendable, Codable, CustomStringConvertible {
  public var caseTag: String?
  public var hypotheses: [Hypothesis]
  public var target: String

  public init(caseTag: String? = nil, hypotheses: [Hypothesis], target: String) {
    self.caseTag = caseTag
    self.hypotheses = hypotheses
    self.target = target
  }

  /// Reads a goal from Lean's printed form (`case h\na b : Nat\n⊢ a + b = b + a`). Lines indented
  /// with spaces continue the entry above them, as in Lean's wrapped output. Returns nil when there
  /// is no `⊢` line.
  public init?(leanText text: String) {
    var entries: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.first == " ", !entries.isEmpty {
        entries[entries.count - 1] += "\n" + line
      } else {
        entries.append(String(line))
      }
    }
    var caseTag: String?
    if let first = entries.first, first.hasPrefix("case ") {
      caseTag = String(first.dropFirst(5))
      entries.removeFirst()
    }
    guard let last = entries.last, last.hasPrefix("⊢ ") else { return nil }
    var hypotheses: [Hypothesis] = []
    for entry in entries.dropLast() {
      guard let colon = entry.firstRange(of: " : ") else { return nil }
      let names = entry[..<colon.lowerBound].split(separator: " ").map(String.init)
      guard !names.isEmpty else { return nil }
      hypotheses.append(Hypothesis(names: names, type: String(entry[colon.upperBound...])))
    }
    self.init(caseTag: caseTag, hypotheses: hypotheses, target: String(last.dropFirst(2)))
  }

  /// The goal exactly as Lean prints it.
  public var description: String {
    var lines: [String] = []
    if let caseTag { lines.append("case \(caseTag)") }
    for hypothesis in hypotheses {
      lines.append("\(hypothesis.names.joined(separator: " ")) : \(hypothesis.type)")
    }
    lines.append("⊢ \(target)")
    return lines.joined(separator: "\n")
  }
}
