/// The tactics of the fragment that take no argument, with their Lean spelling.
public enum AtomicTactic: String, CaseIterable, Hashable, Sendable {
  case rfl
  case constructor
  case left
  case right
  case assumption
  case contradiction
  case exfalso
  case trivial
  case decide
  case omega
  case positivity
  case ring
  case exactQuery = "exact?"
  case sorry
}
