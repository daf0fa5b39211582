/// What one tactic step means for a proof search, following section 1.6 of LEAN-REPL.md: only a
/// `Completed` status with no error message is a proof; everything doubtful is a failure.
public enum StepClassification: Hashable, Sendable {
  /// The proof is closed and the REPL's kernel check passed.
  case proved(proofState: Int)
  /// A new search node with open goals (its children are the goals, first goal first).
  case progress(proofState: Int, goals: [String])
  /// The step failed or proves nothing; the reason is Lean's message or names the rule applied.
  case failed(reason: String)

  /// Classifies a reply to a tactic request.
  ///
  /// - An error reply (`{"message": …}`) fails.
  /// - Any message with error severity fails, whatever `goals` says.
  /// - `Completed` with no goals is proved.
  /// - `Error: …`, `Incomplete: contains sorry`, `Incomplete: contains metavariable(s)` and
  ///   `Not verified: …` fail, also with `goals: []`.
  /// - `Incomplete: open goals remain` with goals is progress, unless the tactic introduced a
  ///   `sorry` (such a branch can never be completed, so it fails).
  /// - A status that contradicts the goals, an unknown status, or a command reply fails; a reply
  ///   without any status (REPLs older than `proofStatus`) is progress only when goals remain.
  public init(classifying response: ReplResponse) {
    switch response {
    case .error(let message):
      self = .failed(reason: message)
    case .command:
      self = .failed(reason: "the REPL answered a tactic with a command response")
    case .proofStep(let step):
      if let error = step.messages.first(where: { $0.severity == .error }) {
        self = .failed(reason: error.data)
        return
      }
      let introducedSorry = !step.sorries.isEmpty
      switch step.proofStatus {
      case .completed:
        self =
          step.goals.isEmpty
          ? .proved(proofState: step.proofState)
          : .failed(reason: "status Completed with open goals")
      case .openGoals:
        if step.goals.isEmpty {
          self = .failed(reason: "status says open goals remain but no goal was returned")
        } else if introducedSorry {
          self = .failed(reason: "the tactic introduced `sorry`")
        } else {
          self = .progress(proofState: step.proofState, goals: step.goals)
        }
      case .none:
        if !step.goals.isEmpty, !introducedSorry {
          self = .progress(proofState: step.proofState, goals: step.goals)
        } else {
          self = .failed(reason: "no proof status: the step cannot be verified")
        }
      case .some(let status):
        self = .failed(reason: status.rawValue)
      }
    }
  }

  /// True only for `proved`.
  public var isProved: Bool {
    if case .proved = self { return true }
    return false
  }
}
