import Kernel
import LeanSyntax

/// Makes false variants of the theorems of a Lean file for soundness tests: it changes a constant,
/// flips `≤`/`<` (and `=`/`≠`, `∨` to `∧`), drops a hypothesis, swaps the sides of `-`, `/`, `%`
/// or `^`, or turns a ℕ variable into a ℤ one, and keeps a variant only when `StatementEvaluator`
/// finds a counterexample, so every variant is certainly false.
public struct FalseVariantGenerator: Sendable {
  public var evaluator = StatementEvaluator()
  /// At most this many variants per theorem, and at most three per kind of change.
  public var maximumPerTheorem = 10

  public init() {}

  /// The false variants of every theorem of a file whose statement lies in the evaluator's reach.
  public func variants(of file: SourceFile) -> [FalseVariant] {
    file.declarations.indices.flatMap { variants(of: file, declaration: $0) }
  }

  /// The false variants of one declaration.
  public func variants(of file: SourceFile, declaration index: Int) -> [FalseVariant] {
    let declaration = file.declarations[index]
    guard declaration.kind == .theorem || declaration.kind == .lemma,
      let signature = file.parseBody(of: declaration).signature
    else { return [] }
    var found: [FalseVariant] = []
    var perKind: [String: Int] = [:]
    var seen: Set<String> = []
    for (kind, mutation, candidate) in mutations(of: signature) {
      guard found.count < maximumPerTheorem, perKind[kind, default: 0] < 3 else { continue }
      let text = Printer.print(candidate)
      guard !seen.contains(text), let counterexample = counterexample(to: candidate) else { continue }
      seen.insert(text)
      perKind[kind, default: 0] += 1
      let prefix = file.text.utf8.prefix(declaration.signatureRange.start.offset)
      let suffix = file.text.utf8.dropFirst(declaration.signatureRange.end.offset)
      let fileText = String(decoding: prefix, as: UTF8.self) + text + " " + String(decoding: suffix, as: UTF8.self)
      found.append(
        FalseVariant(
          theorem: declaration.fullName ?? declaration.label, mutation: mutation, statement: text,
          counterexample: counterexample, fileText: fileText, declarationIndex: index))
    }
    return found
  }

  /// An assignment of the statement's variables under which every hypothesis is certainly true
  /// and the conclusion certainly false, or nil.
  public func counterexample(to signature: DeclarationSignature) -> [String: String]? {
    var variables: [(String, StatementEvaluator.VariableType)] = []
    var hypotheses: [LeanSyntax.Term] = []
    for binder in signature.binders {
      guard let type = binder.type else { return nil }
      if let variableType = StatementEvaluator.variableType(type) {
        variables += binder.names.map { ($0, variableType) }
      } else if case .binary(.implies, _, _) = type.kind, isFunctionType(type) {
        return nil
      } else {
        hypotheses.append(type)
      }
    }
    var evaluator = evaluator
    if variables.count > 4 {
      evaluator.natDomain = (0...3).map { BigInt($0) }
      evaluator.intDomain = (-2...2).map { BigInt($0) }
    }
    return search(variables[...], StatementEvaluator.Environment(), hypotheses, signature.type, evaluator)
  }

  func isFunctionType(_ term: LeanSyntax.Term) -> Bool {
    guard case .binary(.implies, let domain, let codomain) = term.kind else { return false }
    return StatementEvaluator.variableType(domain) != nil && StatementEvaluator.variableType(codomain) != nil
  }

