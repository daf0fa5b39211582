import Kernel

extension GoalState {
  /// The goal closed by `sorry`: the assumption of the goal closed over its whole local context
  /// (`∀ x, h → target`), instantiated back at the context. Unlike assuming the target itself, the
  /// assumption mentions no local variable, so the tactics that generalize the goal's variables
  /// afterwards (`induction`, `intro`) still replay; the assumption stays a hypothesis of the final
  /// theorem, which therefore never counts as a proof.
  func admitted() throws(KernelError) -> Theorem {
    var closed = target
    for entry in context.entries.reversed() {
      closed = entry.isHypothesis ? try KTerm.implies(entry.term, closed) : try KTerm.forall(entry.term, closed)
    }
    var theorem = try Theorem.assume(closed)
    for entry in context.entries {
      theorem =
        entry.isHypothesis
        ? try Theorem.impElim(theorem, try Theorem.assume(entry.term)) : try Theorem.forallElim(theorem, entry.term)
    }
    return theorem
  }
}
