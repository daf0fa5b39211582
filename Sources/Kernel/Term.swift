/// A kernel term: hash-consed, immutable and typed.
///
/// Terms are built only through the typed constructors (`Term+Construction.swift`), which check
/// types and intern every node in one global table, so that building the same term twice gives
/// the same object. Bound variables are de Bruijn indices and binder names are only hints for
/// printing, so each term also knows its α-normal form (`canonical`, all binder names blank):
/// `==` is α-equivalence and costs one pointer comparison, and `===` is identity. Every term a
/// client can hold is closed (it has no dangling bound variable); binder bodies are reached by
/// `instantiateBinder(with:)`.
///
/// Each node caches its type, a deterministic hash, its size and its free variables.
public final class Term: Sendable {
  enum Node: Sendable {
    case variable(String)
    case bound(Int)
    case constant(Constant)
    case natLiteral(BigInt)
    case intLiteral(BigInt)
    case application(Term, Term)
    case lambda(String, Term)
  }

  /// A number unique to this node for the life of the process (never reused).
  public let id: UInt64
  /// The term's type.
  public let type: TermType
  /// The number of nodes of the term seen as a tree (saturating).
  public let size: Int
  let node: Node
  /// Hash of the exact structure, binder names included.
  let structuralHash: UInt64
  /// One more than the largest dangling de Bruijn index (0 for a closed term).
  let looseBoundRange: Int
  /// Free variables of a non-variable term, sorted by `id`.
  let storedFreeVariables: [Term]
  /// The α-normal form when it is another node.
  let canonicalReference: Term?

  init(
    id: UInt64, node: Node, type: TermType, structuralHash: UInt64, size: Int, looseBoundRange: Int,
    freeVariables: [Term], canonical: Term?
  ) {
    self.id = id
    self.node = node
    self.type = type
    self.structuralHash = structuralHash
    self.size = size
    self.looseBoundRange = looseBoundRange
    self.storedFreeVariables = freeVariables
    self.canonicalReference = canonical
  }

  /// The α-normal form: the same term with every binder name blank. Two terms are α-equivalent
  /// exactly when their canonical forms are the same object.
  public var canonical: Term { canonicalReference ?? self }

  /// A deterministic hash of the α-equivalence class (the same in every run).
  public var alphaHash: UInt64 { canonical.structuralHash }

  /// The free variables, each a `.variable` term, sorted by `id`.
  public var freeVariables: [Term] {
    if case .variable = node { return [self] }
    return storedFreeVariables
  }

  /// Whether `variable` occurs free in the term.
  public func hasFreeVariable(_ variable: Term) -> Bool {
    if variable === self { return true }
    return Term.sortedContains(storedFreeVariables, variable)
  }

  public var isProposition: Bool { type == .prop }

  static func sortedContains(_ terms: [Term], _ wanted: Term) -> Bool {
    var low = 0
    var high = terms.count
    while low < high {
      let middle = (low + high) / 2
      let candidate = terms[middle]
      if candidate === wanted { return true }
      if candidate.id < wanted.id { low = middle + 1 } else { high = middle }
    }
    return false
  }
}

extension Term: Hashable {
  /// α-equivalence.
  public static func == (lhs: Term, rhs: Term) -> Bool {
    lhs.canonical === rhs.canonical
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(canonical.structuralHash)
  }
}
