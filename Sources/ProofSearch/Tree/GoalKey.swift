import ProverCore

/// The identity of a proof state in the search: its goals exactly as Lean prints them, so that two
/// tactic orders reaching the same goals meet in one node. Keys compare by UTF-8 bytes (Lean's
/// printing is canonical, so no Unicode normalisation is needed) with a precomputed hash.
public struct GoalKey: Hashable, Sendable, CustomStringConvertible {
  public let text: String
  private let digest: UInt64

  public init(goals: [Goal]) {
    self.init(text: goals.isEmpty ? "no goals" : goals.map(\.description).joined(separator: "\n\n"))
  }

  init(text: String) {
    self.text = text
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    digest = hash
  }

  public static func == (lhs: GoalKey, rhs: GoalKey) -> Bool {
    lhs.digest == rhs.digest && lhs.text.utf8.elementsEqual(rhs.text.utf8)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(digest)
  }

  public var description: String { text }
}
