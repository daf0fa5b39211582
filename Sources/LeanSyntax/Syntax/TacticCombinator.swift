/// The combinators that run one nested tactic sequence: `try`, `repeat`, `all_goals`,
/// `any_goals`, `focus`.
public enum TacticCombinator: String, CaseIterable, Hashable, Sendable {
  case `try`
  case `repeat`
  case allGoals = "all_goals"
  case anyGoals = "any_goals"
  case focus
}
