import Foundation

/// The independent checker: it re-reads the definitions, re-derives the axioms, and re-checks every
/// node of every proof graph from its ingredients and the rule it cites, without any search.
public struct ProofVerifier: Sendable {
  /// A theorem as listed in `theorems.json`.
  struct Listed {
    var name: String
    var statement: Statement
    var graph: ProofGraph
  }

  let axioms: [String: Axiom]
  var known: [String: Statement] = [:]
  var report = VerificationReport()

  init(axioms: AxiomDerivation) {
    self.axioms = Dictionary(uniqueKeysWithValues: axioms.axioms.map { ($0.id, $0) })
  }

  /// Verifies a directory written by `DerivationWriter`.
  public static func verify(directory: URL) throws -> VerificationReport {
    let source = try String(contentsOf: directory.appendingPathComponent("definitions.def"), encoding: .utf8)
    let file = try DefinitionParser(file: "definitions.def").parse(source)
    let decoder = JSONDecoder()
    let listing = try decoder.decode(
      TheoremListing.self, from: Data(contentsOf: directory.appendingPathComponent("theorems.json")))
    let stored = try decoder.decode(
      AxiomListing.self, from: Data(contentsOf: directory.appendingPathComponent("axioms.json")))
    var theorems: [Listed] = []
    for entry in listing.theorems {
      let graph = try decoder.decode(
        ProofGraph.self, from: Data(contentsOf: directory.appendingPathComponent(entry.graph)))
      theorems.append(Listed(name: entry.name, statement: entry.statement, graph: graph))
    }
    return verify(file: file, storedAxioms: stored, theorems: theorems.map { ($0.name, $0.statement, $0.graph) })
  }

  /// Verifies graphs in order against the axioms derived from a definitions file.
  public static func verify(
    file: DefinitionFile, storedAxioms: AxiomListing?,
    theorems: [(name: String, statement: Statement, graph: ProofGraph)]
  ) -> VerificationReport {
    let derivation = AxiomDerivation(file: file)
    var verifier = ProofVerifier(axioms: derivation)
    verifier.checkAxioms(derivation, stored: storedAxioms)
    for (name, statement, graph) in theorems {
      verifier.check(name: name, statement: statement, graph: graph)
      verifier.known[name] = statement
    }
    return verifier.report
  }

  mutating func fail(_ theorem: String, _ node: Int?, _ message: String) {
    report.failures.append(VerificationReport.Failure(theorem: theorem, node: node, message: message))
  }

  /// The reading of s, + and * as terms needs each to be total and single-valued.
  mutating func checkAxioms(_ derivation: AxiomDerivation, stored: AxiomListing?) {
    for role in [Anchor.Role.successor, .addition, .multiplication] {
      let meanings = derivation.axioms.map(\.meaning)
      if !meanings.contains(.structural(.totality(operation: role.rawValue))) {
        fail("axioms", nil, "no axiom makes \(role.rawValue) total, so its terms are not licensed")
      }
      if !meanings.contains(.structural(.functionality(operation: role.rawValue))) {
        fail("axioms", nil, "no axiom makes \(role.rawValue) single-valued, so its terms are not licensed")
      }
    }
    report.axiomsChecked = derivation.axioms.count
    guard let stored else { return }
    if stored.expanded != derivation.expanded.description {
      fail("axioms", nil, "the stored expansion differs from the expansion of the definitions")
    }
    if stored.axioms.count != derivation.axioms.count {
      fail("axioms", nil, "\(stored.axioms.count) axioms stored, \(derivation.axioms.count) derived")
    }
    for (entry, axiom) in zip(stored.axioms, derivation.axioms) {
      if entry.id != axiom.id || entry.formula != axiom.formula.description || entry.statement != axiom.rule?.statement
      {
        fail("axioms", nil, "axiom \(entry.id) is not the disintegration of the expanded definitions")
      }
    }
  }

  /// The statement a rule reference stands for in a case, or a reason it is not available.
  func ruleStatement(_ reference: RuleReference, graph: ProofGraph, caseIndex: Int, self name: String) -> Result<
    Statement, VerificationFailure
  > {
    switch reference.kind {
    case .axiom:
      guard let rule = axioms[reference.name]?.rule else { return .failure(.init("no axiom rule \(reference.name)")) }
      return .success(rule.statement)
    case .theorem:
      guard reference.name != name, let statement = known[reference.name] else {
        return .failure(.init("\(reference.name) is not an earlier theorem"))
      }
      return .success(statement)
    case .inductionHypothesis:
      guard case .induction(let variable) = graph.method, graph.cases[caseIndex].kind == .step else {
        return .failure(.init("induction hypothesis outside a step case"))
      }
      return .success(ProofGraph.inductionHypothesis(of: graph.statement, on: variable))
    case .fact:
      guard let id = Int(reference.name), id >= 0, id < graph.nodes.count,
        graph.nodes[id].caseIndex == caseIndex
      else { return .failure(.init("no fact \(reference.name) in this case")) }
      return .success(Statement(variables: [], conclusion: graph.nodes[id].claim))
    }
  }

  /// A reason a step fails.
  struct VerificationFailure: Error {
    var message: String
    init(_ message: String) { self.message = message }
  }

  static func expectedTag(_ reference: RuleReference) -> StepTag {
    switch reference.kind {
    case .axiom: return .implication
    case .theorem: return .theorem
    case .inductionHypothesis: return .recursion
    case .fact: return .equality
    }
  }

