import Kernel

/// Lean core's `omega`: linear arithmetic over `Nat` and `Int` with Lean's own preprocessing and
/// its incomplete algorithm (exact equality elimination and the real shadow, no dark or grey
/// shadows), as a trusted oracle. It is neither stronger nor weaker than Lean's by design.
public enum Omega {
  /// Proves `target` from the arithmetic facts among `hypotheses` (others are ignored, as Lean's
  /// omega ignores them), or throws.
  ///
  /// The goal is negated as Lean's `falseOrByContra` does (`∀` and `→` are introduced, `¬p` and
  /// `a ≠ b` assumed, any other goal `p` becomes the fact `¬p`), so an `∃` goal is never proved.
  /// The theorem's hypotheses are those of `hypotheses` that gave the procedure at least one
  /// constraint or disjunction (a superset of the ones the contradiction needs).
  public static func prove(
    hypotheses: [Term], target: Term, configuration: OmegaConfiguration = .init()
  ) throws(OmegaFailure) -> Theorem {
    guard target.isProposition else {
      throw OmegaFailure(.outsideFragment, "\(OmegaFailure.header)\nthe goal \(target) is not a proposition")
    }
    var frontend = OmegaFrontend(configuration: configuration, scope: hypotheses + [target])
    var goalFacts: [OmegaFact] = []
    var goal = target
    while true {
      if goal == Term.falseProposition { break }
      if let (quantifier, _) = goal.asQuantifier, case .forall(let type) = quantifier {
        let variable = frontend.freshVariable(goal.binderName ?? "x", type)
        goal = try OmegaTerms.build { () throws(KernelError) -> Term in try goal.instantiateBinder(with: variable) }
        continue
      }
      if let (constant, lhs, rhs) = goal.asBinaryOperation {
        if constant == .implies {
          goalFacts.append(.proposition(lhs))
          goal = rhs
          continue
        }
        if case .notEqual = constant {
          goalFacts.append(.proposition(try OmegaTerms.binary(Term.equal, lhs, rhs)))
          break
        }
      }
      if let operand = goal.negatedProposition {
        goalFacts.append(.proposition(operand))
        break
      }
      goalFacts.append(.negation(goal))
      break
    }
    var pending: [(fact: OmegaFact, source: Int?)] = []
    for (index, hypothesis) in hypotheses.enumerated() where hypothesis.isProposition {
      pending.append((.proposition(hypothesis), index))
    }
    for fact in goalFacts { pending.append((fact, nil)) }
    frontend.pending = pending.reversed()
    var budget = OmegaSearchBudget()
    try frontend.refute(budget: &budget)
    let used = hypotheses.indices.filter { frontend.usedSources.contains($0) }.map { hypotheses[$0] }
    do {
      return try Theorem.oracle(.omega, conclusion: target, hypotheses: used)
    } catch {
      throw OmegaFailure(.outsideFragment, "\(OmegaFailure.header)\n\(error)")
    }
  }
}
