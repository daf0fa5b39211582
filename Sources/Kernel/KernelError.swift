/// A refused kernel step: the rule (or term constructor) that refused, why, and the terms
/// involved. Every rule checks its side conditions and throws this instead of building a theorem.
public struct KernelError: Error, Sendable, CustomStringConvertible {
  /// The rule's name (`forallElim`, `Term.application`, `evaluate`, …).
  public let rule: String
  /// What was wrong.
  public let message: String
  /// The offending terms.
  public let terms: [Term]

  public init(rule: String, message: String, terms: [Term] = []) {
    self.rule = rule
    self.message = message
    self.terms = terms
  }

  init(_ rule: Rule, _ message: String, _ terms: [Term] = []) {
    self.init(rule: rule.rawValue, message: message, terms: terms)
  }

  public var description: String {
    let shown = terms.map { "  \($0) : \($0.type)" }
    return (["\(rule): \(message)"] + shown).joined(separator: "\n")
  }
}
