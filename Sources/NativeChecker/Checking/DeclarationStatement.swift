import Kernel
import LeanSyntax
import ProverCore

/// A declaration's elaborated statement: the closed proposition (`∀` over its variables, `→` over
/// its hypotheses), how each leading argument is given, and the root goal with the binders in
/// the local context. `close` turns a theorem of the root goal into the theorem of the statement.
struct DeclarationStatement: Sendable {
  var statement: KTerm
  var argumentKinds: [LemmaEntry.ArgumentKind]
  var argumentNames: [String] { goal.context.entries.map(\.name) }
  var goal: GoalState

  /// Elaborates binders and type; variables of `variable` commands that the signature mentions
  /// come first, as Lean includes them.
  init(_ signature: DeclarationSignature, environment: Environment, mentioned: Set<String>) throws(CheckError) {
    let elaborator0 = Elaborator(environment: environment, context: LocalContext())
    var elaborator = elaborator0
    var kinds: [LemmaEntry.ArgumentKind] = []
    let variableBinders = environment.variables.compactMap { binder -> Binder? in
      var kept = binder
      kept.names = binder.names.filter { mentioned.contains($0) }
      return kept.names.isEmpty ? nil : kept
    }
    for binder in variableBinders + signature.binders {
      guard let typeSyntax = binder.type else {
        throw .unsupported("a binder without a type", at: binder.range)
      }
      let kind: LemmaEntry.ArgumentKind = binder.visibility == .implicit ? .implicit : .explicit
      if let type = try? elaborator.elaborateType(typeSyntax) {
        for name in binder.names {
          _ = elaborator.context.addVariable(name, type)
          kinds.append(kind)
        }
      } else {
        let proposition = try elaborator.proposition(typeSyntax)
        for name in binder.names {
          elaborator.context.addHypothesis(name, proposition)
          kinds.append(kind)
        }
      }
    }
    let target = try elaborator.proposition(signature.type)
    var statement = target
    for entry in elaborator.context.entries.reversed() {
      let current = statement
      statement = try elaborator.rule(signature.range) { () throws(KernelError) in
        entry.isHypothesis ? try KTerm.implies(entry.term, current) : try KTerm.forall(entry.term, current)
      }
    }
    self.statement = statement
    self.argumentKinds = kinds
    self.goal = GoalState(context: elaborator.context, target: target)
  }

  /// The theorem of the statement from a theorem of the root goal, checked by the kernel: same
  /// proposition up to α, no hypothesis left.
  func close(_ theorem: Theorem, at range: SourceRange) throws(CheckError) -> Theorem {
    var result = theorem
    do throws(KernelError) {
      for entry in goal.context.entries.reversed() {
        result =
          entry.isHypothesis ? try Theorem.impIntro(entry.term, result) : try Theorem.forallIntro(entry.term, result)
      }
    } catch { throw .kernel(error, at: range) }
    guard result.conclusion == statement, result.hypotheses.isEmpty else {
      throw .tactic("kernel replay failed: the proof does not prove the stated proposition", at: range)
    }
    return result
  }
}
