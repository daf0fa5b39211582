import Kernel

/// The finishing tactics of this module by their Lean names: one entry point for the checker's
/// oracle adapters. Each case calls its procedure and returns `hypotheses' ⊢ target` with
/// `hypotheses'` among the given hypotheses and hints.
public enum ArithmeticTactic: String, CaseIterable, Sendable {
  case omega, decide, ring, ringNF = "ring_nf", normNum = "norm_num", linarith, nlinarith, positivity

  /// Whether Lean has the tactic only with `import Mathlib` (`omega` and `decide` are core).
  public var requiresMathlib: Bool {
    switch self {
    case .omega, .decide: false
    default: true
    }
  }

  /// Closes `target` or throws. `hints` are the bracketed facts of `linarith [h]` and
  /// `nlinarith [h]`; the other tactics refuse hints. `norm_num`,
  /// `decide` and `ring` read no hypotheses; `positivity` reads sign hypotheses about subterms.
  public func prove(hypotheses: [Term], target: Term, hints: [Term] = []) throws(DecisionFailure) -> Theorem {
    guard hints.isEmpty || self == .linarith || self == .nlinarith else {
      throw DecisionFailure(
        tactic: rawValue, reason: .unsupported, message: "\(rawValue) takes no bracketed terms here", goal: target)
    }
    switch self {
    case .omega:
      do {
        return try Omega.prove(hypotheses: hypotheses, target: target)
      } catch {
        let reason: DecisionFailure.Reason =
          switch error.kind {
          case .couldNotProve: .failed
          case .budgetExceeded: .budgetExceeded
          case .outsideFragment: .unsupported
          }
        throw DecisionFailure(tactic: "omega", reason: reason, message: error.message, goal: target)
      }
    case .decide: return try Decide.prove(target)
    case .ring: return try Ring.prove(target)
    case .ringNF:
      var normalizer = RingNormalizer(opaqueAtoms: true)
      guard let (normalized, proof) = try normalizer.normalize(target) else {
        throw DecisionFailure(tactic: "ring_nf", reason: .failed, message: "ring_nf failed", goal: target)
      }
      guard normalized == Term.trueProposition else {
        throw DecisionFailure(
          tactic: "ring_nf", reason: .failed, message: "unsolved goals\n⊢ \(normalized)", goal: target)
      }
      do {
        return try Theorem.eqMP(Theorem.symm(proof), Theorem.trueIntro())
      } catch {
        throw DecisionFailure.kernel("ring_nf", error, goal: target)
      }
    case .normNum: return try NormNum.prove(hypotheses: hypotheses, target: target)
    case .linarith: return try Linarith.prove(hypotheses: hypotheses, target: target, hints: hints)
    case .nlinarith: return try Nlinarith.prove(hypotheses: hypotheses, target: target, hints: hints)
    case .positivity: return try Positivity.prove(target, hypotheses: hypotheses)
    }
  }
}