  func search(
    _ variables: ArraySlice<(String, StatementEvaluator.VariableType)>, _ environment: StatementEvaluator.Environment,
    _ hypotheses: [LeanSyntax.Term], _ conclusion: LeanSyntax.Term, _ evaluator: StatementEvaluator
  ) -> [String: String]? {
    guard let (name, type) = variables.first else {
      for hypothesis in hypotheses where evaluator.proposition(hypothesis, environment) != true { return nil }
      guard evaluator.proposition(conclusion, environment) == false else { return nil }
      return environment.values.mapValues { value in
        switch value {
        case .number(let number): number.description
        case .prop(let truth): truth ? "True" : "False"
        }
      }
    }
    for value in evaluator.domain(type) {
      if let found = search(
        variables.dropFirst(), environment.binding(name, type, value), hypotheses, conclusion, evaluator)
      {
        return found
      }
    }
    return nil
  }

  // MARK: - Mutations

  typealias Mutation = (kind: String, description: String, signature: DeclarationSignature)

  func mutations(of signature: DeclarationSignature) -> [Mutation] {
    var result: [Mutation] = []
    // Changes inside the conclusion and the hypotheses.
    let variables = signature.binders.flatMap { binder in
      binder.type.flatMap(StatementEvaluator.variableType).map { type in binder.names.map { ($0, type) } } ?? []
    }
    for (position, term) in [(0, signature.type)] + hypothesisTerms(signature) {
      for (kind, description, changed) in termMutations(term) + substitutions(term, variables) {
        result.append((kind, description, replacing(position, with: changed, in: signature)))
      }
    }
    // Dropping one hypothesis.
    for (index, binder) in signature.binders.enumerated() {
      guard let type = binder.type, StatementEvaluator.variableType(type) == nil, binder.names.count == 1 else {
        continue
      }
      var dropped = signature
      dropped.binders.remove(at: index)
      result.append(("drop", "drop \(binder.names[0])", dropped))
    }
    // ℕ variables made ℤ.
    for (index, binder) in signature.binders.enumerated() {
      guard let type = binder.type, StatementEvaluator.variableType(type) == .number(.nat) else { continue }
      var widened = signature
      let name: String = if case .identifier("ℕ") = type.kind { "ℤ" } else { "Int" }
      widened.binders[index].type = LeanSyntax.Term(.identifier(name), range: type.range)
      result.append(("int", "\(binder.names.joined(separator: " ")) : ℕ → ℤ", widened))
    }
    return result
  }

  /// The binder types that are hypotheses, numbered after the conclusion (position 0).
  func hypothesisTerms(_ signature: DeclarationSignature) -> [(Int, LeanSyntax.Term)] {
    signature.binders.enumerated().compactMap { index, binder in
      guard let type = binder.type, StatementEvaluator.variableType(type) == nil else { return nil }
      return (index + 1, type)
    }
  }

  func replacing(_ position: Int, with term: LeanSyntax.Term, in signature: DeclarationSignature)
    -> DeclarationSignature
  {
    var copy = signature
    if position == 0 { copy.type = term } else { copy.binders[position - 1].type = term }
    return copy
  }

  /// Every replacement of one occurrence of a variable by another variable of the same type.
  func substitutions(_ term: LeanSyntax.Term, _ variables: [(String, StatementEvaluator.VariableType)])
    -> [(String, String, LeanSyntax.Term)]
  {
    var result: [(String, String, LeanSyntax.Term)] = []
    for (name, type) in variables {
      for (other, otherType) in variables where other != name && otherType == type {
        for changed in replacingOneOccurrence(of: name, with: other, in: term) {
          result.append(("variable", "\(name) → \(other)", changed))
        }
      }
    }
    return result
  }

  func replacingOneOccurrence(of name: String, with other: String, in term: LeanSyntax.Term) -> [LeanSyntax.Term] {
    switch term.kind {
    case .identifier(name):
      return [LeanSyntax.Term(.identifier(other), range: term.range)]
    case .binary(let operation, let lhs, let rhs):
      return replacingOneOccurrence(of: name, with: other, in: lhs).map {
        LeanSyntax.Term(.binary(operation, $0, rhs), range: term.range)
      }
        + replacingOneOccurrence(of: name, with: other, in: rhs).map {
          LeanSyntax.Term(.binary(operation, lhs, $0), range: term.range)
        }
    case .not(let operand):
      return replacingOneOccurrence(of: name, with: other, in: operand).map {
        LeanSyntax.Term(.not($0), range: term.range)
      }
    case .application(let function, let arguments):
      return arguments.indices.flatMap { index in
        replacingOneOccurrence(of: name, with: other, in: arguments[index]).map { changed in
          var copy = arguments
          copy[index] = changed
          return LeanSyntax.Term(.application(function, copy), range: term.range)
        }
      }
    default:
      return []
    }
  }

