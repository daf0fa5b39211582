import Kernel
import LeanSyntax
import ProverCore

extension Elaborator {
  /// Runs kernel rules; a refusal is a checker error (the proof is not accepted).
  func rule<T>(_ range: SourceRange?, _ body: () throws(KernelError) -> T) throws(CheckError) -> T {
    do throws(KernelError) { return try body() } catch { throw CheckError.kernel(error, at: range) }
  }

  /// `⊢ theorem` converted to exactly `target`, or Lean's `type mismatch` error.
  func conform(_ theorem: Theorem, to target: KTerm?, _ syntax: Syntax) throws(CheckError) -> Theorem {
    guard let target else { return theorem }
    if let converted = try rule(syntax.range, { () throws(KernelError) in try Conversion.convert(theorem, to: target) })
    {
      return converted
    }
    // Equations whose sides agree by unfolding ℕ's defining equations (`n + (m + 1)` is
    // `n + m + 1` by definition), as Lean's `isDefEq` unfolds them.
    if let assigned = try assignMetavariables(theorem, to: target, syntax) { return assigned }
    if let (a, b) = theorem.conclusion.asEquation, let (c, d) = target.asEquation, a.type == c.type,
      let left = try? Definitional.equation(c, a), let right = try? Definitional.equation(b, d),
      let bridged = try? Theorem.trans(Theorem.trans(left, theorem), right)
    {
      return bridged
    }
    throw .elaboration(
      "type mismatch\n  \(Printer.print(syntax))\nhas type\n  \(printer.print(theorem.conclusion)) : Prop\n"
        + "but is expected to have type\n  \(printer.print(target)) : Prop", at: syntax.range)
  }

  /// `⊢ target` from `⊢ conclusion` when the target mentions metavariables of the tactic proof
  /// that unification with the conclusion assigns (as Lean's `isDefEq` assigns `?m`); nil otherwise.
  private func assignMetavariables(_ theorem: Theorem, to target: KTerm, _ syntax: Syntax) throws(CheckError)
    -> Theorem?
  {
    guard let metavariables, target.freeVariables.contains(where: Unifier.isMeta) else { return nil }
    var unifier = Unifier()
    guard unifier.unify(target, theorem.conclusion) else { return nil }
    for meta in target.freeVariables where Unifier.isMeta(meta) {
      let value = unifier.instantiate(meta)
      guard value !== meta else { continue }
      guard !value.freeVariables.contains(where: Unifier.isMeta), metavariables.assign(meta, value) else { return nil }
    }
    return try rule(syntax.range) { () throws(KernelError) in try metavariables.bridge(theorem, to: target) }
  }

