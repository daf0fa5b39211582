import Kernel

/// The atoms of an omega problem: the maximal non-linear subterms, each an `Int`-valued kernel
/// term identified up to α-equivalence (a `Nat` atom `x` appears as its cast `↑x`, as in Lean),
/// plus the auxiliary variables that equality solving introduces.
struct OmegaAtoms: Sendable {
  /// The atom of each index; nil for an auxiliary variable.
  private(set) var terms: [Term?] = []
  private var indices: [Term: Int] = [:]

  var count: Int { terms.count }

  /// The index of `term`, and whether it was just recorded.
  mutating func lookup(_ term: Term) -> (index: Int, isNew: Bool) {
    if let index = indices[term] { return (index, false) }
    let index = terms.count
    terms.append(term)
    indices[term] = index
    return (index, true)
  }

  /// A new variable with no term (the σ of a balanced-mod step).
  mutating func addAuxiliary() -> Int {
    terms.append(nil)
    return terms.count - 1
  }
}
