/// Reads a statement as GL's chain of operator atoms: every operator application is named by one
/// output (shared between equal subterms), the head equation relates the outputs of the two sides,
/// and a premise equation identifies the outputs of its two sides. As a task it gives the ground
/// hypotheses and goal of a logic block; as a rule, the premises and conclusion of a theorem or an
/// induction hypothesis.
enum ChainEncoding {
  /// A task for a logic block: block constants (0 and 1 first), hypotheses and the goal.
  struct Task: Sendable {
    var depths: [Int] = [0, 0]
    var names: [String] = ["0", "1"]
    /// The term each constant stands for.
    var terms: [Term] = [.zero, .one]
    var variables: [String: Int] = [:]
    var hypotheses: [Fact] = []
    var outputs: [Int] = []
    var equalities: [(Int, Int)] = []
    var goal: (Int, Int) = (0, 0)
  }

  static func predicate(of term: Term) -> RelationalPredicate? {
    switch term {
    case .succ: return .succ
    case .add: return .add
    case .mul: return .mul
    default: return nil
    }
  }

  static func task(_ statement: Statement) -> Task {
    var task = Task()
    for name in statement.variables {
      task.variables[name] = task.depths.count
      task.depths.append(0)
      task.names.append(name)
      task.terms.append(.variable(name))
    }
    var memo: [Term: Int] = [:]
    func constant(_ term: Term) -> Int {
      switch term {
      case .zero: return 0
      case .one: return 1
      case .variable(let name):
        if let known = task.variables[name] { return known }
        task.variables[name] = task.depths.count
        task.depths.append(0)
        task.names.append(name)
        task.terms.append(term)
        return task.depths.count - 1
      default: break
      }
      if let known = memo[term] { return known }
      let inputs = term.children.map(constant)
      let output = task.depths.count
      task.depths.append(1 + inputs.map { task.depths[$0] }.max()!)
      task.names.append(term.description)
      task.terms.append(term)
      memo[term] = output
      task.hypotheses.append(Fact(predicate(of: term)!, inputs + [output]))
      task.outputs.append(output)
      return output
    }
    for premise in statement.premises {
      task.equalities.append((constant(premise.lhs), constant(premise.rhs)))
    }
    task.goal = (constant(statement.conclusion.lhs), constant(statement.conclusion.rhs))
    return task
  }

  /// The rule of a statement: its variables (but the `fixed` ones, which are block constants) and
  /// its outputs are rule variables; nil when a premise equation relates two leaves.
  static func rule(_ statement: Statement, reference: RuleReference, fixed: [String: Int] = [:]) -> RelationalRule? {
    var variables: [String: Int] = [:]
    var count = 0
    for name in statement.variables where fixed[name] == nil {
      variables[name] = count
      count += 1
    }
    var premises: [PatternAtom] = []
    var memo: [Term: PatternAtom.Slot] = [:]
    func slot(_ term: Term, forced: PatternAtom.Slot? = nil) -> PatternAtom.Slot {
      switch term {
      case .zero: return .constant(0)
      case .one: return .constant(1)
      case .variable(let name):
        if let constant = fixed[name] { return .constant(constant) }
        if let index = variables[name] { return .variable(index) }
        variables[name] = count
        count += 1
        return .variable(count - 1)
      default: break
      }
      if let known = memo[term] { return known }
      let inputs = term.children.map { slot($0) }
      let output: PatternAtom.Slot
      if let forced {
        output = forced
      } else {
        output = .variable(count)
        count += 1
      }
      memo[term] = output
      premises.append(PatternAtom(predicate(of: term)!, inputs + [output]))
      return output
    }
    for premise in statement.premises {
      if !premise.rhs.children.isEmpty {
        let left = slot(premise.lhs)
        _ = slot(premise.rhs, forced: left)
      } else if !premise.lhs.children.isEmpty {
        let right = slot(premise.rhs)
        _ = slot(premise.lhs, forced: right)
      } else {
        return nil
      }
    }
    let left = slot(statement.conclusion.lhs)
    let right = slot(statement.conclusion.rhs)
    var names = Array(repeating: "", count: count)
    for (name, index) in variables { names[index] = name }
    return RelationalRule(
      reference: reference, variableCount: count, premises: premises, conclusion: .equal(left, right), witnessing: true,
      statement: statement, names: names)
  }
}
