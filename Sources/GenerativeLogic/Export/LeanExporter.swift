/// Exports derived theorems to Lean 4 (core, no imports). Each theorem's proof is built from its
/// proof graph: `induction … generalizing … with | zero => … | succ v ih => …` for an induction, a
/// `calc` chain with one `rw` (or `congrArg`) per rewrite step for an equation, and one `have`
/// per step for an implication. Axioms are Lean core's defining equations (`Nat.add_zero`,
/// `Nat.add_succ`, `Nat.mul_zero`, `Nat.mul_succ`) or small bridge lemmas proved from core.
public struct LeanExporter: Sendable {
  /// A Lean lemma a rule stands for: its name, parameter order (as the rule's variables) and
  /// whether Lean states the equation right to left.
  struct Citation {
    var name: String
    var arguments: [Term]
    var flipped: Bool
  }

  /// The Lean export of one theorem.
  public struct Exported: Hashable, Sendable {
    public var name: String
    public var text: String?
    public var reason: String?
  }

  static let n = Term.variable("n")
  static let m = Term.variable("m")
  static let coreLemmas: [(name: String, parameters: [String], equation: Equation)] = [
    ("Nat.add_zero", ["n"], Equation(.add(n, .zero), n)),
    ("Nat.add_succ", ["n", "m"], Equation(.add(n, .succ(m)), .succ(.add(n, m)))),
    ("Nat.mul_zero", ["n"], Equation(.mul(n, .zero), .zero)),
    ("Nat.mul_succ", ["n", "m"], Equation(.mul(n, .succ(m)), .add(.mul(n, m), n))),
    ("gl_ax_succ_zero", [], Equation(.succ(.zero), .one)),
  ]

  let axioms: AxiomDerivation
  /// Axiom id → Lean lemma name and parameter mapping.
  let axiomCitations: [String: (name: String, parameters: [Term], flipped: Bool)]
  /// Bridge lemmas the file must define, in order.
  let bridges: [String]

  public init(axioms: AxiomDerivation) {
    self.axioms = axioms
    var citations: [String: (name: String, parameters: [Term], flipped: Bool)] = [:]
    var bridges = ["theorem gl_ax_succ_zero : Nat.succ 0 = 1 := rfl"]
    for axiom in axioms.axioms {
      guard let rule = axiom.rule else { continue }
      let statement = rule.statement
      if statement.premises.isEmpty {
        for lemma in Self.coreLemmas {
          for flipped in [false, true] {
            let target = flipped ? statement.conclusion.swapped : statement.conclusion
            var substitution: [String: Term] = [:]
            let bindable = Set(lemma.parameters)
            if lemma.equation.lhs.match(target.lhs, bindable: bindable, &substitution),
              lemma.equation.rhs.match(target.rhs, bindable: bindable, &substitution),
              citations[axiom.id] == nil
            {
              citations[axiom.id] = (lemma.name, lemma.parameters.map { substitution[$0]! }, flipped)
            }
          }
        }
      } else if statement.premises.count == 1, case .succ(let u) = statement.premises[0].lhs,
        case .succ(let v) = statement.premises[0].rhs
      {
        let name = "gl_ax_\(axiom.id)"
        let proof: String
        if statement.conclusion == Equation(u, v) {
          proof = "Nat.succ.inj h"
        } else if statement.conclusion == Equation(v, u) {
          proof = "(Nat.succ.inj h).symm"
        } else {
          continue
        }
        let binders = statement.variables.isEmpty ? "" : " (\(statement.variables.joined(separator: " ")) : Nat)"
        bridges.append(
          "theorem \(name)\(binders) (h : \(statement.premises[0].leanText)) : \(statement.conclusion.leanText) := \(proof)"
        )
        citations[axiom.id] = (name, statement.variables.map { Term.variable($0) }, false)
      }
    }
    self.axiomCitations = citations
    self.bridges = bridges
  }

  static func argument(_ term: Term) -> String { term.children.isEmpty ? term.leanText : "(\(term.leanText))" }

  /// The Lean statement `(a b : Nat) : p → l = r` of a theorem.
  public static func signature(_ statement: Statement) -> String {
    let binders = statement.variables.isEmpty ? "" : " (\(statement.variables.joined(separator: " ")) : Nat)"
    let body = (statement.premises.map(\.leanText) + [statement.conclusion.leanText]).joined(separator: " → ")
    return "\(binders) : \(body)"
  }

