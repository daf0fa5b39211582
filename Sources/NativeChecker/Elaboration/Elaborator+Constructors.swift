import Kernel
import LeanSyntax
import ProverCore

extension Elaborator {
  /// The core constants used as proof terms (`Or.inl`, `absurd`, `rfl`, …), which are polymorphic
  /// in Lean and so built here from the kernel's rules. Nil when `name` is not one of them.
  func builtinProof(
    _ name: String, _ arguments: [Syntax], _ syntax: Syntax, expected: KTerm?
  ) throws(CheckError) -> Theorem? {
    let range = syntax.range
    func argument(_ index: Int) throws(CheckError) -> Syntax {
      guard index < arguments.count else {
        throw .elaboration("insufficient number of arguments to '\(name)'", at: range)
      }
      return arguments[index]
    }
    func needExpected() throws(CheckError) -> KTerm {
      guard let expected else { throw .elaboration("'\(name)': the expected type must be known", at: range) }
      return expected
    }
    func finish(_ theorem: Theorem, used: Int) throws(CheckError) -> Theorem {
      try apply(theorem, kinds: [], Array(arguments.dropFirst(used)), syntax, expected: expected)
    }
    switch name {
    case "rfl", "Eq.refl", "Iff.rfl", "Iff.refl":
      let isHole: Bool =
        switch arguments.first?.kind {
        case .hole, .syntheticHole: true
        default: false
        }
      if name == "Eq.refl" || name == "Iff.refl", !arguments.isEmpty, !isHole {
        let value = try elaborate(arguments[0], expected: nil)
        let theorem =
          name == "Eq.refl"
          ? Theorem.refl(value)
          : try rule(range) { () throws(KernelError) in
            let identity = try Theorem.impIntro(value, Theorem.assume(value))
            return try Theorem.iffIntro(identity, identity)
          }
        return try finish(theorem, used: 1)
      }
      let target = try needExpected()
      // As in Lean, `rfl` and `Iff.rfl` prove only their own relation, and `Eq.refl`/`Iff.refl`
      // need their explicit argument (`_` is solved by unification).
      let explicit = name.hasSuffix(".refl")
      let isIff = name.hasPrefix("Iff.")
      let ownRelation = isIff ? target.operands(of: .iff) != nil : target.asEquation != nil
      guard ownRelation, !explicit || !arguments.isEmpty else {
        let type =
          switch name {
          case "rfl": "?a = ?a"
          case "Eq.refl": "∀ (a : ?α), a = a"
          case "Iff.rfl": "?a ↔ ?a"
          default: "∀ (a : Prop), a ↔ a"
          }
        throw .elaboration(
          "type mismatch\n  \(name)\nhas type\n  \(type) : Prop\nbut is expected to have type\n  "
            + "\(printer.print(target)) : Prop", at: range)
      }
      return try finish(try reflexivity(target, syntax), used: explicit ? 1 : 0)
    case "trivial", "True.intro":
      return try conform(Theorem.trueIntro(), to: expected, syntax)
    case "Or.inl", "Or.inr":
      let target = try needExpected()
      guard let (p, q) = target.operands(of: .or) else {
        throw .elaboration("type mismatch: \(name) proves a disjunction, not\n  \(printer.print(target))", at: range)
      }
      let side = try tagged("h").proof(try argument(0), expected: name == "Or.inl" ? p : q)
      let result = try rule(range) { () throws(KernelError) in
        name == "Or.inl" ? try Theorem.orIntroLeft(side, q) : try Theorem.orIntroRight(p, side)
      }
      return try finish(result, used: 1)
    case "And.intro", "Iff.intro":
      if let target = expected {
        return try anonymousConstructor(Array(arguments.prefix(2)), syntax, expected: target)
      }
      let left = try proof(try argument(0), expected: nil)
      let right = try proof(try argument(1), expected: nil)
      return try rule(range) { () throws(KernelError) in
        name == "And.intro" ? try Theorem.andIntro(left, right) : try Theorem.iffIntro(left, right)
      }
    case "Exists.intro":
      let target = try needExpected()
      return try anonymousConstructor(Array(arguments.prefix(2)), syntax, expected: target)
    case "absurd":
      let target = try needExpected()
      let positive = try proof(try argument(0), expected: nil)
      let negation = try rule(range) { () throws(KernelError) in try KTerm.not(positive.conclusion) }
      let negative = try proof(try argument(1), expected: negation)
      return try rule(range) { () throws(KernelError) in
        try Theorem.falseElim(Theorem.notElim(negative, positive), target)
      }
    case "False.elim", "Not.elim":
      let target = try needExpected()
      if name == "Not.elim" {
        let negative = try proof(try argument(0), expected: nil)
        guard let p = negative.conclusion.negatedProposition else {
          throw .elaboration("Not.elim: not a negation", at: range)
        }
        let positive = try proof(try argument(1), expected: p)
        return try rule(range) { () throws(KernelError) in
          try Theorem.falseElim(Theorem.notElim(negative, positive), target)
        }
      }
      let falsity = try proof(try argument(0), expected: KTerm.falseProposition)
      return try rule(range) { () throws(KernelError) in try Theorem.falseElim(falsity, target) }
    case "Eq.symm", "Eq.trans", "Iff.mp", "Iff.mpr", "And.left", "And.right", "Ne.symm", "Iff.symm", "And.symm",
      "Iff.trans":
      let base = try proof(try argument(0), expected: nil)
      let field = String(name[name.index(after: name.lastIndex(of: ".")!)...])
      return try proofField(base, field, Array(arguments.dropFirst()), syntax, expected: expected)
    case "congrArg":
      return try congruenceOfArgument(try argument(0), try argument(1), syntax, expected: expected)
    case "id":
      return try proof(try argument(0), expected: expected)
    case "mt":
      let target = try needExpected()
      guard let notQ = target.negatedProposition else {
        throw .elaboration("mt: the expected type is not a negation", at: range)
      }
      let implication = try proof(try argument(0), expected: nil)
      guard let (p, q) = implication.conclusion.operands(of: .implies), p == notQ else {
        throw .elaboration("mt: the first argument does not prove the expected implication", at: range)
      }
      let negationOfQ = try rule(range) { () throws(KernelError) in try KTerm.not(q) }
      let negative = try proof(try argument(1), expected: negationOfQ)
      return try rule(range) { () throws(KernelError) in
        let contradiction = try Theorem.notElim(negative, Theorem.impElim(implication, Theorem.assume(p)))
        return try Theorem.notIntro(Theorem.impIntro(p, contradiction))
      }
    case "Classical.byContradiction", "Classical.by_contradiction", "Decidable.byContradiction":
      let target = try needExpected()
      let negation = try rule(range) { () throws(KernelError) in try KTerm.not(target) }
      let implication = try rule(range) { () throws(KernelError) in try KTerm.implies(negation, KTerm.falseProposition)
      }
      let refutation = try proof(try argument(0), expected: implication)
      return try rule(range) { () throws(KernelError) in try Theorem.byContradiction(refutation) }
    case "Classical.em", "em":
      guard name == "Classical.em" || environment.opens.contains("Classical") else { return nil }
      let p = try proposition(try argument(0))
      let middle = try rule(range) { () throws(KernelError) in try TacticRunner.excludedMiddle(p) }
      return try finish(middle, used: 1)
    case "Classical.not_not":
      let target = try needExpected()
      guard let (lhs, rhs) = target.operands(of: .iff), let inner = lhs.negatedProposition?.negatedProposition,
        inner == rhs
      else { throw .elaboration("type mismatch: Classical.not_not proves ¬¬a ↔ a", at: range) }
      return try rule(range) { () throws(KernelError) in
        let forward = try Theorem.impIntro(
          lhs,
          Theorem.byContradiction(
            Theorem.impIntro(
              try KTerm.not(rhs), Theorem.notElim(Theorem.assume(lhs), Theorem.assume(try KTerm.not(rhs))))))
        let negation = try KTerm.not(rhs)
        let backward = try Theorem.impIntro(
          rhs,
          Theorem.notIntro(
            Theorem.impIntro(
              negation, Theorem.notElim(Theorem.assume(negation), Theorem.assume(rhs)))))
        return try Theorem.iffIntro(forward, backward)
      }
    case "Or.elim":
      let target = try needExpected()
      let disjunction = try proof(try argument(0), expected: nil)
      guard let (p, q) = disjunction.conclusion.operands(of: .or) else {
        throw .elaboration("Or.elim: not a disjunction", at: range)
      }
      let left = try proof(
        try argument(1), expected: try rule(range) { () throws(KernelError) in try KTerm.implies(p, target) })
      let right = try proof(
        try argument(2), expected: try rule(range) { () throws(KernelError) in try KTerm.implies(q, target) })
      return try rule(range) { () throws(KernelError) in
        try Theorem.orElim(
          disjunction, Theorem.impElim(left, Theorem.assume(p)), Theorem.impElim(right, Theorem.assume(q)))
      }
    default:
      return nil
    }
  }

