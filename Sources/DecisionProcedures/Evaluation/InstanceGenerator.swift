import Kernel

/// Random instances for differential tests: values for the free ℕ and ℤ variables of some terms,
/// small most of the time (where the edge cases of truncation and division live) and occasionally
/// large.
public struct InstanceGenerator: Sendable {
  /// The largest magnitude of a small value.
  public var smallMagnitude: Int
  /// The largest magnitude of a large value.
  public var largeMagnitude: Int
  /// The chance, in percent, of drawing a large value.
  public var largePercent: Int

  public init(smallMagnitude: Int = 6, largeMagnitude: Int = 1_000_000, largePercent: Int = 15) {
    self.smallMagnitude = smallMagnitude
    self.largeMagnitude = largeMagnitude
    self.largePercent = largePercent
  }

  /// One random value for each free ℕ, ℤ or `Prop` variable of `terms`.
  public func assignment<Generator: RandomNumberGenerator>(
    for terms: [Term], using generator: inout Generator
  ) -> [Term: Value] {
    var assignment: [Term: Value] = [:]
    for term in terms {
      for variable in term.freeVariables where assignment[variable] == nil {
        switch variable.type {
        case .nat: assignment[variable] = .nat(BigInt(magnitude(using: &generator)))
        case .int:
          let value = magnitude(using: &generator)
          assignment[variable] = .int(BigInt(Bool.random(using: &generator) ? value : -value))
        case .prop: assignment[variable] = .truth(Bool.random(using: &generator))
        default: break
        }
      }
    }
    return assignment
  }

  private func magnitude<Generator: RandomNumberGenerator>(using generator: inout Generator) -> Int {
    let limit = Int.random(in: 0..<100, using: &generator) < largePercent ? largeMagnitude : smallMagnitude
    return Int.random(in: 0...limit, using: &generator)
  }

  /// Searches `instances` random assignments for one where every hypothesis holds and the
  /// conclusion does not; nil when none is found. Assignments under which a term cannot be
  /// evaluated are skipped.
  public func counterexample<Generator: RandomNumberGenerator>(
    hypotheses: [Term], conclusion: Term, instances: Int, using generator: inout Generator
  ) -> [Term: Value]? {
    for _ in 0..<instances {
      let values = assignment(for: hypotheses + [conclusion], using: &generator)
      let evaluator = Evaluator(assignment: values, maximumQuantifierBound: 64, maximumInstances: 4096)
      guard
        let premises = try? hypotheses.allSatisfy({ hypothesis throws(EvaluationError) in
          try evaluator.truth(hypothesis)
        }), premises, let holds = try? evaluator.truth(conclusion)
      else { continue }
      if !holds { return values }
    }
    return nil
  }
}
