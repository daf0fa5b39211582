import Kernel
import Synchronization

/// The metavariables a tactic proof shares between its goals, as Lean's `MetavarContext` does:
/// `apply Nat.le_trans` leaves `?m` in two goals (and `?m` itself as a goal `⊢ ℕ`), and the first
/// tactic that unifies a goal with a proof assigns it for all of them. A goal proved at an
/// assigned metavariable proves its own target under the hypothesis `?m = value`, which the
/// `apply` step that made `?m` discharges by substituting the value.
final class MetavariableContext: Sendable {
  private let storage = Mutex<[String: KTerm]>([:])

  var isEmpty: Bool { storage.withLock { $0.isEmpty } }

  /// The value of a metavariable, with the metavariables in it replaced too.
  func value(of meta: KTerm) -> KTerm? {
    guard let name = meta.variableName, let value = storage.withLock({ $0[name] }) else { return nil }
    return instantiate(value)
  }

  /// Assigns an unassigned metavariable; false when it already has a (different) value.
  func assign(_ meta: KTerm, _ value: KTerm) -> Bool {
    guard let name = meta.variableName else { return false }
    return storage.withLock { assignments in
      if let existing = assignments[name] { return existing == value }
      assignments[name] = value
      return true
    }
  }

  /// The term with every assigned metavariable replaced by its value.
  func instantiate(_ term: KTerm) -> KTerm {
    let snapshot = storage.withLock { $0 }
    guard !snapshot.isEmpty else { return term }
    var unifier = Unifier()
    unifier.adopt(snapshot)
    return unifier.instantiate(term)
  }

  /// The assigned metavariables among the free variables of `term`, with their values.
  func assigned(in term: KTerm) -> [(meta: KTerm, value: KTerm)] {
    term.freeVariables.compactMap { variable in
      guard Unifier.isMeta(variable), let value = value(of: variable) else { return nil }
      return (variable, value)
    }
  }

  /// `⊢ target` from `⊢ target'`, where `target'` is `target` with its assigned metavariables
  /// replaced by their values: each replacement is undone in turn by rewriting with the hypothesis
  /// `?m = value` (which the `apply` step that made `?m` discharges).
  func bridge(_ theorem: Theorem, to target: KTerm) throws(KernelError) -> Theorem {
    let pairs = assigned(in: target)
    var result = theorem
    for (index, (meta, value)) in pairs.enumerated() {
      let placeholder = KTerm.freshVariable("␣meta", meta.type, avoiding: [target, value])
      let later = pairs[(index + 1)...].map { (variable: $0.meta, value: $0.value) }
      let body = try target.substituting([(meta, placeholder)] + later)
      let motive = try KTerm.lambda(placeholder, body)
      let equation = try Theorem.symm(Theorem.assume(KTerm.equal(meta, value)))
      result = try Theorem.eqMP(Conversion.substitute(motive, equation), result)
    }
    return result
  }
}