  /// `congrArg f h : f a = f b` from `h : a = b`, for a function variable `f` or a one-variable
  /// `fun (x : T) => e`, whose applications are β-reduced (definitional in Lean).
  func congruenceOfArgument(
    _ function: Syntax, _ equation: Syntax, _ syntax: Syntax, expected: KTerm?
  ) throws(CheckError) -> Theorem {
    let range = syntax.range
    let proved = try proof(equation, expected: nil)
    guard let (a, _) = proved.conclusion.asEquation else {
      throw .elaboration("type mismatch: the second argument of 'congrArg' is not an equation", at: range)
    }
    let functionTerm: KTerm
    if case .lambda(let binders, let body) = function.kind, binders.count == 1, binders[0].names.count == 1 {
      var inner = self
      let type = try binders[0].type.map { (type) throws(CheckError) in try elaborateType(type) } ?? a.type
      guard type == a.type else {
        throw .elaboration("type mismatch: the function of 'congrArg' does not take the equation's type", at: range)
      }
      let variable = inner.context.addVariable(binders[0].names[0], type)
      let value = try inner.elaborate(body, expected: nil)
      functionTerm = try rule(range) { () throws(KernelError) in try KTerm.lambda(variable, value) }
    } else {
      functionTerm = try elaborate(function, expected: nil)
    }
    let result = try rule(range) { () throws(KernelError) in
      let applied = try Theorem.congruence(Theorem.refl(functionTerm), proved)
      guard case .lambda = functionTerm.kind, let (lhs, rhs) = applied.conclusion.asEquation else { return applied }
      return try Theorem.trans(Theorem.trans(Theorem.symm(Theorem.beta(lhs)), applied), Theorem.beta(rhs))
    }
    return try conform(result, to: expected, syntax)
  }

