import ProverCore

/// Everything a `Prover` run is set with: the strategy and its budget, the policy and value model,
/// the premises and statistics the policy sees, and what to do with a found proof.
public struct ProverConfiguration: Sendable {
  public var strategy: any SearchStrategy
  /// The budget of one hole's search.
  public var budget: SearchBudget
  public var policy: any TacticPolicy
  public var valueModel: any ValueModel
  /// Premises beyond the file's own complete theorems (the prelude, say).
  public var premises: PremiseIndex
  public var statistics: TacticStatistics
  /// Drop script steps that the proof does not need (each drop is confirmed by `check`).
  public var minimizes: Bool
  /// Split multi-goal states into AND edges when the backend can focus goals.
  public var splitsGoals: Bool
  /// Collect labelled states for value training.
  public var collectsTraces: Bool
  /// Check the tree's invariants after every step (tests).
  public var checksInvariants: Bool
  /// The most work of one tactic call, for backends that can bound it (`TacticLimitingBackend`);
  /// nil for no limit beyond the backend's own.
  public var tacticLimit: TacticLimit?

  public init(
    strategy: any SearchStrategy = BestFirstSearch(), budget: SearchBudget = SearchBudget(),
    policy: any TacticPolicy = GoalShapePolicy(), valueModel: any ValueModel = HeuristicValueModel(),
    premises: PremiseIndex = PremiseIndex(), statistics: TacticStatistics = TacticStatistics(), minimizes: Bool = true,
    splitsGoals: Bool = true, collectsTraces: Bool = false, checksInvariants: Bool = false,
    tacticLimit: TacticLimit? = TacticLimit()
  ) {
    self.strategy = strategy
    self.budget = budget
    self.policy = policy
    self.valueModel = valueModel
    self.premises = premises
    self.statistics = statistics
    self.minimizes = minimizes
    self.splitsGoals = splitsGoals
    self.collectsTraces = collectsTraces
    self.checksInvariants = checksInvariants
    self.tacticLimit = tacticLimit
  }
}