  /// The whole file for the given theorems (in proof order), and per-theorem results.
  public func file(for theorems: [DerivedTheorem], source: String) -> (text: String, exported: [Exported]) {
    var lines = [
      "/-",
      "  GLDerived.lean: the theorems that `prover gl derive` derived from \(source),",
      "  each proved from Lean core's defining equations of + and * and the theorems before it.",
      "  Lean 4 core only; no imports.",
      "-/",
      "",
    ]
    lines += bridges.flatMap { [$0, ""] }
    var available: [String: Statement] = [:]
    var exported: [Exported] = []
    for theorem in theorems {
      switch proof(of: theorem, available: available) {
      case .success(let body):
        let text = "theorem \(theorem.name)\(Self.signature(theorem.statement)) := by\n\(body)"
        lines.append(text)
        lines.append("")
        available[theorem.name] = theorem.statement
        exported.append(Exported(name: theorem.name, text: text, reason: nil))
      case .failure(let failure):
        lines.append("-- \(theorem.name) is not exported: \(failure.message)")
        lines.append("")
        exported.append(Exported(name: theorem.name, text: nil, reason: failure.message))
      }
    }
    return (lines.joined(separator: "\n"), exported)
  }

  /// Why a theorem cannot be exported.
  struct ExportFailure: Error {
    var message: String
  }

  func citation(
    _ reference: RuleReference, _ substitution: [String: Term], graph: ProofGraph, available: [String: Statement]
  ) -> Result<Citation, ExportFailure> {
    switch reference.kind {
    case .axiom:
      guard let cited = axiomCitations[reference.name] else {
        return .failure(ExportFailure(message: "axiom \(reference.name) has no Lean counterpart"))
      }
      return .success(
        Citation(
          name: cited.name, arguments: cited.parameters.map { $0.substituted(substitution) }, flipped: cited.flipped))
    case .theorem:
      guard let statement = available[reference.name] else {
        return .failure(ExportFailure(message: "\(reference.name) was not exported"))
      }
      return .success(
        Citation(name: reference.name, arguments: statement.variables.map { substitution[$0]! }, flipped: false))
    case .inductionHypothesis:
      guard case .induction(let variable) = graph.method else {
        return .failure(ExportFailure(message: "induction hypothesis outside an induction"))
      }
      let hypothesis = ProofGraph.inductionHypothesis(of: graph.statement, on: variable)
      return .success(Citation(name: "ih", arguments: hypothesis.variables.map { substitution[$0]! }, flipped: false))
    case .fact:
      return .success(Citation(name: "h\(reference.name)", arguments: [], flipped: false))
    }
  }

  static func application(_ citation: Citation) -> String {
    ([citation.name] + citation.arguments.map(argument)).joined(separator: " ")
  }

  static func replacingAll(_ term: Term, _ from: Term, _ to: Term) -> Term {
    if term == from { return to }
    if term.children.isEmpty { return term }
    return term.withChildren(term.children.map { replacingAll($0, from, to) })
  }

  /// A proof of `before = after` for a rewrite node, as a term or a `by rw` tactic.
  func stepProof(
    _ node: ProofNode, before: Term, after: Term, graph: ProofGraph, available: [String: Statement], tactic: Bool
  ) -> Result<String, ExportFailure> {
    guard let reference = node.rule, let substitution = node.substitution, let path = node.path,
      let forward = node.forward
    else { return .failure(ExportFailure(message: "node \(node.id) is not a rewrite")) }
    let cited: Citation
    switch citation(reference, substitution, graph: graph, available: available) {
    case .failure(let failure): return .failure(failure)
    case .success(let value): cited = value
    }
    let usesForward = forward != cited.flipped
    let application = Self.application(cited)
    guard let from = before.subterm(at: path), let to = after.subterm(at: path) else {
      return .failure(ExportFailure(message: "node \(node.id) has a bad path"))
    }
    if tactic && Self.replacingAll(before, from, to) == Self.replacingAll(after, from, to) {
      return .success("by rw [\(usesForward ? "" : "← ")\(application)]")
    }
    let equation = usesForward ? application : "(\(application)).symm"
    if path.isEmpty { return .success(equation) }
    guard let context = before.replacing(at: path[...], with: .variable("x")) else {
      return .failure(ExportFailure(message: "node \(node.id) has a bad path"))
    }
    return .success("congrArg (fun (x : Nat) => \(context.leanText)) (\(equation))")
  }

