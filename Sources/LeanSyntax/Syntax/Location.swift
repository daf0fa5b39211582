/// Where a tactic acts: `at *`, or `at h₁ h₂ ⊢` (some hypotheses, and the goal when `goal` is set).
public enum Location: Hashable, Sendable {
  case wildcard
  case hypotheses([String], goal: Bool)
}
