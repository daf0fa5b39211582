/// Finds the derived theorems that follow from the others without induction: walking from the last
/// theorem to the first, a theorem is dropped when a direct proof from the axioms and the theorems
/// still kept exists. Every dropped theorem then follows from the kept ones, without cycles.
public struct Compressor: Sendable {
  public let configuration: ProverConfiguration

  public init(configuration: ProverConfiguration) {
    self.configuration = configuration
  }

  /// Names of the essential theorems, in the order given.
  public func essential(_ theorems: [DerivedTheorem], axioms: [Rule]) -> [String] {
    var kept = theorems
    for theorem in theorems.reversed() {
      let others = kept.filter { $0.name != theorem.name }.map(\.rule)
      let block = LogicBlock(
        rules: axioms + others, rewriteBudget: configuration.rewriteBudget, maximumFacts: configuration.maximumFacts)
      var builder = ProofBuilder()
      if block.prove(theorem.statement, caseIndex: 0, builder: &builder) != nil {
        kept.removeAll { $0.name == theorem.name }
      }
    }
    return kept.map(\.name)
  }
}
