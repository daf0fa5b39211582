import DecisionProcedures
import Kernel

/// Helpers for the omega tests: goals written in Lean syntax, and the evaluation of closed
/// propositions through the kernel's literal evaluation (`Theorem.evaluate`).
enum OmegaTestSupport {
  /// Runs omega on `hypotheses ⊢ goal` over the declared variables (`"x y : Nat, z : Int"`).
  static func omega(
    _ declarations: String, _ hypotheses: [String], _ goal: String, _ configuration: OmegaConfiguration = .init()
  ) throws -> Result<Theorem, OmegaFailure> {
    let parser = try OmegaTestParser(declarations)
    let terms = try hypotheses.map { try parser.proposition($0) }
    let target = try parser.proposition(goal)
    do {
      return .success(try Omega.prove(hypotheses: terms, target: target, configuration: configuration))
    } catch {
      return .failure(error)
    }
  }

  /// Whether omega proves the goal; a proof must have the goal as its conclusion.
  static func proves(
    _ declarations: String, _ hypotheses: [String], _ goal: String, _ configuration: OmegaConfiguration = .init()
  ) throws -> Bool {
    switch try omega(declarations, hypotheses, goal, configuration) {
    case .success(let theorem):
      let target = try OmegaTestParser(declarations).proposition(goal)
      return theorem.conclusion == target
    case .failure:
      return false
    }
  }

  struct EvaluationError: Error {}

  /// The truth value of a closed proposition, or the value (a literal) of a closed term.
  static func evaluate(_ term: Term) throws -> Term {
    if term.natLiteralValue != nil || term.intLiteralValue != nil { return term }
    if term == Term.trueProposition || term == Term.falseProposition { return term }
    if let (constant, lhs, rhs) = term.asBinaryOperation {
      let a = try evaluate(lhs)
      let b = try evaluate(rhs)
      switch constant {
      case .and: return truth(isTrue(a) && isTrue(b))
      case .or: return truth(isTrue(a) || isTrue(b))
      case .implies: return truth(!isTrue(a) || isTrue(b))
      case .iff: return truth(isTrue(a) == isTrue(b))
      default:
        let applied = try Term.apply(Term.constant(constant), [a, b])
        return try Theorem.evaluate(applied).conclusion.asEquation!.rhs
      }
    }
    if let (constant, operand) = term.asUnaryOperation {
      let a = try evaluate(operand)
      if constant == .not { return truth(!isTrue(a)) }
      let applied = try Term.application(Term.constant(constant), a)
      return try Theorem.evaluate(applied).conclusion.asEquation!.rhs
    }
    throw EvaluationError()
  }

  static func truth(_ value: Bool) -> Term { value ? Term.trueProposition : Term.falseProposition }

  static func isTrue(_ term: Term) -> Bool { term == Term.trueProposition }

  /// The truth of `proposition` with `values` for its variables.
  static func holds(_ proposition: Term, _ values: [(variable: Term, value: Term)]) throws -> Bool {
    isTrue(try evaluate(proposition.substituting(values)))
  }
}