  /// Elaborates a proof term. With an expected proposition the result proves exactly it; without,
  /// the proposition is whatever the term proves.
  func proof(_ syntax: Syntax, expected: KTerm?) throws(CheckError) -> Theorem {
    switch syntax.kind {
    case .identifier(let name):
      return try applyHead(name, [], syntax, expected: expected, explicit: false)
    case .explicitIdentifier(let name):
      return try applyHead(name, [], syntax, expected: expected, explicit: true)
    case .application(let function, let arguments):
      switch function.kind {
      case .identifier(let name):
        return try applyHead(name, arguments, syntax, expected: expected, explicit: false)
      case .explicitIdentifier(let name):
        return try applyHead(name, arguments, syntax, expected: expected, explicit: true)
      case .projection(let base, let field):
        let baseProof = try proof(base, expected: nil)
        return try proofField(baseProof, field, arguments, syntax, expected: expected)
      default:
        let head = try proof(function, expected: nil)
        return try apply(head, kinds: [], arguments, syntax, expected: expected)
      }
    case .projection(let base, let field):
      let baseProof = try proof(base, expected: nil)
      return try proofField(baseProof, field, [], syntax, expected: expected)
    case .anonymousConstructor(let parts):
      guard let expected else {
        throw .elaboration(
          "invalid constructor ⟨...⟩, expected type must be known", at: syntax.range)
      }
      return try anonymousConstructor(parts, syntax, expected: expected)
    case .lambda(let binders, let body):
      guard let expected else {
        throw .elaboration("failed to infer the type of the function's binders", at: syntax.range)
      }
      return try lambda(binders.flatMap { binder in binder.names.map { ($0, binder.type) } }, body, syntax, expected)
    case .by(let block):
      guard let expected else {
        throw .elaboration("the type of a 'by' block must be known", at: syntax.range)
      }
      return try TacticRunner(environment: environment, sorryRecorder: sorryRecorder).prove(
        GoalState(context: context, target: expected), block)
    case .showFrom(let type, let value):
      let stated = try proposition(type)
      if let expected, !Conversion.equivalent(stated, expected) {
        throw .elaboration(
          "type mismatch\n  \(printer.print(stated))\nis not\n  \(printer.print(expected))", at: type.range)
      }
      return try conform(try proof(value, expected: stated), to: expected, syntax)
    case .showBy(let type, let block):
      let stated = try proposition(type)
      let proved = try TacticRunner(environment: environment, sorryRecorder: sorryRecorder).prove(
        GoalState(context: context, target: stated), block)
      return try conform(proved, to: expected, syntax)
    case .ascription(let value, let type):
      let stated = try proposition(type)
      return try conform(try proof(value, expected: stated), to: expected, syntax)
    case .calc(let steps):
      return try conform(try calc(steps, syntax), to: expected, syntax)
    case .sorry:
      guard let sorryRecorder, let expected else {
        throw .elaboration("declaration uses `sorry`", at: syntax.range)
      }
      let goal = GoalState(context: context, target: expected)
      sorryRecorder.states.append((syntax.range, TacticState(goal: goal)))
      return try rule(syntax.range) { () throws(KernelError) in try goal.admitted() }
    case .syntheticHole:
      guard let holes, let expected else {
        throw .elaboration("don't know how to synthesize placeholder", at: syntax.range)
      }
      holes.propositions.append(expected)
      holes.tags.append(holeTag)
      return try rule(syntax.range) { () throws(KernelError) in try Theorem.assume(expected) }
    case .hole:
      throw .elaboration("don't know how to synthesize placeholder", at: syntax.range)
    default:
      throw .unsupported(Printer.print(syntax), at: syntax.range, detail: "not a proof term of the native fragment")
    }
  }

  // MARK: Heads

  private func applyHead(
    _ name: String, _ arguments: [Syntax], _ syntax: Syntax, expected: KTerm?, explicit: Bool
  ) throws(CheckError) -> Theorem {
    if let entry = context.lookup(name) {
      guard entry.isHypothesis else {
        throw .elaboration(
          "type mismatch: '\(name)' is a term of type \(printer.print(entry.term.type)), not a proof",
          at: syntax.range)
      }
      let hypothesis = try rule(syntax.range) { () throws(KernelError) in try Theorem.assume(entry.term) }
      return try apply(hypothesis, kinds: [], arguments, syntax, expected: expected)
    }
    if let builtin = try builtinProof(name, arguments, syntax, expected: expected) { return builtin }
    if let entry = environment.lemma(named: name) {
      return try apply(
        entry.theorem, kinds: explicit ? [] : entry.argumentKinds, names: entry.argumentNames, arguments, syntax,
        expected: expected)
    }
    if let family = GenericLemmas.lookup(name, in: environment) {
      if explicit {
        throw .unsupported("@" + name, at: syntax.range, detail: "the native fragment has no type arguments")
      }
      return try firstInstance(family, syntax) { (entry) throws(CheckError) -> Theorem in
        try apply(
          entry.theorem, kinds: entry.argumentKinds, names: entry.argumentNames, arguments, syntax, expected: expected)
      }
    }
    if let dot = name.lastIndex(of: "."), dot != name.startIndex {
      let baseName = String(name[..<dot])
      let field = String(name[name.index(after: dot)...])
      let family =
        context.lookup(baseName)?.isHypothesis == true
        ? nil : environment.lemma(named: baseName).map { [$0] } ?? GenericLemmas.lookup(baseName, in: environment)
      if let family {
        return try firstInstance(family, syntax) { (entry) throws(CheckError) -> Theorem in
          var unifier = Unifier()
          var base = entry.theorem
          var index = 0
          while let (quantifier, _) = base.conclusion.asQuantifier, case .forall(let type) = quantifier,
            entry.kind(at: index) == .implicit
          {
            let meta = unifier.fresh(type, hint: "f")
            base = try rule(syntax.range) { () throws(KernelError) in try Theorem.forallElim(base, meta) }
            index += 1
          }
          return try proofField(base, field, arguments, syntax, expected: expected)
        }
      }
      if context.lookup(baseName)?.isHypothesis == true {
        let base = try proof(Syntax(.identifier(baseName), range: syntax.range), expected: nil)
        return try proofField(base, field, arguments, syntax, expected: expected)
      }
    }
    if let family = MathlibPowerLemmas.family(name, in: environment) {
      return try firstInstance(family, syntax) { (entry) throws(CheckError) -> Theorem in
        try apply(entry.theorem, kinds: entry.argumentKinds, arguments, syntax, expected: expected)
      }
    }
    if let mathlibOnly = Self.mathlibGeneric[name], !environment.mathlib {
      _ = mathlibOnly
      throw .elaboration("Unknown identifier `\(name)`", at: syntax.range)
    }
    if let typed = Self.mathlibGeneric[name] ?? MathlibPrelude.genericInstances[name], environment.mathlib {
      var lastError: CheckError?
      for candidate in typed {
        guard let entry = environment.lemma(named: candidate) else { continue }
        do {
          return try apply(entry.theorem, kinds: entry.argumentKinds, arguments, syntax, expected: expected)
        } catch {
          lastError = error
        }
      }
      if let lastError {
        guard typed.count >= 2 else {
          throw .unsupported(name, at: syntax.range, detail: "the native prelude has this Mathlib lemma only at ℤ")
        }
        throw lastError
      }
    }
    if context.lookup(name) == nil, (try? elaborate(syntax, expected: nil)) != nil {
      throw .elaboration("type mismatch: '\(name)' is a term, not a proof", at: syntax.range)
    }
    if environment.mathlib {
      throw .unsupported(name, at: syntax.range, detail: "a Mathlib lemma that the native prelude does not have")
    }
    throw .elaboration("Unknown identifier `\(name)`", at: syntax.range)
  }

