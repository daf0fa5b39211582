import DecisionProcedures
import Kernel
import Testing

/// The semantics FRAGMENT.md says must match Lean exactly (ℕ truncation, division by zero,
/// Euclidean ℤ division, `0 ^ 0`, divisibility by zero): each false statement below, closed or
/// with free variables, fails under every procedure.
@Suite struct SemanticTrapTests {
  static let a = natVar("a")
  static let b = natVar("b")
  static let x = intVar("x")

  static let falseStatements: [Term] = [
    ne(nat(3) - nat(5), nat(0)),
    eq(nat(3) - nat(5) + nat(5), nat(3)),
    eq(nat(7) / nat(0), nat(7)),
    eq(nat(7) % nat(0), nat(0)),
    eq(int(-7) / int(2), int(-3)),
    eq(int(-7) % int(2), int(-1)),
    eq(int(7) / int(-2), int(-4)),
    eq(int(5) / int(0), int(5)),
    eq(pow(nat(0), 0), nat(0)),
    dvd(nat(0), nat(1)),
    not(dvd(nat(0), nat(0))),
    eq(a - b + b, a),
    eq(a / nat(2) * nat(2), a),
    eq(x / int(2) * int(2), x),
    eq(a - b, b - a),
    lt(nat(0), a - b),
    eq(pow(a, 0), nat(0)),
    le(nat(1), pow(a, 1)),
    eq(x % int(2), int(1)),
    lt(int(0), x * x),
  ]

  static let procedures: [(String, @Sendable (Term) throws(DecisionFailure) -> Theorem)] = [
    ("decide", { (goal) throws(DecisionFailure) in try Decide.prove(goal) }),
    ("ring", { (goal) throws(DecisionFailure) in try Ring.prove(goal) }),
    ("norm_num", { (goal) throws(DecisionFailure) in try NormNum.prove(hypotheses: [], target: goal) }),
    ("linarith", { (goal) throws(DecisionFailure) in try Linarith.prove(hypotheses: [], target: goal) }),
    ("nlinarith", { (goal) throws(DecisionFailure) in try Nlinarith.prove(hypotheses: [], target: goal) }),
    ("positivity", { (goal) throws(DecisionFailure) in try Positivity.prove(goal) }),
  ]

  @Test(arguments: falseStatements)
  func everyProcedureRefuses(_ statement: Term) {
    for (name, procedure) in Self.procedures {
      #expect(!proves { () throws(DecisionFailure) in try procedure(statement) }, "\(name) proved \(statement)")
    }
  }

  @Test func ringNormalFormDoesNotTurnTrapsIntoTrue() {
    for statement in Self.falseStatements {
      let normalized = ringNF(statement)?.normalized
      #expect(normalized != Term.trueProposition, "\(statement)")
      let simplified = try? NormNum.normalize(statement).normalized
      #expect(simplified != Term.trueProposition, "\(statement)")
    }
  }
}