  /// `rfl` against a known target: `a = a` up to the definitional conversions, `p ↔ p`.
  func reflexivity(_ target: KTerm, _ syntax: Syntax) throws(CheckError) -> Theorem {
    if let (lhs, rhs) = target.operands(of: .iff), Conversion.equivalent(lhs, rhs) {
      let proved = try rule(syntax.range) { () throws(KernelError) -> Theorem? in
        let identity = try Theorem.impIntro(lhs, Theorem.assume(lhs))
        return try Conversion.convert(try Theorem.iffIntro(identity, identity), to: target)
      }
      if let proved { return proved }
    }
    guard let (lhs, rhs) = target.asEquation else {
      throw .elaboration(
        "The rfl tactic failed. Possible reasons:\n- The goal is not a reflexive relation (neither `=` nor a relation "
          + "with a @[refl] lemma).\n- The arguments of the relation are not equal.\nTry using the reflexivity "
          + "lemma for your relation explicitly, e.g. `exact Eq.refl _` or\n`exact HEq.rfl` etc.\n"
          + printer.print(target), at: syntax.range)
    }
    if let proved = try? Conversion.convert(Theorem.refl(lhs), to: target) { return proved }
    if let proved = try? Conversion.convert(Theorem.refl(rhs), to: target) { return proved }
    if let proved = try? Definitional.equation(lhs, rhs) { return proved }
    throw .elaboration(
      "The rfl tactic failed. Possible reasons:\n- The goal is not a reflexive relation (neither `=` nor a relation "
        + "with a @[refl] lemma).\n- The arguments of the relation are not equal.\nTry using the reflexivity lemma "
        + "for your relation explicitly, e.g. `exact Eq.refl _` or\n`exact HEq.rfl` etc.\n"
        + GoalPrinter(mathlib: environment.blackboardNotation, factorialNotation: environment.factorialNotation).text([
          GoalState(context: context, target: target)
        ]),
      at: syntax.range)
  }