  /// The proof made from the first instance of a lemma family that elaborates (the instances of a
  /// lemma over a type `α` at `Nat`, `Int`, `Prop`); the first instance's error when none does.
  func firstInstance(_ family: [LemmaEntry], _ syntax: Syntax, _ body: (LemmaEntry) throws(CheckError) -> Theorem)
    throws(CheckError) -> Theorem
  {
    var firstError: CheckError?
    for entry in family {
      do { return try body(entry) } catch { firstError = firstError ?? error }
    }
    throw firstError ?? .elaboration("Unknown identifier `\(Printer.print(syntax))`", at: syntax.range)
  }

  /// Mathlib's order lemmas, stated for any ordered type, tried at ℕ and at ℤ.
  static let mathlibGeneric: [String: [String]] = [
    "le_refl": ["Nat.le_refl", "Int.le_refl"], "le_trans": ["Nat.le_trans", "Int.le_trans"],
    "lt_irrefl": ["Nat.lt_irrefl", "Int.lt_irrefl"], "lt_trans": ["Nat.lt_trans", "Int.lt_trans"],
    "lt_of_lt_of_le": ["Nat.lt_of_lt_of_le", "Int.lt_of_lt_of_le"],
    "lt_of_le_of_lt": ["Nat.lt_of_le_of_lt", "Int.lt_of_le_of_lt"], "le_of_lt": ["Nat.le_of_lt", "Int.le_of_lt"],
    "le_antisymm": ["Nat.le_antisymm", "Int.le_antisymm"], "add_comm": ["Nat.add_comm", "Int.add_comm"],
    "mul_comm": ["Nat.mul_comm", "Int.mul_comm"], "add_assoc": ["Nat.add_assoc", "Int.add_assoc"],
    "mul_assoc": ["Nat.mul_assoc", "Int.mul_assoc"], "add_zero": ["Nat.add_zero", "Int.add_zero"],
    "zero_add": ["Nat.zero_add", "Int.zero_add"], "mul_one": ["Nat.mul_one", "Int.mul_one"],
    "one_mul": ["Nat.one_mul", "Int.one_mul"], "mul_zero": ["Nat.mul_zero", "Int.mul_zero"],
    "zero_mul": ["Nat.zero_mul", "Int.zero_mul"], "le_total": ["Nat.le_total", "Int.le_total"],
    "lt_or_le": ["Nat.lt_or_ge", "Int.lt_or_le"], "not_lt": ["Nat.not_lt", "Int.not_lt"],
    "not_le": ["Nat.not_le", "Int.not_le"], "mul_add": ["Nat.mul_add", "Int.mul_add"],
    "add_mul": ["Nat.add_mul", "Int.add_mul"], "pow_two": ["Nat.pow_two", "Int.pow_two"],
    "mul_pos": ["Nat.mul_pos", "Int.mul_pos"], "mul_nonneg": ["Int.mul_nonneg"], "add_pos": ["Int.add_pos"],
    "add_nonneg": ["Int.add_nonneg"], "sq_nonneg": ["Int.sq_nonneg"],
  ]