  /// Every single-point change of a term: constants, relations, connectives, operand order.
  func termMutations(_ term: LeanSyntax.Term) -> [(String, String, LeanSyntax.Term)] {
    var result: [(String, String, LeanSyntax.Term)] = []
    switch term.kind {
    case .natural(let digits):
      if let value = Int(digits) {
        result.append(
          ("constant", "\(value) → \(value + 1)", LeanSyntax.Term(.natural(String(value + 1)), range: term.range)))
        result.append(
          ("constant", "\(value) → \(value + 2)", LeanSyntax.Term(.natural(String(value + 2)), range: term.range)))
        if value > 0 {
          result.append(
            ("constant", "\(value) → \(value - 1)", LeanSyntax.Term(.natural(String(value - 1)), range: term.range)))
        }
      }
    case .binary(let operation, let lhs, let rhs):
      let flips: [BinaryOperator: BinaryOperator] = [
        .lessEqual: .less, .less: .lessEqual, .greaterEqual: .greater, .greater: .greaterEqual,
        .equal: .notEqual, .notEqual: .equal, .or: .and,
      ]
      if let flipped = flips[operation] {
        result.append(
          (
            "relation", "\(operation.rawValue) → \(flipped.rawValue)",
            LeanSyntax.Term(.binary(flipped, lhs, rhs), range: term.range)
          ))
      }
      if [.subtract, .divide, .modulo, .power].contains(operation), lhs != rhs {
        result.append(
          ("swap", "swap \(operation.rawValue)", LeanSyntax.Term(.binary(operation, rhs, lhs), range: term.range)))
      }
      for (kind, description, changed) in termMutations(lhs) {
        result.append((kind, description, LeanSyntax.Term(.binary(operation, changed, rhs), range: term.range)))
      }
      for (kind, description, changed) in termMutations(rhs) {
        result.append((kind, description, LeanSyntax.Term(.binary(operation, lhs, changed), range: term.range)))
      }
    case .not(let operand):
      result.append(("negation", "drop ¬", operand))
      result += termMutations(operand).map { ($0.0, $0.1, LeanSyntax.Term(.not($0.2), range: term.range)) }
    case .negation(let operand):
      result += termMutations(operand).map { ($0.0, $0.1, LeanSyntax.Term(.negation($0.2), range: term.range)) }
    case .coercion(let operand):
      result += termMutations(operand).map { ($0.0, $0.1, LeanSyntax.Term(.coercion($0.2), range: term.range)) }
    case .ascription(let inner, let type):
      result += termMutations(inner).map { ($0.0, $0.1, LeanSyntax.Term(.ascription($0.2, type), range: term.range)) }
    case .forall(let binders, let body):
      result += termMutations(body).map { ($0.0, $0.1, LeanSyntax.Term(.forall(binders, $0.2), range: term.range)) }
    case .exists(let binders, let body):
      result += termMutations(body).map { ($0.0, $0.1, LeanSyntax.Term(.exists(binders, $0.2), range: term.range)) }
    case .application(let function, let arguments):
      for index in arguments.indices {
        for (kind, description, changed) in termMutations(arguments[index]) {
          var copy = arguments
          copy[index] = changed
          result.append((kind, description, LeanSyntax.Term(.application(function, copy), range: term.range)))
        }
      }
    default:
      break
    }
    return result
  }
}
