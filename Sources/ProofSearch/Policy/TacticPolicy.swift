import ProverCore

/// Proposes tactics for the first goal of a proof state, each with a prior probability; the
/// strategies try them in order of prior. This is the hook for learned policies.
public protocol TacticPolicy: Sendable {
  func tactics(for goals: [Goal], context: PolicyContext) -> [ScoredTactic]
}
