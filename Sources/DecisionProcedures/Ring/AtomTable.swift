import Kernel

/// The atoms of a normalisation: the maximal subterms that are not ring operations, numbered in
/// order of first appearance and compared up to α-equivalence.
struct AtomTable: Sendable {
  private(set) var atoms: [Term] = []
  private var indices: [Term: Int] = [:]

  /// The number of `term`, adding it when new.
  mutating func index(of term: Term) -> Int {
    if let index = indices[term] { return index }
    atoms.append(term)
    indices[term] = atoms.count - 1
    return atoms.count - 1
  }

  subscript(index: Int) -> Term { atoms[index] }
}