  // MARK: Application

  /// A pending argument of a lemma application.
  private enum Pending {
    case proof(Syntax, premise: KTerm)
    case negation(Syntax, premise: KTerm)
  }

  /// `head a₁ … aₙ`: implicit arguments become metavariables, solved by unification with the
  /// expected type first and then with the explicit arguments, as Lean's application elaborator does.
  func apply(
    _ head: Theorem, kinds: [LemmaEntry.ArgumentKind], names: [String] = [], _ arguments: [Syntax], _ syntax: Syntax,
    expected: KTerm?
  ) throws(CheckError) -> Theorem {
    var unifier = Unifier()
    var conclusion = head.conclusion
    /// Each layer: a value to instantiate or an argument to discharge.
    enum Step {
      case value(KTerm)
      case premise(Int)
      case unfold
    }
    var steps: [Step] = []
    var pendings: [Pending] = []
    var premiseNames: [String?] = []
    var remaining = arguments[...]
    var layer = 0
    func kind(_ index: Int) -> LemmaEntry.ArgumentKind { index < kinds.count ? kinds[index] : .explicit }
    while true {
      if let (quantifier, _) = conclusion.asQuantifier, case .forall(let type) = quantifier {
        if kind(layer) == .implicit {
          let meta = unifier.fresh(type, hint: conclusion.binderName ?? "m")
          steps.append(.value(meta))
          conclusion = try rule(syntax.range) { () throws(KernelError) in try conclusion.instantiateBinder(with: meta) }
        } else if let argument = remaining.first {
          remaining = remaining.dropFirst()
          let value: KTerm
          if case .hole = argument.kind {
            value = unifier.fresh(type)
          } else if case .syntheticHole = argument.kind {
            value = unifier.fresh(type)
          } else {
            value = try elaborate(argument, expected: type)
          }
          steps.append(.value(value))
          conclusion = try rule(argument.range) { () throws(KernelError) in
            try conclusion.instantiateBinder(with: value)
          }
        } else {
          break
        }
      } else if let (premise, rest) = conclusion.operands(of: .implies) {
        if kind(layer) == .implicit {
          throw .unsupported("implicit proof argument", at: syntax.range)
        }
        guard let argument = remaining.first else { break }
        remaining = remaining.dropFirst()
        steps.append(.premise(pendings.count))
        pendings.append(.proof(argument, premise: premise))
        premiseNames.append(layer < names.count ? names[layer] : nil)
        conclusion = rest
      } else if let premise = conclusion.negatedProposition, let argument = remaining.first {
        remaining = remaining.dropFirst()
        steps.append(.premise(pendings.count))
        pendings.append(.negation(argument, premise: premise))
        premiseNames.append(nil)
        conclusion = KTerm.falseProposition
      } else if conclusion.asBinaryOperation?.constant == .notEqual(conclusion.asBinaryOperation?.lhs.type ?? .nat),
        !remaining.isEmpty
      {
        steps.append(.unfold)
        conclusion = try rule(syntax.range) { () throws(KernelError) in
          try Theorem.unfoldNotation(conclusion).conclusion.asEquation!.rhs
        }
      } else {
        break
      }
      layer += 1
    }
    if let extra = remaining.first {
      throw .elaboration(
        "function expected at\n  \(Printer.print(syntax))\nterm has type\n  \(printer.print(conclusion))",
        at: extra.range)
    }
    // Trailing implicit arguments are instantiated, as Lean does for a non-`@` application.
    while let (quantifier, _) = conclusion.asQuantifier, case .forall(let type) = quantifier,
      kind(layer) == .implicit
    {
      let meta = unifier.fresh(type, hint: conclusion.binderName ?? "m")
      steps.append(.value(meta))
      conclusion = try rule(syntax.range) { () throws(KernelError) in try conclusion.instantiateBinder(with: meta) }
      layer += 1
    }
    if let expected, unifier.hasMetas(conclusion) {
      if !unifier.unify(conclusion, expected) {
        if let (normal, _) = try? Conversion.normalForm(expected),
          let (pattern, _) = try? Conversion.normalForm(conclusion)
        {
          _ = unifier.unify(pattern, normal)
        }
      }
    }
    var proofs: [Theorem?] = Array(repeating: nil, count: pendings.count)
    func isHole(_ pending: Pending) -> Bool {
      switch pending {
      case .proof(let a, _), .negation(let a, _):
        if case .syntheticHole = a.kind { return true }
        return false
      }
    }
    let order = pendings.indices.filter { !isHole(pendings[$0]) } + pendings.indices.filter { isHole(pendings[$0]) }
    for index in order {
      let pending = pendings[index]
      let (argument, premise): (Syntax, KTerm)
      switch pending {
      case .proof(let a, let p), .negation(let a, let p): (argument, premise) = (a, p)
      }
      let wanted = unifier.instantiate(premise)
      // With metavariables allowed (`apply` leaving `?m`), a `?_` becomes a goal that mentions them.
      if unifier.hasMetas(wanted), !(allowsMetas && isHole(pending)) {
        let proved = try proof(argument, expected: nil)
        if !unifier.unify(wanted, proved.conclusion) {
          if let (normal, _) = try? Conversion.normalForm(proved.conclusion),
            let (pattern, _) = try? Conversion.normalForm(wanted)
          {
            _ = unifier.unify(pattern, normal)
          }
        }
        proofs[index] = try conform(proved, to: unifier.instantiate(premise), argument)
      } else {
        var inner = self
        inner.holeTag = premiseNames[index]
        proofs[index] = try inner.proof(argument, expected: wanted)
      }
    }
    let open =
      unifier.unassigned(conclusion)
      + steps.flatMap { step -> [KTerm] in
        if case .value(let value) = step { return unifier.unassigned(value) }
        return []
      }
    if !open.isEmpty, !allowsMetas {
      throw .elaboration(
        "don't know how to synthesize implicit argument\n  \(Printer.print(syntax))", at: syntax.range)
    }
    var result = try rule(syntax.range) { () throws(KernelError) in try unifier.instantiate(head) }
    for step in steps {
      switch step {
      case .value(let value):
        let instance = unifier.instantiate(value)
        result = try rule(syntax.range) { () throws(KernelError) in try Theorem.forallElim(result, instance) }
        if Unifier.hasLambda(instance) {
          result = try rule(syntax.range) { () throws(KernelError) in try BetaReduction.normalizeConclusion(result) }
        }
      case .premise(let index):
        let premiseProof = proofs[index]!
        if case .negation = pendings[index] {
          result = try rule(syntax.range) { () throws(KernelError) in try Theorem.notElim(result, premiseProof) }
        } else {
          result = try rule(syntax.range) { () throws(KernelError) in try Theorem.impElim(result, premiseProof) }
        }
      case .unfold:
        let current = result
        result = try rule(syntax.range) { () throws(KernelError) in
          try Theorem.eqMP(Theorem.unfoldNotation(current.conclusion), current)
        }
      }
    }
    result = try rule(syntax.range) { () throws(KernelError) in try unifier.instantiate(result) }
    if !allowsMetas, result.conclusion.freeVariables.contains(where: Unifier.isMeta) {
      throw .elaboration(
        "don't know how to synthesize implicit argument\n  \(Printer.print(syntax))", at: syntax.range)
    }
    return try conform(result, to: expected, syntax)
  }