  /// `⟨a, b, …⟩` against an expected `∧`, `↔`, `∃` or `True`; extra components nest to the right.
  func anonymousConstructor(_ parts: [Syntax], _ syntax: Syntax, expected: KTerm) throws(CheckError) -> Theorem {
    let range = syntax.range
    var target = expected
    var unfold: Theorem?
    if let whnf = try rule(range, { () throws(KernelError) in try Conversion.whnf(target) }) {
      unfold = whnf
      target = whnf.conclusion.asEquation!.rhs
    }
    func rest() -> Syntax {
      parts.count == 2 ? parts[1] : Syntax(.anonymousConstructor(Array(parts.dropFirst())), range: range)
    }
    let result: Theorem
    if target === KTerm.trueProposition, parts.isEmpty {
      result = Theorem.trueIntro()
    } else if parts.count >= 2, let (p, q) = target.operands(of: .and) {
      let left = try tagged("left").proof(parts[0], expected: p)
      let right = try tagged("right").proof(rest(), expected: q)
      result = try rule(range) { () throws(KernelError) in try Theorem.andIntro(left, right) }
    } else if parts.count >= 2, let (p, q) = target.operands(of: .iff) {
      let forward = try tagged("mp").proof(
        parts[0], expected: try rule(range) { () throws(KernelError) in try KTerm.implies(p, q) })
      let backward = try tagged("mpr").proof(
        rest(), expected: try rule(range) { () throws(KernelError) in try KTerm.implies(q, p) })
      result = try rule(range) { () throws(KernelError) in try Theorem.iffIntro(forward, backward) }
    } else if parts.count >= 2, let (quantifier, _) = target.asQuantifier, case .exists(let type) = quantifier {
      let witness = try elaborate(parts[0], expected: type)
      let body = try rule(range) { () throws(KernelError) in try target.instantiateBinder(with: witness) }
      let inner = try tagged("h").proof(rest(), expected: body)
      result = try rule(range) { () throws(KernelError) in try Theorem.existsIntro(target, witness: witness, inner) }
    } else {
      throw .elaboration(
        "invalid constructor ⟨...⟩, expected type must be an inductive type \n  \(printer.print(expected))",
        at: range)
    }
    guard let unfold else { return result }
    return try rule(range) { () throws(KernelError) in try Theorem.eqMP(Theorem.symm(unfold), result) }
  }

  /// The elaborator with the tag that a `?_` elaborated next gives its goal.
  func tagged(_ tag: String) -> Elaborator {
    var copy = self
    copy.holeTag = tag
    return copy
  }

  /// `fun x h => body` against an expected `∀`, `→` or `¬`.
  func lambda(
    _ binders: [(String, Syntax?)], _ body: Syntax, _ syntax: Syntax, _ expected: KTerm
  ) throws(CheckError) -> Theorem {
    guard let (name, typeSyntax) = binders.first else { return try proof(body, expected: expected) }
    let range = syntax.range
    var target = expected
    var unfold: Theorem?
    if let (constant, _, _) = target.asBinaryOperation, case .notEqual = constant {
      unfold = try rule(range) { () throws(KernelError) in try Theorem.unfoldNotation(target) }
      target = unfold!.conclusion.asEquation!.rhs
    }
    var inner = self
    let result: Theorem
    if let (quantifier, _) = target.asQuantifier, case .forall(let type) = quantifier {
      if let typeSyntax, try elaborateType(typeSyntax) != type {
        throw .elaboration("type mismatch in the binder '\(name)'", at: typeSyntax.range)
      }
      let variable = inner.context.addVariable(name, type)
      let instance = try rule(range) { () throws(KernelError) in try target.instantiateBinder(with: variable) }
      let proved = try inner.lambda(Array(binders.dropFirst()), body, syntax, instance)
      result = try rule(range) { () throws(KernelError) in try Theorem.forallIntro(variable, proved) }
    } else if let (p, q) = target.operands(of: .implies) {
      if let typeSyntax { _ = try conformType(typeSyntax, p) }
      inner.context.addHypothesis(name, p)
      let proved = try inner.lambda(Array(binders.dropFirst()), body, syntax, q)
      result = try rule(range) { () throws(KernelError) in try Theorem.impIntro(p, proved) }
    } else if let p = target.negatedProposition {
      if let typeSyntax { _ = try conformType(typeSyntax, p) }
      inner.context.addHypothesis(name, p)
      let proved = try inner.lambda(Array(binders.dropFirst()), body, syntax, KTerm.falseProposition)
      result = try rule(range) { () throws(KernelError) in try Theorem.notIntro(Theorem.impIntro(p, proved)) }
    } else {
      throw .elaboration(
        "type mismatch: a function does not prove\n  \(printer.print(expected))", at: range)
    }
    guard let unfold else { return result }
    return try rule(range) { () throws(KernelError) in try Theorem.eqMP(Theorem.symm(unfold), result) }
  }

  private func conformType(_ syntax: Syntax, _ proposition: KTerm) throws(CheckError) -> KTerm {
    let stated = try self.proposition(syntax)
    guard Conversion.equivalent(stated, proposition) else {
      throw .elaboration("type mismatch in a binder: \(printer.print(stated))", at: syntax.range)
    }
    return stated
  }
}
