/// The relational form of a candidate, as GL writes it: a chain of `in2`/`in3` atoms over the
/// anchor's names, one output variable per operator application, and the head equation.
public struct RelationalChain: Hashable, Sendable, CustomStringConvertible {
  public var formula: Formula

  /// Builds the chain of a statement; `names` gives the anchor's parameter for each role.
  public init(_ statement: Statement, anchor: Anchor) {
    var atoms: [Formula] = []
    var outputs: [Term: String] = [:]
    var bound = statement.variables
    func name(of term: Term) -> String {
      switch term {
      case .variable(let name): return name
      case .zero: return anchor.parameter(for: .zero) ?? "0"
      case .one: return anchor.parameter(for: .one) ?? "1"
      default: break
      }
      if let known = outputs[term] { return known }
      let inputs = term.children.map(name(of:))
      let output = "x\(outputs.count + 1)"
      outputs[term] = output
      bound.append(output)
      switch term {
      case .succ:
        atoms.append(
          .atom(Atom(predicate: "in2", arguments: inputs + [output, anchor.parameter(for: .successor) ?? "s"])))
      case .add:
        atoms.append(
          .atom(Atom(predicate: "in3", arguments: inputs + [output, anchor.parameter(for: .addition) ?? "add"])))
      default:
        atoms.append(
          .atom(Atom(predicate: "in3", arguments: inputs + [output, anchor.parameter(for: .multiplication) ?? "mul"])))
      }
      return output
    }
    var equalities: [Formula] = []
    for premise in statement.premises {
      equalities.append(.atom(Atom(predicate: "=", arguments: [name(of: premise.lhs), name(of: premise.rhs)])))
    }
    let head = Formula.atom(
      Atom(predicate: "=", arguments: [name(of: statement.conclusion.lhs), name(of: statement.conclusion.rhs)]))
    let premises = atoms + equalities
    let premise: Formula = premises.count == 1 ? premises[0] : .and(premises)
    formula = premises.isEmpty ? head : .implies(bound: bound, premise: premise, conclusion: head)
  }

  public var description: String { formula.description }
}