  // MARK: Field notation on proofs

  func proofField(
    _ base: Theorem, _ field: String, _ arguments: [Syntax], _ syntax: Syntax, expected: KTerm?
  ) throws(CheckError) -> Theorem {
    let c = base.conclusion
    var result: Theorem?
    var rest = arguments[...]
    let range = syntax.range
    if let (lhs, rhs) = c.operands(of: .iff) {
      _ = (lhs, rhs)
      switch field {
      case "mp", "1": result = try rule(range) { () throws(KernelError) in try Theorem.iffMP(base) }
      case "mpr", "2": result = try rule(range) { () throws(KernelError) in try Theorem.iffMPR(base) }
      case "symm":
        result = try rule(range) { () throws(KernelError) in
          try Theorem.iffIntro(Theorem.iffMPR(base), Theorem.iffMP(base))
        }
      default: break
      }
    } else if c.operands(of: .and) != nil {
      switch field {
      case "1", "left": result = try rule(range) { () throws(KernelError) in try Theorem.andLeft(base) }
      case "2", "right": result = try rule(range) { () throws(KernelError) in try Theorem.andRight(base) }
      case "symm":
        result = try rule(range) { () throws(KernelError) in
          try Theorem.andIntro(Theorem.andRight(base), Theorem.andLeft(base))
        }
      default: break
      }
    } else if let (lhs, rhs) = c.asEquation {
      switch field {
      case "symm": result = try rule(range) { () throws(KernelError) in try Theorem.symm(base) }
      case "trans":
        guard let next = rest.first else { break }
        rest = rest.dropFirst()
        let second = try proof(next, expected: nil)
        result = try rule(range) { () throws(KernelError) in try Theorem.trans(base, second) }
      case "mp" where lhs.isProposition:
        guard let next = rest.first else { break }
        rest = rest.dropFirst()
        let argument = try proof(next, expected: lhs)
        result = try rule(range) { () throws(KernelError) in try Theorem.eqMP(base, argument) }
      case "mpr" where lhs.isProposition:
        guard let next = rest.first else { break }
        rest = rest.dropFirst()
        let argument = try proof(next, expected: rhs)
        result = try rule(range) { () throws(KernelError) in try Theorem.eqMP(Theorem.symm(base), argument) }
      default: break
      }
    } else if let (constant, _, _) = c.asBinaryOperation, case .notEqual = constant, field == "symm" {
      result = try rule(range) { () throws(KernelError) in
        let unfolded = try Theorem.eqMP(Theorem.unfoldNotation(c), base)
        guard let (a, b) = unfolded.conclusion.negatedProposition?.asEquation else { return unfolded }
        let flipped = try KTerm.equal(b, a)
        let contradiction = try Theorem.notElim(unfolded, Theorem.symm(Theorem.assume(flipped)))
        let negation = try Theorem.notIntro(Theorem.impIntro(flipped, contradiction))
        let wanted = try KTerm.notEqual(b, a)
        return try Theorem.eqMP(Theorem.symm(Theorem.unfoldNotation(wanted)), negation)
      }
    } else if c === KTerm.falseProposition, field == "elim" {
      guard let expected else { throw .elaboration("False.elim: the expected type must be known", at: range) }
      return try rule(range) { () throws(KernelError) in try Theorem.falseElim(base, expected) }
    } else if let (constant, _, _) = c.asBinaryOperation, environment.mathlib {
      let order: String? =
        switch constant {
        case .natLe, .intLe: "LE.le"
        case .natLt, .intLt: "LT.lt"
        default: nil
        }
      let prefix = [Constant.natLe, .natLt].contains(constant) ? "Nat." : "Int."
      let mapping: [String: String] = [
        "LE.le.trans": "le_trans", "LT.lt.trans": "lt_trans", "LT.lt.le": "le_of_lt",
        "LE.le.trans_lt": "lt_of_le_of_lt", "LT.lt.trans_le": "lt_of_lt_of_le", "LE.le.antisymm": "le_antisymm",
        "LT.lt.ne": "ne_of_lt", "LT.lt.ne'": "ne_of_gt",
      ]
      if let order, let lemma = mapping[order + "." + field], let entry = environment.lemma(named: prefix + lemma) {
        return try applyWithFirstProof(entry, base, Array(rest), syntax, expected: expected)
      }
    } else if let entry = try mathlibDefinitionField(c, field, range) {
      return try applyWithFirstProof(entry, base, Array(rest), syntax, expected: expected)
    }
    guard let result else {
      throw .elaboration(
        "invalid field '\(field)', the environment does not contain a suitable lemma for\n  "
          + printer.print(c), at: range)
    }
    return try apply(result, kinds: [], Array(rest), syntax, expected: expected)
  }

  /// `lemma base args`, where `base` proves the lemma's first explicit premise.
  func applyWithFirstProof(
    _ entry: LemmaEntry, _ base: Theorem, _ arguments: [Syntax], _ syntax: Syntax, expected: KTerm?
  ) throws(CheckError) -> Theorem {
    var inner = self
    let name = inner.context.unusedName("␣base")
    inner.context.addHypothesis(name, base.conclusion)
    let placeholder = Syntax(.identifier(name), range: syntax.range)
    let applied = try inner.apply(
      entry.theorem, kinds: entry.argumentKinds, [placeholder] + arguments, syntax, expected: expected)
    return try rule(syntax.range) { () throws(KernelError) in
      try Theorem.impElim(Theorem.impIntro(base.conclusion, applied), base)
    }
  }
}
