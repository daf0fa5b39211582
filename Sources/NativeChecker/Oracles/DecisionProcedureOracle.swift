import DecisionProcedures
import Kernel

/// An `ArithmeticOracle` backed by one of the `DecisionProcedures` tactics (`omega`, `decide`,
/// `ring`, `ring_nf`, `norm_num`, `linarith`, `nlinarith`, `positivity`).
public struct DecisionProcedureOracle: ArithmeticOracle {
  public let tactic: ArithmeticTactic

  public init(_ tactic: ArithmeticTactic) {
    self.tactic = tactic
  }

  public var name: String { tactic.rawValue }
  public var requiresMathlib: Bool { tactic.requiresMathlib }

  public func prove(hypotheses: [Kernel.Term], target: Kernel.Term, hints: [Kernel.Term]) throws -> Theorem {
    do {
      return try tactic.prove(hypotheses: hypotheses, target: target, hints: hints)
    } catch {
      switch error.reason {
      case .unsupported: throw CheckError.unsupported(error.tactic, at: nil, detail: error.message)
      case .failed, .budgetExceeded: throw CheckError.tactic(error.message)
      }
    }
  }
}

extension ArithmeticOracles {
  /// Registers every procedure of `DecisionProcedures` under its tactic name (the registry starts
  /// with them; this puts them back after `removeAll` or replacements).
  public static func registerStandard() {
    for tactic in ArithmeticTactic.allCases { register(DecisionProcedureOracle(tactic)) }
  }
}
