/// The structural filters on a chain (read as an equation between two terms): functional-chain
/// discipline, equal inputs on both sides, no tautologies, and no operation applied twice to the
/// same inputs or to one input twice.
public enum ChainFilters {
  /// No atom takes the same variable in two argument positions, and no operator application
  /// appears twice (an output is used by at most one other atom).
  public static func isFunctionalChain(_ equation: Equation) -> Bool {
    var applications: Set<Term> = []
    func visit(_ term: Term) -> Bool {
      guard !term.children.isEmpty else { return true }
      if case .add(let left, let right) = term, left == right, left.children.isEmpty { return false }
      if case .mul(let left, let right) = term, left == right, left.children.isEmpty { return false }
      guard applications.insert(term).inserted else { return false }
      return term.children.allSatisfy(visit)
    }
    return visit(equation.lhs) && visit(equation.rhs)
  }

  /// Both sides depend on the same variables (a side that is a lone constant is allowed, as in
  /// `a * 0 = 0`), and there is at least one variable.
  public static func hasSameInputs(_ equation: Equation) -> Bool {
    let left = Set(equation.lhs.variables)
    let right = Set(equation.rhs.variables)
    if left.isEmpty && right.isEmpty { return false }
    if left == right { return true }
    return (left.isEmpty && equation.lhs.children.isEmpty) || (right.isEmpty && equation.rhs.children.isEmpty)
  }

  /// The two sides are not the same term.
  public static func isNotTautology(_ equation: Equation) -> Bool { equation.lhs != equation.rhs }
}