  mutating func check(name: String, statement: Statement, graph: ProofGraph) {
    report.theoremsChecked += 1
    guard graph.theorem == name, graph.statement == statement else {
      fail(name, nil, "the graph proves \(graph.statement), not the listed statement")
      return
    }
    switch graph.method {
    case .direct:
      guard graph.cases.count == 1, graph.cases[0].kind == .direct, graph.cases[0].goal == statement else {
        fail(name, nil, "a direct proof needs one case whose goal is the statement")
        return
      }
    case .induction(let variable):
      guard statement.variables.contains(variable), graph.cases.count == 2,
        graph.cases[0].kind == .base, graph.cases[1].kind == .step,
        graph.cases[0].goal == ProofGraph.caseGoal(of: statement, on: variable, kind: .base),
        graph.cases[1].goal == ProofGraph.caseGoal(of: statement, on: variable, kind: .step)
      else {
        fail(name, nil, "the cases are not the base and step of an induction on the statement")
        return
      }
    }
    for (index, node) in graph.nodes.enumerated() {
      report.stepsChecked += 1
      guard node.id == index, node.caseIndex >= 0, node.caseIndex < graph.cases.count else {
        fail(name, index, "node ids must count from 0 and name a case")
        continue
      }
      if let message = checkNode(node, graph: graph, name: name) { fail(name, index, message) }
    }
    for proofCase in graph.cases {
      guard proofCase.conclusion >= 0, proofCase.conclusion < graph.nodes.count,
        graph.nodes[proofCase.conclusion].caseIndex == graph.cases.firstIndex(of: proofCase),
        graph.nodes[proofCase.conclusion].claim == proofCase.goal.conclusion
      else {
        fail(name, nil, "the \(proofCase.kind.rawValue) case does not end in its goal \(proofCase.goal.conclusion)")
        continue
      }
    }
  }

  func checkNode(_ node: ProofNode, graph: ProofGraph, name: String) -> String? {
    var facts: [Equation] = []
    for ingredient in node.ingredients {
      guard ingredient >= 0, ingredient < node.id, graph.nodes[ingredient].caseIndex == node.caseIndex else {
        return "ingredient \(ingredient) is not an earlier node of the same case"
      }
      facts.append(graph.nodes[ingredient].claim)
    }
    let goal = graph.cases[node.caseIndex].goal
    switch node.inference {
    case .hypothesis:
      guard node.tag == .taskFormulation, facts.isEmpty, goal.premises.contains(node.claim) else {
        return "\(node.claim) is not a hypothesis of the case"
      }
    case .reflexivity:
      guard node.tag == .equality, facts.isEmpty, node.claim.lhs == node.claim.rhs else {
        return "\(node.claim) is not an instance of reflexivity"
      }
    case .symmetry:
      guard node.tag == .equality, facts.count == 1, facts[0].swapped == node.claim else {
        return "\(node.claim) is not the symmetric of its ingredient"
      }
    case .transitivity:
      guard node.tag == .equality, facts.count == 2, facts[0].rhs == facts[1].lhs,
        Equation(facts[0].lhs, facts[1].rhs) == node.claim
      else { return "\(node.claim) does not follow by transitivity" }
    case .rewrite:
      return checkRewrite(node, fact: facts.count == 1 ? facts[0] : nil, graph: graph, name: name)
    case .implication:
      return checkImplication(node, facts: facts, graph: graph, name: name)
    }
    return nil
  }

  func instance(_ node: ProofNode, graph: ProofGraph, name: String) -> Result<Statement, VerificationFailure> {
    guard let reference = node.rule, let substitution = node.substitution else {
      return .failure(.init("the step cites no rule instance"))
    }
    guard node.tag == Self.expectedTag(reference) else {
      return .failure(.init("a step using \(reference) must be tagged \(Self.expectedTag(reference).rawValue)"))
    }
    switch ruleStatement(reference, graph: graph, caseIndex: node.caseIndex, self: name) {
    case .failure(let failure): return .failure(failure)
    case .success(let statement):
      guard Set(substitution.keys) == Set(statement.variables) else {
        return .failure(.init("the substitution must bind exactly \(statement.variables)"))
      }
      return .success(statement.substituted(substitution))
    }
  }

  func checkRewrite(_ node: ProofNode, fact: Equation?, graph: ProofGraph, name: String) -> String? {
    guard let fact, let side = node.side, let path = node.path, let forward = node.forward else {
      return "a rewrite needs one ingredient, a side, a path and a direction"
    }
    let rule: Statement
    switch instance(node, graph: graph, name: name) {
    case .failure(let failure): return failure.message
    case .success(let statement): rule = statement
    }
    guard rule.premises.isEmpty else { return "a conditional rule cannot rewrite" }
    let (from, to) = forward ? (rule.conclusion.lhs, rule.conclusion.rhs) : (rule.conclusion.rhs, rule.conclusion.lhs)
    let (before, other) = side == .lhs ? (fact.lhs, fact.rhs) : (fact.rhs, fact.lhs)
    guard before.subterm(at: path) == from else { return "\(from) does not occur at \(path) in \(before)" }
    guard let after = before.replacing(at: path[...], with: to) else { return "bad path \(path)" }
    let expected = side == .lhs ? Equation(after, other) : Equation(other, after)
    guard expected == node.claim else { return "rewriting gives \(expected), not \(node.claim)" }
    return nil
  }

  func checkImplication(_ node: ProofNode, facts: [Equation], graph: ProofGraph, name: String) -> String? {
    let rule: Statement
    switch instance(node, graph: graph, name: name) {
    case .failure(let failure): return failure.message
    case .success(let statement): rule = statement
    }
    guard !rule.premises.isEmpty, rule.premises == facts else {
      return "the ingredients are not the premises \(rule.premises) of the rule instance"
    }
    guard rule.conclusion == node.claim else { return "the rule instance concludes \(rule.conclusion)" }
    return nil
  }
}
