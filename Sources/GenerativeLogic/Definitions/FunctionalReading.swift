/// Reads one disintegrated formula of the anchor as an equation over terms. Since s, + and * are
/// total and single-valued (themselves axioms), an output variable of an `in2`/`in3` atom names
/// the term of its inputs; membership atoms `in[x,N]` are guards that every term satisfies.
public struct FunctionalReading: Sendable {
  /// What a formula says, read through the anchor.
  public enum Meaning: Hashable, Sendable {
    /// `∀ vars, premises → l = r`.
    case rule(Statement)
    /// `∀ vars, l ≠ r`.
    case disequality(Statement)
    /// A structural axiom that licenses the reading itself.
    case structural(Structure)
    /// Anything the reading does not cover.
    case unread
  }

  /// The structural axioms.
  public enum Structure: Hashable, Sendable {
    case membership(element: Term)
    case totality(operation: String)
    case functionality(operation: String)
  }

  public let anchor: Anchor

  public init(anchor: Anchor) {
    self.anchor = anchor
  }

  func constant(_ name: String) -> Term {
    switch anchor.role(of: name) {
    case .zero: return .zero
    case .one: return .one
    default: return .variable(name)
    }
  }

  /// The operation term and output name of an `in2`/`in3` atom over s, + or *.
  func operation(_ atom: Atom, _ terms: (String) -> Term) -> (term: Term, output: String)? {
    let arguments = atom.arguments
    switch (atom.predicate, anchor.role(of: arguments.last ?? "")) {
    case ("in2", .successor): return (.succ(terms(arguments[0])), arguments[1])
    case ("in3", .addition): return (.add(terms(arguments[0]), terms(arguments[1])), arguments[2])
    case ("in3", .multiplication): return (.mul(terms(arguments[0]), terms(arguments[1])), arguments[2])
    default: return nil
    }
  }

  public func meaning(of formula: Formula) -> Meaning {
    switch formula {
    case .atom(let atom):
      if atom.predicate == "in", anchor.role(of: atom.arguments[1]) == .naturals {
        return .structural(.membership(element: constant(atom.arguments[0])))
      }
      if atom.predicate == "=" {
        return .rule(Statement(conclusion: Equation(constant(atom.arguments[0]), constant(atom.arguments[1]))))
      }
      guard let (term, output) = operation(atom, constant) else { return .unread }
      return .rule(Statement(conclusion: Equation(term, constant(output))))
    case .implies(let bound, let premise, let conclusion):
      return implication(bound: bound, premise: premise, conclusion: conclusion)
    default:
      return .unread
    }
  }

  private func implication(bound: [String], premise: Formula, conclusion: Formula) -> Meaning {
    let boundSet = Set(bound)
    var defined: [String: Term] = [:]
    func term(_ name: String) -> Term { defined[name] ?? constant(name) }
    var premises: [Equation] = []
    var atoms: [Atom] = []
    for part in premise.conjuncts {
      guard case .atom(let atom) = part else { return .unread }
      if atom.predicate == "in" {
        guard anchor.role(of: atom.arguments[1]) == .naturals else { return .unread }
        continue
      }
      atoms.append(atom)
    }
    var progress = true
    while progress && !atoms.isEmpty {
      progress = false
      for (index, atom) in atoms.enumerated() {
        if atom.predicate == "=" {
          premises.append(Equation(term(atom.arguments[0]), term(atom.arguments[1])))
          atoms.remove(at: index)
          progress = true
          break
        }
        let inputs = atom.arguments.dropLast(2)
        guard inputs.allSatisfy({ !boundSet.contains($0) || defined[$0] != nil || !isOutput($0, atoms) }) else {
          continue
        }
        guard let (value, output) = operation(atom, term) else { return .unread }
        if boundSet.contains(output) && defined[output] == nil {
          defined[output] = value
        } else {
          premises.append(Equation(value, term(output)))
        }
        atoms.remove(at: index)
        progress = true
        break
      }
    }
    guard atoms.isEmpty else { return .unread }
    switch conclusion {
    case .atom(let atom):
      if atom.predicate == "=" {
        let equation = Equation(term(atom.arguments[0]), term(atom.arguments[1]))
        if premises.isEmpty && equation.lhs == equation.rhs {
          return functionality(bound: bound, premise: premise)
        }
        return .rule(Statement(premises: premises, conclusion: equation))
      }
      if atom.predicate == "in" { return .unread }
      guard let (value, output) = operation(atom, term) else { return .unread }
      return .rule(Statement(premises: premises, conclusion: Equation(value, term(output))))
    case .not(.atom(let atom)):
      guard premises.isEmpty, let (value, output) = operation(atom, term) else { return .unread }
      return .disequality(Statement(conclusion: Equation(value, term(output))))
    case .not(.implies(let inner, .atom(let atom), .not(.atom(let member)))):
      guard inner.count == 1, member.predicate == "in", member.arguments[0] == inner[0],
        atom.arguments.dropLast(2).allSatisfy(boundSet.contains), atom.arguments[atom.arguments.count - 2] == inner[0],
        let role = anchor.role(of: atom.arguments.last ?? "")
      else { return .unread }
      return .structural(.totality(operation: role.rawValue))
    default:
      return .unread
    }
  }

  private func functionality(bound: [String], premise: Formula) -> Meaning {
    guard case .atom(let first) = premise.conjuncts.first, let role = anchor.role(of: first.arguments.last ?? "")
    else { return .unread }
    return .structural(.functionality(operation: role.rawValue))
  }

  /// Whether a name is the output of some remaining operation atom.
  private func isOutput(_ name: String, _ atoms: [Atom]) -> Bool {
    atoms.contains { $0.predicate != "=" && $0.arguments[$0.arguments.count - 2] == name }
  }
}
