import DecisionProcedures
import Kernel
import NativeChecker

/// Registers the decision procedures with the native checker, as the command line does at start-up.
enum OracleRegistration {
  struct Adapter: ArithmeticOracle {
    let name: String
    let requiresMathlib: Bool
    let body: @Sendable ([Kernel.Term], Kernel.Term, [Kernel.Term]) throws -> Theorem

    func prove(hypotheses: [Kernel.Term], target: Kernel.Term, hints: [Kernel.Term]) throws -> Theorem {
      try body(hypotheses, target, hints)
    }
  }

  static func registerAll() {
    ArithmeticOracles.register(
      Adapter(name: "omega", requiresMathlib: false) { hypotheses, target, _ in
        try Omega.prove(hypotheses: hypotheses, target: target)
      })
    ArithmeticOracles.register(
      Adapter(name: "decide", requiresMathlib: false) { _, target, _ in try Decide.prove(target) })
    ArithmeticOracles.register(
      Adapter(name: "norm_num", requiresMathlib: true) { hypotheses, target, _ in
        try NormNum.prove(hypotheses: hypotheses, target: target)
      })
    ArithmeticOracles.register(Adapter(name: "ring", requiresMathlib: true) { _, target, _ in try Ring.prove(target) })
    ArithmeticOracles.register(
      Adapter(name: "linarith", requiresMathlib: true) { hypotheses, target, hints in
        try Linarith.prove(hypotheses: hypotheses, target: target, hints: hints)
      })
    ArithmeticOracles.register(
      Adapter(name: "nlinarith", requiresMathlib: true) { hypotheses, target, hints in
        try Nlinarith.prove(hypotheses: hypotheses, target: target, hints: hints)
      })
    ArithmeticOracles.register(
      Adapter(name: "positivity", requiresMathlib: true) { hypotheses, target, _ in
        try Positivity.prove(target, hypotheses: hypotheses)
      })
  }
}