  func proof(of theorem: DerivedTheorem, available: [String: Statement]) -> Result<String, ExportFailure> {
    let graph = theorem.graph
    switch graph.method {
    case .direct:
      return caseProof(0, graph: graph, available: available, indent: "  ")
    case .induction(let variable):
      let others = graph.statement.variables.filter { $0 != variable }
      let generalizing = others.isEmpty ? "" : " generalizing \(others.joined(separator: " "))"
      let base = caseProof(0, graph: graph, available: available, indent: "    ")
      let step = caseProof(1, graph: graph, available: available, indent: "    ")
      switch (base, step) {
      case (.success(let baseText), .success(let stepText)):
        return .success(
          """
            induction \(variable)\(generalizing) with
            | zero =>
          \(baseText)
            | succ \(variable) ih =>
          \(stepText)
          """)
      case (.failure(let failure), _), (_, .failure(let failure)):
        return .failure(failure)
      }
    }
  }

  func caseProof(_ caseIndex: Int, graph: ProofGraph, available: [String: Statement], indent: String) -> Result<
    String, ExportFailure
  > {
    let proofCase = graph.cases[caseIndex]
    let nodes = graph.nodes.filter { $0.caseIndex == caseIndex }
    if proofCase.goal.premises.isEmpty, let first = nodes.first, first.inference == .reflexivity,
      nodes.dropFirst().allSatisfy({ $0.inference == .rewrite && $0.side == .rhs }),
      zip(nodes.dropFirst(), nodes).allSatisfy({ $0.ingredients == [$1.id] }),
      nodes.last?.id == proofCase.conclusion
    {
      if nodes.count == 1 { return .success("\(indent)rfl") }
      var lines: [String] = []
      var previous = first.claim.rhs
      for (offset, node) in nodes.dropFirst().enumerated() {
        let proof: String
        switch stepProof(
          node, before: previous, after: node.claim.rhs, graph: graph, available: available, tactic: true)
        {
        case .failure(let failure): return .failure(failure)
        case .success(let text): proof = text
        }
        let link =
          offset == 0
          ? "calc \(first.claim.lhs.leanText) = \(node.claim.rhs.leanText)" : "  _ = \(node.claim.rhs.leanText)"
        lines.append("\(indent)\(link) := \(proof)")
        previous = node.claim.rhs
      }
      return .success(lines.joined(separator: "\n"))
    }
    var lines: [String] = []
    if !proofCase.goal.premises.isEmpty { lines.append("\(indent)intro h") }
    for node in nodes {
      let facts = node.ingredients.map { "h\($0)" }
      let proof: String
      switch node.inference {
      case .hypothesis: proof = "h"
      case .reflexivity: proof = "rfl"
      case .symmetry: proof = "Eq.symm \(facts[0])"
      case .transitivity: proof = "Eq.trans \(facts[0]) \(facts[1])"
      case .rewrite:
        let fact = graph.nodes[node.ingredients[0]].claim
        let (before, after) = node.side == .lhs ? (fact.lhs, node.claim.lhs) : (fact.rhs, node.claim.rhs)
        switch stepProof(node, before: before, after: after, graph: graph, available: available, tactic: false) {
        case .failure(let failure): return .failure(failure)
        case .success(let step):
          proof = node.side == .lhs ? "Eq.trans (Eq.symm (\(step))) \(facts[0])" : "Eq.trans \(facts[0]) (\(step))"
        }
      case .implication:
        guard let reference = node.rule, let substitution = node.substitution else {
          return .failure(ExportFailure(message: "node \(node.id) cites no rule"))
        }
        switch citation(reference, substitution, graph: graph, available: available) {
        case .failure(let failure): return .failure(failure)
        case .success(let cited): proof = ([Self.application(cited)] + facts).joined(separator: " ")
        }
      }
      lines.append("\(indent)have h\(node.id) : \(node.claim.leanText) := \(proof)")
    }
    lines.append("\(indent)exact h\(proofCase.conclusion)")
    return .success(lines.joined(separator: "\n"))
  }
}
