import DecisionProcedures
import Kernel

/// The adapters from the tactics `omega`, `decide`, `norm_num`, `ring`, `ring_nf`, `linarith`,
/// `nlinarith` and `positivity` to the procedures of `DecisionProcedures`, which
/// `ArithmeticOracles` holds from the start.
enum DecisionProcedureOracles {
  /// One adapter per tactic name.
  static let all: [any ArithmeticOracle] = [
    ClosingOracle(name: "omega", requiresMathlib: false) { hypotheses, target, _ in
      try Omega.prove(hypotheses: hypotheses, target: target)
    },
    ClosingOracle(name: "decide", requiresMathlib: false) { _, target, _ in
      try Decide.prove(target)
    },
    ClosingOracle(name: "norm_num", requiresMathlib: true) { hypotheses, target, _ in
      try NormNum.prove(hypotheses: hypotheses, target: target)
    },
    ClosingOracle(name: "ring", requiresMathlib: true) { _, target, _ in
      try Ring.prove(target)
    },
    ClosingOracle(name: "ring_nf", requiresMathlib: true) { _, target, _ in
      try closeNormalized(Ring.normalize(target), tactic: "ring_nf")
    },
    ClosingOracle(name: "linarith", requiresMathlib: true) { hypotheses, target, hints in
      try Linarith.prove(hypotheses: hypotheses, target: target, hints: hints)
    },
    ClosingOracle(name: "nlinarith", requiresMathlib: true) { hypotheses, target, hints in
      try Nlinarith.prove(hypotheses: hypotheses, target: target, hints: hints)
    },
    ClosingOracle(name: "positivity", requiresMathlib: true) { hypotheses, target, _ in
      try Positivity.prove(target, hypotheses: hypotheses)
    },
  ]

  /// Closes the goal of a normalising tactic when its normal form is `True`; any other normal form
  /// leaves a goal, which a closing use of the tactic reports as a failure.
  static func closeNormalized(_ normalized: (normalized: Term, proof: Theorem), tactic: String) throws -> Theorem {
    guard normalized.normalized == Term.trueProposition else {
      throw DecisionFailure(
        tactic: tactic, reason: .failed,
        message: "\(tactic) failed to close the goal; it normalises to\n⊢ \(normalized.normalized)",
        goal: normalized.proof.conclusion)
    }
    return try Theorem.impElim(Theorem.impIntro(Term.trueProposition, normalized.proof), Theorem.trueIntro())
  }
}

/// An `ArithmeticOracle` that calls one closing procedure.
struct ClosingOracle: ArithmeticOracle {
  let name: String
  let requiresMathlib: Bool
  let procedure: @Sendable (_ hypotheses: [Term], _ target: Term, _ hints: [Term]) throws -> Theorem

  func prove(hypotheses: [Term], target: Term, hints: [Term]) throws -> Theorem {
    try procedure(hypotheses, target, hints)
  }
}
