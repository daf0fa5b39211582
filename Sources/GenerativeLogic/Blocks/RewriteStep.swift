/// One rewrite of a subterm by an instance of a rule, in one direction.
public struct RewriteStep: Hashable, Sendable {
  public var rule: RuleReference
  public var forward: Bool
  public var substitution: [String: Term]
  public var path: [Int]
  public var before: Term
  public var after: Term

  /// The same step read backwards (from `after` to `before`).
  public var reversed: RewriteStep {
    RewriteStep(rule: rule, forward: !forward, substitution: substitution, path: path, before: after, after: before)
  }
}
